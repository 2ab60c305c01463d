import { describe, expect, it } from 'vitest';
import { SettableClock } from '../clock.ts';
import { byBadge, byPin, createRotaCafe } from '../testing/rota.ts';
import { valueOf } from '../testing/testCore.ts';
import { addSampleCatalogue, openTill, sell, workedExample } from '../testing/till.ts';

// Issue 5's "done when", through the dispatcher from start to end: a supervisor plans and
// publishes next week; a trainee badges in late, takes a break, rings sales and forgets to
// clock out; the supervisor sees the flag, corrects it with a reason and approves the day; a
// manager certifies the month; the credited hours are right, the October clock change included.

describe('a week of the rota, from planning to certified hours', () => {
  it('plans, clocks, approves and certifies, and every minute credited is right', () => {
    const clock = new SettableClock();
    clock.set(new Date('2030-10-16T14:00:00Z'), true); // Wednesday, 15:00 BST
    const { t, tom, priya, kiosk } = createRotaCafe({ clock });
    addSampleCatalogue(t);
    const at = (iso: string) => clock.set(new Date(iso), true);

    // Wednesday: Sam plans next week (21–27 October) and publishes it.
    let sam = t.loginAs('supervisor');
    const monday = valueOf(sam.call('rota.addShift', { date: '2030-10-21', start: '09:00', end: '13:00', stationId: 'station-till', traineeId: tom.id, supervisorId: t.person('supervisor').id })).shift;
    const night = valueOf(sam.call('rota.addShift', { date: '2030-10-26', start: '22:00', end: '06:00', endsNextDay: true, stationId: 'station-kitchen', traineeId: priya.id })).shift;
    expect(valueOf(sam.call('rota.publish', { week: '2030-10-21' }))).toEqual({ weekStart: '2030-10-21', published: 2, changes: 0 });
    expect(valueOf(t.loginAs('trainee').call('rota.myShifts', {})).upcoming.map((s) => [s.day, s.start, s.end])).toEqual([['2030-10-21', '09:00', '13:00']]);

    // Monday: Tom badges in 20 minutes late, rings two sales, takes a break, and goes home without clocking out.
    at('2030-10-21T07:30:00Z');
    openTill(t);
    at('2030-10-21T08:20:00Z'); // 09:20 BST
    expect(valueOf(kiosk.call('attendance.clockIn', byBadge(tom))).shift.id).toBe(monday.id);
    const till = t.loginAs('trainee');
    const sales = [sell(till, workedExample('takeaway'), 880), sell(till, workedExample('eat_in'), 880)];
    expect(sales.map((s) => s.shiftId)).toEqual([monday.id, monday.id]);
    at('2030-10-21T10:00:00Z');
    valueOf(kiosk.call('attendance.startBreak', byPin(tom)));
    at('2030-10-21T10:15:00Z');
    valueOf(kiosk.call('attendance.endBreak', byPin(tom)));

    // Saturday night into Sunday: Priya works the night shift across the clock change.
    at('2030-10-26T20:58:00Z'); // 21:58 BST
    valueOf(kiosk.call('attendance.clockIn', byBadge(priya)));
    at('2030-10-27T06:03:00Z'); // 06:03 GMT
    valueOf(kiosk.call('attendance.clockOut', byBadge(priya)));

    // Tuesday morning: Sam sees Monday's flags and puts them right.
    at('2030-10-22T08:00:00Z');
    sam = t.loginAs('supervisor');
    const day = valueOf(sam.call('hours.day', { day: '2030-10-21' }));
    expect(day.rows.map((r) => [r.shift.trainee?.displayName, r.flags, r.lateMinutes, r.clockedBreakMinutes])).toEqual([['Tom Walsh', ['late', 'no_clock_out'], 20, 15]]);
    const corrected = valueOf(sam.call('hours.approveShift', { shiftId: monday.id, attendance: 'late', end: '13:00', reason: 'Missed his bus; forgot to clock out, left at 13:00' }));
    expect(corrected).toMatchObject({
      approval: { startAt: '2030-10-21T08:20:00.000Z', endAt: '2030-10-21T12:00:00.000Z', breakMinutes: 15 },
      attendance: { status: 'late', lateMinutes: 20 },
      creditedMinutes: 205,
    });

    // Sunday's night shift matches the plan: approved in bulk, its real nine hours.
    at('2030-10-28T08:00:00Z');
    sam = t.loginAs('supervisor');
    const saturday = valueOf(sam.call('hours.day', { day: '2030-10-26' }));
    expect(saturday.rows.map((r) => [r.shift.id, r.matchesPlan, r.proposedCreditedMinutes])).toEqual([[night.id, true, 540]]);
    expect(valueOf(sam.call('hours.approve', { shiftIds: [night.id] }))).toEqual({ approved: 1, creditedMinutes: 540 });

    // 1 November: Maya certifies October for everyone.
    at('2030-11-01T09:00:00Z');
    const maya = t.loginAs('manager');
    const october = valueOf(maya.call('hours.certify', { period: 'month', date: '2030-10-01' }));
    expect(october).toMatchObject({ from: '2030-10-01', to: '2030-10-31', creditedMinutes: 745 });
    expect(valueOf(maya.call('hours.summary', { from: '2030-10-01', to: '2030-10-31' })).people.map((p) => [p.staff.displayName, p.creditedMinutes, p.attended, p.late])).toEqual([
      ['Priya Shah', 540, 1, 0],
      ['Tom Walsh', 205, 0, 1],
    ]);
    expect(valueOf(t.loginAs('trainee').call('hours.mine', { from: '2030-10-01', to: '2030-10-31' }))).toMatchObject({ creditedMinutes: 205, totalCreditedMinutes: 205, waitingForApproval: 0 });
    expect(t.audit().filter((a) => a.action === 'hours.certify').map((a) => a.summary)).toEqual(['Certified the hours of October 2030 for everyone: 12 hours 25 minutes credited']);
  });
});
