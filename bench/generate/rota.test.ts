import { describe, expect, it } from 'vitest';
import { createTestCafe, valueOf } from '../../electron/core/testing/testCore.ts';
import { addBenchStation, addTrainees, generateRotaHistory } from './rota.ts';

// The benchmark's rota must look like the core's own: shifts the week's grid and the hours
// summary read as they read real ones, credited minutes that are approved time less breaks.

describe('the rota generator', () => {
  it('writes weeks of shifts the core reads back: the grid, and hours that add up', () => {
    const t = createTestCafe();
    addBenchStation(t.db);
    const trainees = addTrainees(t.db, 12);
    const sam = { id: t.person('supervisor').id, displayName: 'Sam Reid' };
    const { shifts } = generateRotaHistory(t.db, { from: '2030-02-04', to: '2030-03-10', traineeIds: trainees, supervisor: sam, shiftsPerWeek: 4, approvedBefore: '2030-03-04', seed: 5 });
    expect(shifts).toBe(12 * 4 * 5);
    expect(t.count('shifts')).toBe(shifts);
    const wrong = t.db
      .prepare(
        `SELECT count(*) FROM shifts WHERE credited_minutes IS NOT NULL AND attendance <> 'absent'
           AND credited_minutes <> round((julianday(approved_end_at) - julianday(approved_start_at)) * 1440) - approved_break_minutes`,
      )
      .pluck()
      .get();
    expect(wrong).toBe(0);
    const supervisor = t.loginAs('supervisor');
    const week = valueOf(supervisor.call('rota.week', { week: '2030-03-04' }));
    expect(week.shifts).toHaveLength(48);
    expect(week.conflicts.filter((c) => c.kind === 'double_booking')).toEqual([]);
    const summary = valueOf(supervisor.call('hours.summary', { from: '2030-02-04', to: '2030-03-03' }));
    expect(summary.people).toHaveLength(12);
    expect(summary.creditedMinutes).toBe(t.db.prepare("SELECT sum(credited_minutes) FROM shifts WHERE day < '2030-03-04'").pluck().get());
    expect(summary.people.every((p) => p.waiting === 0)).toBe(true);
  });
});
