import { describe, expect, it } from 'vitest';
import { TestCore, valueOf } from '../testing/testCore.ts';
import { addDays } from './wallClock.ts';

// The sample café comes with a rota: this week published, the two weeks before approved.
// The test café's clock is Monday 4 March 2030, 09:00.

describe('the sample café’s rota', () => {
  it('has this week published, earlier days worked, and two weeks of approved hours', () => {
    const t = new TestCore();
    const counter = t.screen();
    valueOf(counter.call('cafe.loadSample', {}));
    const tiles = valueOf(counter.call('auth.loginTiles', {}));
    const id = (name: string) => tiles.find((tile) => tile.displayName === name)?.id ?? '';
    valueOf(counter.call('auth.loginWithPin', { staffId: id('Sam Supervisor'), pin: '2222' }));

    const week = valueOf(counter.call('rota.week', { week: '2030-03-04' }));
    expect(week.shifts).toHaveLength(10);
    expect(week.shifts.every((s) => s.state === 'published')).toBe(true);
    expect(week.shifts.filter((s) => s.trainee === null)).toHaveLength(1);
    // Only the skills warnings: trainees learning stations not signed off yet, with Sam there to support them.
    expect(week.conflicts.filter((c) => c.kind !== 'station_not_signed_off')).toEqual([]);
    expect(week.conflicts.every((c) => c.message.endsWith('Sam Supervisor is on the shift to support them.'))).toBe(true);

    const summary = valueOf(counter.call('hours.summary', { from: addDays('2030-03-04', -14), to: '2030-03-03' }));
    expect(summary.people.map((p) => [p.staff.displayName, p.creditedMinutes, p.attended, p.late, p.absent, p.waiting])).toEqual([
      ['Jordan Trainee', 1200, 5, 0, 1, 0],
      ['Priya Trainee', 1425, 5, 1, 0, 0],
      ['Tom Trainee', 1440, 6, 0, 0, 0],
    ]);
    // Nobody is clocked in, so the till's sales carry no shift until someone is.
    expect(t.db.prepare('SELECT count(*) FROM shifts WHERE clock_in_at IS NOT NULL AND clock_out_at IS NULL').pluck().get()).toBe(0);
  });

  it('on a Thursday, the days gone this week are clocked and ready to approve', () => {
    const t = new TestCore();
    t.clock.set(new Date('2030-03-07T15:00:00Z'), true);
    const counter = t.screen();
    valueOf(counter.call('cafe.loadSample', {}));
    const tiles = valueOf(counter.call('auth.loginTiles', {}));
    valueOf(counter.call('auth.loginWithPin', { staffId: tiles.find((tile) => tile.displayName === 'Sam Supervisor')?.id ?? '', pin: '2222' }));
    const tuesday = valueOf(counter.call('hours.day', { day: '2030-03-05' }));
    expect(tuesday.rows.map((r) => [r.shift.trainee?.displayName, r.matchesPlan])).toEqual([
      ['Jordan Trainee', true],
      ['Priya Trainee', true],
    ]);
    expect(tuesday.waiting).toBe(2);
    expect(valueOf(counter.call('hours.day', { day: '2030-03-07' })).rows.every((r) => r.shift.clockedInAt === null)).toBe(true);
  });
});
