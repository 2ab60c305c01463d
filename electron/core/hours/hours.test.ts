import { describe, expect, it } from 'vitest';
import { byBadge, byPin, createRotaCafe, plan, publish, rotaSnapshot, shiftRow, type RotaCafe } from '../testing/rota.ts';
import { errorOf, MINUTE, valueOf } from '../testing/testCore.ts';

// Approving and certifying placement hours through the dispatcher. The café's clock starts
// at Monday 4 March 2030, 09:00 (GMT); sessions lock after two idle minutes, so each step
// signs its person in afresh once the clock has moved on.

/** Tom and Priya on Till and Kitchen, 09:00–13:00 on Monday 4 March 2030, published. */
function plannedMonday(cafe: RotaCafe): { tomShift: string; priyaShift: string } {
  const tomShift = plan(cafe.sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: cafe.tom.id }).id;
  const priyaShift = plan(cafe.sam, { date: '2030-03-04', start: '09:00', end: '13:00', stationId: 'station-kitchen', traineeId: cafe.priya.id }).id;
  publish(cafe.sam, '2030-03-04');
  return { tomShift, priyaShift };
}

describe('approving hours', () => {
  it('a supervisor approves in bulk the shifts clocked within the tolerance, as planned, less unpaid breaks', () => {
    const cafe = createRotaCafe();
    const { t, tom, priya, kiosk } = cafe;
    const { tomShift, priyaShift } = plannedMonday(cafe);
    t.clock.advance(4 * MINUTE);
    valueOf(kiosk.call('attendance.clockIn', byBadge(tom)));
    t.clock.advance(21 * MINUTE);
    valueOf(kiosk.call('attendance.clockIn', byBadge(priya)));
    t.clock.set(new Date('2030-03-04T11:00:00Z'), true);
    valueOf(kiosk.call('attendance.startBreak', byBadge(tom)));
    t.clock.advance(30 * MINUTE);
    valueOf(kiosk.call('attendance.endBreak', byBadge(tom)));
    t.clock.set(new Date('2030-03-04T13:06:00Z'), true);
    valueOf(kiosk.call('attendance.clockOut', byBadge(tom)));
    valueOf(kiosk.call('attendance.clockOut', byBadge(priya)));

    const sam = t.loginAs('supervisor');
    const day = valueOf(sam.call('hours.day', { day: '2030-03-04' }));
    expect(day.toleranceMinutes).toBe(10);
    expect(day.waiting).toBe(2);
    expect(day.rows.map((r) => [r.shift.trainee?.displayName, r.flags, r.matchesPlan, r.lateMinutes, r.clockedBreakMinutes, r.proposedCreditedMinutes])).toEqual([
      ['Tom Walsh', [], true, null, 30, 210],
      ['Priya Shah', ['late'], false, 25, 0, 221],
    ]);

    const before = rotaSnapshot(t);
    const refused = errorOf(sam.call('hours.approve', { shiftIds: [tomShift, priyaShift] }));
    expect(refused).toEqual({
      code: 'conflict',
      field: 'shiftIds.1',
      message: "Priya Shah's shift on Monday 4 March 2030 does not match the plan within 10 minutes (clocked 09:25–13:06): approve it on its own, with a reason.",
    });
    expect(rotaSnapshot(t)).toEqual(before);

    expect(valueOf(sam.call('hours.approve', { shiftIds: [tomShift] }))).toEqual({ approved: 1, creditedMinutes: 210 });
    expect(shiftRow(t, tomShift)).toMatchObject({
      approved_start_at: '2030-03-04T09:00:00.000Z',
      approved_end_at: '2030-03-04T13:00:00.000Z',
      approved_break_minutes: 30,
      credited_minutes: 210,
      attendance: 'attended',
      approved_by_name: 'Sam Reid',
    });
    expect(t.lastAudit()).toMatchObject({ action: 'hours.approve', outcome: 'done', summary: 'Approved 1 shift as planned: 3 hours 30 minutes credited' });
    expect(errorOf(sam.call('hours.approve', { shiftIds: [tomShift] })).message).toBe("Tom Walsh's shift on Monday 4 March 2030 is already settled: change it on its own.");

    const late = valueOf(sam.call('hours.approveShift', { shiftId: priyaShift, attendance: 'late', reason: 'Her bus was late' }));
    expect(late).toMatchObject({
      approval: { startAt: '2030-03-04T09:25:00.000Z', endAt: '2030-03-04T13:06:00.000Z', breakMinutes: 0, reason: null, by: { displayName: 'Sam Reid' } },
      attendance: { status: 'late', lateMinutes: 25, reason: 'Her bus was late', acceptable: null },
      creditedMinutes: 221,
    });
    // The reason for lateness is support information: it stays off the audit log.
    expect(t.lastAudit().summary).toBe("Approved Priya Shah's shift on Monday 4 March 2030: 09:25–13:06, 3 hours 41 minutes credited, late");
    expect(valueOf(sam.call('hours.day', { day: '2030-03-04' })).waiting).toBe(0);
  });

  it('lateness needs a reason, and approved times that differ from the clock need one too', () => {
    const cafe = createRotaCafe();
    const { t, priya, kiosk } = cafe;
    const { priyaShift } = plannedMonday(cafe);
    t.clock.advance(25 * MINUTE);
    valueOf(kiosk.call('attendance.clockIn', byPin(priya)));
    t.clock.set(new Date('2030-03-04T13:00:00Z'), true);
    valueOf(kiosk.call('attendance.clockOut', byPin(priya)));
    const sam = t.loginAs('supervisor');
    const before = rotaSnapshot(t);
    expect(errorOf(sam.call('hours.approveShift', { shiftId: priyaShift, attendance: 'late' }))).toEqual({
      code: 'invalid_input',
      field: 'reason',
      message: 'Say why they were late: it is kept to support them, never as discipline.',
    });
    expect(errorOf(sam.call('hours.approveShift', { shiftId: priyaShift, attendance: 'attended', start: '09:00' }))).toEqual({
      code: 'invalid_input',
      field: 'reason',
      message: 'Say why the times differ from the clock (for example: forgot to clock out, left at 13:00).',
    });
    expect(errorOf(sam.call('hours.approveShift', { shiftId: priyaShift, attendance: 'attended', breakMinutes: 215 })).field).toBe('breakMinutes');
    expect(rotaSnapshot(t)).toEqual(before);
    const fixed = valueOf(sam.call('hours.approveShift', { shiftId: priyaShift, attendance: 'attended', start: '09:00', reason: 'Was here at 9, the kiosk was busy' }));
    expect(fixed).toMatchObject({ creditedMinutes: 240, approval: { reason: 'Was here at 9, the kiosk was busy' }, attendance: { status: 'attended' } });
  });

  it('a forgotten clock-out is flagged, never guessed: the supervisor corrects it with a reason', () => {
    const cafe = createRotaCafe();
    const { t, tom, kiosk } = cafe;
    const { tomShift } = plannedMonday(cafe);
    valueOf(kiosk.call('attendance.clockIn', byBadge(tom)));
    t.clock.set(new Date('2030-03-04T13:05:00Z'), true);
    expect(valueOf(t.loginAs('supervisor').call('hours.day', { day: '2030-03-04' })).rows[0]?.flags).toEqual(['on_shift']);
    t.clock.set(new Date('2030-03-04T16:00:00Z'), true);
    const sam = t.loginAs('supervisor');
    const row = valueOf(sam.call('hours.day', { day: '2030-03-04' })).rows.find((r) => r.shift.id === tomShift);
    expect(row).toMatchObject({ flags: ['no_clock_out'], matchesPlan: false, proposedCreditedMinutes: null, shift: { clockedOutAt: null } });
    expect(shiftRow(t, tomShift).clock_out_at).toBeNull();

    const before = rotaSnapshot(t);
    expect(errorOf(sam.call('hours.approve', { shiftIds: [tomShift] })).code).toBe('conflict');
    expect(errorOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'attended' }))).toEqual({
      code: 'invalid_input',
      field: 'end',
      message: 'Enter the time they finished: they did not clock out, and Apron does not guess.',
    });
    expect(errorOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'attended', end: '13:00' })).field).toBe('reason');
    expect(rotaSnapshot(t)).toEqual(before);
    const approved = valueOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'attended', end: '13:00', reason: 'Forgot to clock out; left at 13:00 (Sam saw him go)' }));
    expect(approved).toMatchObject({ creditedMinutes: 240, clockedOutAt: null, approval: { startAt: '2030-03-04T09:00:00.000Z', endAt: '2030-03-04T13:00:00.000Z' } });
    expect(t.lastAudit().summary).toBe("Approved Tom Walsh's shift on Monday 4 March 2030: 09:00–13:00, 4 hours credited (times differ from the clock)");
  });

  it('absence is recorded with a reason and whether it is acceptable; a cancelled shift credits nothing', () => {
    const cafe = createRotaCafe();
    const { t } = cafe;
    const { tomShift, priyaShift } = plannedMonday(cafe);
    t.clock.set(new Date('2030-03-04T14:00:00Z'), true);
    const sam = t.loginAs('supervisor');
    expect(valueOf(sam.call('hours.day', { day: '2030-03-04' })).rows.map((r) => r.flags)).toEqual([['not_clocked_in'], ['not_clocked_in']]);
    expect(errorOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'absent' })).field).toBe('reason');
    expect(errorOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'absent', reason: 'Unwell' })).field).toBe('absenceAcceptable');
    expect(errorOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'absent', reason: 'Unwell', absenceAcceptable: true, start: '09:00' })).field).toBe('start');
    const absent = valueOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'absent', reason: 'Unwell, rang in at 8', absenceAcceptable: true }));
    expect(absent).toMatchObject({ creditedMinutes: 0, approval: { startAt: null, endAt: null }, attendance: { status: 'absent', reason: 'Unwell, rang in at 8', acceptable: true } });
    expect(t.lastAudit().summary).toBe("Recorded Tom Walsh's shift on Monday 4 March 2030 as absent: no hours credited");
    const cancelled = valueOf(sam.call('hours.approveShift', { shiftId: priyaShift, attendance: 'cancelled', reason: 'Café closed: burst pipe' }));
    expect(cancelled).toMatchObject({ creditedMinutes: 0, attendance: { status: 'cancelled' } });
  });

  it('nobody approves their own hours: refused as forbidden, audited, nothing written', () => {
    const { t, kiosk } = createRotaCafe();
    const samPerson = t.person('supervisor');
    const own = valueOf(kiosk.call('attendance.clockIn', byBadge(samPerson))).shift;
    t.clock.set(new Date('2030-03-04T12:00:00Z'), true);
    valueOf(kiosk.call('attendance.clockOut', byBadge(samPerson)));
    const sam = t.loginAs('supervisor');
    const audits = t.audit().length;
    expect(errorOf(sam.call('hours.confirmUnplanned', { shiftId: own.id, stationId: 'station-till' }))).toEqual({
      code: 'forbidden',
      field: 'shiftId',
      message: 'Sam Reid, you cannot confirm your own shift: ask another supervisor or a manager.',
    });
    const manager = t.loginAs('manager');
    valueOf(manager.call('hours.confirmUnplanned', { shiftId: own.id, stationId: 'station-front' }));
    const afterConfirm = rotaSnapshot(t);
    const refused = errorOf(sam.call('hours.approveShift', { shiftId: own.id, attendance: 'attended' }));
    expect(refused).toEqual({ code: 'forbidden', field: 'shiftId', message: 'Sam Reid, you cannot approve your own hours: ask another supervisor or a manager.' });
    expect(t.lastAudit()).toMatchObject({ action: 'hours.approveShift', outcome: 'refused', actor_id: samPerson.id, summary: refused.message });
    expect(errorOf(sam.call('hours.approve', { shiftIds: [own.id] })).code).toBe('forbidden');
    expect(rotaSnapshot(t)).toEqual(afterConfirm);
    expect(t.audit().filter((a) => a.id > audits && a.outcome === 'refused').map((a) => a.action)).toEqual(['hours.confirmUnplanned', 'hours.approveShift', 'hours.approve']);
    expect(valueOf(manager.call('hours.approveShift', { shiftId: own.id, attendance: 'attended' }))).toMatchObject({ creditedMinutes: 180, station: { name: 'Front of house' } });
  });

  it('an unplanned clock-in is confirmed at a station before it can be approved', () => {
    const { t, priya, kiosk } = createRotaCafe();
    const shift = valueOf(kiosk.call('attendance.clockIn', byPin(priya))).shift;
    t.clock.set(new Date('2030-03-04T11:30:00Z'), true);
    valueOf(kiosk.call('attendance.clockOut', byPin(priya)));
    const sam = t.loginAs('supervisor');
    expect(valueOf(sam.call('hours.day', { day: '2030-03-04' })).rows[0]?.flags).toEqual(['unplanned']);
    expect(errorOf(sam.call('hours.approveShift', { shiftId: shift.id, attendance: 'attended' })).message).toBe(
      'Priya Shah clocked in with no shift planned: confirm the shift (choose its station) before approving it.',
    );
    const confirmed = valueOf(sam.call('hours.confirmUnplanned', { shiftId: shift.id, stationId: 'station-pot-wash' }));
    expect(confirmed).toMatchObject({ unplanned: true, confirmed: true, station: { name: 'Pot wash' } });
    expect(errorOf(sam.call('hours.confirmUnplanned', { shiftId: shift.id, stationId: 'station-pot-wash' })).message).toBe('This shift is already confirmed.');
    expect(valueOf(sam.call('hours.approveShift', { shiftId: shift.id, attendance: 'attended' })).creditedMinutes).toBe(150);
  });
});

describe('hours across the clock changes', () => {
  it('a night shift across the October change credits nine hours; the same shift in March credits seven', () => {
    const { t, tom, kiosk } = createRotaCafe();
    const sam = t.loginAs('supervisor');
    const october = plan(sam, { date: '2030-10-26', start: '22:00', end: '06:00', endsNextDay: true, stationId: 'station-kitchen', traineeId: tom.id });
    const march = plan(sam, { date: '2031-03-29', start: '22:00', end: '06:00', endsNextDay: true, stationId: 'station-kitchen', traineeId: tom.id });
    publish(sam, '2030-10-26');
    publish(sam, '2031-03-29');
    expect([october.scheduledMinutes, march.scheduledMinutes]).toEqual([540, 420]);

    t.clock.set(new Date('2030-10-26T21:00:00Z'), true); // 22:00 BST
    valueOf(kiosk.call('attendance.clockIn', byBadge(tom)));
    t.clock.set(new Date('2030-10-27T06:00:00Z'), true); // 06:00 GMT
    valueOf(kiosk.call('attendance.clockOut', byBadge(tom)));
    expect(valueOf(t.loginAs('supervisor').call('hours.approve', { shiftIds: [october.id] }))).toEqual({ approved: 1, creditedMinutes: 540 });

    t.clock.set(new Date('2031-03-29T22:00:00Z'), true); // 22:00 GMT
    valueOf(kiosk.call('attendance.clockIn', byBadge(tom)));
    t.clock.set(new Date('2031-03-30T05:00:00Z'), true); // 06:00 BST
    valueOf(kiosk.call('attendance.clockOut', byBadge(tom)));
    const approver = t.loginAs('supervisor');
    expect(valueOf(approver.call('hours.approve', { shiftIds: [march.id] }))).toEqual({ approved: 1, creditedMinutes: 420 });
    // The day view shows the café's clock: 22:00 to 06:00 both nights.
    expect(valueOf(approver.call('hours.day', { day: '2031-03-29' })).rows[0]?.shift).toMatchObject({ start: '22:00', end: '06:00', endsNextDay: true, creditedMinutes: 420 });
    // Corrected by hand across the change, it is still the real length.
    expect(valueOf(approver.call('hours.approveShift', { shiftId: october.id, attendance: 'attended', start: '22:00', end: '05:00', reason: 'Sent home an hour early' })).creditedMinutes).toBe(480);
  });
});

describe('my hours and the summary', () => {
  it('a trainee sees their credited hours; a supervisor sees everyone’s for a period', () => {
    const cafe = createRotaCafe();
    const { t, tom, priya, kiosk } = cafe;
    const { tomShift } = plannedMonday(cafe);
    valueOf(kiosk.call('attendance.clockIn', byPin(tom)));
    valueOf(kiosk.call('attendance.clockIn', byPin(priya)));
    t.clock.set(new Date('2030-03-04T13:00:00Z'), true);
    valueOf(kiosk.call('attendance.clockOut', byPin(tom)));
    valueOf(kiosk.call('attendance.clockOut', byPin(priya)));
    const sam = t.loginAs('supervisor');
    valueOf(sam.call('hours.approve', { shiftIds: [tomShift] }));
    const mine = valueOf(t.loginAs('trainee').call('hours.mine', {}));
    expect(mine).toMatchObject({ staff: { id: tom.id }, from: '2030-01-08', to: '2030-03-04', creditedMinutes: 240, totalCreditedMinutes: 240, waitingForApproval: 0 });
    expect(mine.shifts.map((s) => s.id)).toEqual([tomShift]);
    const summary = valueOf(sam.call('hours.summary', { from: '2030-03-01', to: '2030-03-31' }));
    expect(summary).toEqual({
      from: '2030-03-01',
      to: '2030-03-31',
      creditedMinutes: 240,
      people: [
        { staff: { id: priya.id, displayName: 'Priya Shah' }, creditedMinutes: 0, attended: 0, late: 0, absent: 0, cancelled: 0, waiting: 1 },
        { staff: { id: tom.id, displayName: 'Tom Walsh' }, creditedMinutes: 240, attended: 1, late: 0, absent: 0, cancelled: 0, waiting: 0 },
      ],
    });
    expect(valueOf(sam.call('hours.summary', { from: '2030-03-01', to: '2030-03-31', staffId: priya.id })).people.map((p) => p.staff.displayName)).toEqual(['Priya Shah']);
  });
});

describe('certified periods', () => {
  /** Monday's two shifts worked and approved, with Sam signed in again. */
  function approvedMonday(): RotaCafe & { tomShift: string; priyaShift: string } {
    const cafe = createRotaCafe();
    const { t, tom, priya, kiosk } = cafe;
    const shifts = plannedMonday(cafe);
    valueOf(kiosk.call('attendance.clockIn', byPin(tom)));
    valueOf(kiosk.call('attendance.clockIn', byPin(priya)));
    t.clock.set(new Date('2030-03-04T13:00:00Z'), true);
    valueOf(kiosk.call('attendance.clockOut', byPin(tom)));
    valueOf(kiosk.call('attendance.clockOut', byPin(priya)));
    const sam = t.loginAs('supervisor');
    valueOf(sam.call('hours.approve', { shiftIds: [shifts.tomShift, shifts.priyaShift] }));
    return { ...cafe, sam, ...shifts };
  }

  it('a manager certifies a month once every shift is settled; the hours then lock, even behind Apron’s back', () => {
    const { t, sam, tom, kiosk, tomShift } = approvedMonday();
    const waiting = plan(sam, { date: '2030-03-05', start: '09:00', end: '13:00', traineeId: tom.id });
    publish(sam, '2030-03-04');
    t.clock.set(new Date('2030-04-02T09:00:00Z'), true);
    const manager = t.loginAs('manager');
    const before = rotaSnapshot(t);
    expect(errorOf(manager.call('hours.certify', { period: 'month', date: '2030-03-15' }))).toEqual({
      code: 'conflict',
      field: 'date',
      message: "1 shift in March 2030 still needs approving (for example Tom Walsh's on Tuesday 5 March 2030). Approve them first.",
    });
    expect(rotaSnapshot(t)).toEqual(before);
    valueOf(t.loginAs('supervisor').call('hours.approveShift', { shiftId: waiting.id, attendance: 'absent', reason: 'Family emergency', absenceAcceptable: true }));

    const cert = valueOf(manager.call('hours.certify', { period: 'month', date: '2030-03-15' }));
    expect(cert).toMatchObject({ kind: 'month', from: '2030-03-01', to: '2030-03-31', staff: null, creditedMinutes: 480, certifiedBy: { displayName: 'Maya Okafor' }, reopened: null });
    expect(t.lastAudit().summary).toBe('Certified the hours of March 2030 for everyone: 8 hours credited');
    expect(errorOf(manager.call('hours.certify', { period: 'month', date: '2030-03-01' })).message).toBe('The hours of March 2030 are already certified for everyone.');

    const sam2 = t.loginAs('supervisor');
    const locked = rotaSnapshot(t);
    const lockedMessage = 'The hours of March 2030 are certified, so they cannot change. A manager can reopen them with a reason.';
    expect(errorOf(sam2.call('hours.approveShift', { shiftId: tomShift, attendance: 'attended', end: '12:00', reason: 'Left early' }))).toEqual({ code: 'conflict', field: 'shiftId', message: lockedMessage });
    expect(errorOf(sam2.call('rota.addShift', { date: '2030-03-20', start: '09:00', end: '13:00', stationId: 'station-till' }))).toMatchObject({ code: 'conflict', field: 'date' });
    expect(errorOf(sam2.call('rota.removeShift', { shiftId: waiting.id })).code).toBe('conflict');
    expect(valueOf(sam2.call('hours.day', { day: '2030-03-04' })).rows[0]?.flags).toEqual(['approved', 'locked']);
    expect(valueOf(sam2.call('rota.week', { week: '2030-03-04' })).shifts.every((s) => s.locked)).toBe(true);
    expect(rotaSnapshot(t)).toEqual(locked);
    // The database refuses too, whoever asks.
    expect(() => t.db.prepare('UPDATE shifts SET credited_minutes = 999 WHERE id = ?').run(tomShift)).toThrow('hours in a certified period cannot be changed');
    expect(() => t.db.prepare('DELETE FROM shifts WHERE id = ?').run(tomShift)).toThrow('hours in a certified period cannot be changed');
    expect(() => t.db.prepare('DELETE FROM hour_certifications').run()).toThrow('a certification cannot be deleted');
    // April is not locked: Tom clocks in today.
    expect(valueOf(kiosk.call('attendance.clockIn', byPin(tom))).shift.day).toBe('2030-04-02');
  });

  it('reopening needs a reason, is audited, and unlocks the hours; the certification stays on record', () => {
    const { t, tomShift } = approvedMonday();
    const manager = t.loginAs('manager');
    const cert = valueOf(manager.call('hours.certify', { period: 'week', date: '2030-03-06', staffId: t.person('trainee').id }));
    expect(cert).toMatchObject({ kind: 'week', from: '2030-03-04', to: '2030-03-10', staff: { displayName: 'Tom Walsh' }, creditedMinutes: 240 });
    const sam = t.loginAs('supervisor');
    expect(errorOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'attended', end: '12:00', reason: 'Left early' })).code).toBe('conflict');
    expect(errorOf(sam.call('hours.reopen', { certificationId: cert.id, reason: 'Wrong end time' })).code).toBe('forbidden');
    expect(errorOf(manager.call('hours.reopen', { certificationId: cert.id, reason: '  ' }))).toMatchObject({ code: 'invalid_input', field: 'reason' });
    const reopened = valueOf(manager.call('hours.reopen', { certificationId: cert.id, reason: 'Tom left at 12:00, not 13:00' }));
    expect(reopened.reopened).toMatchObject({ by: { displayName: 'Maya Okafor' }, reason: 'Tom left at 12:00, not 13:00' });
    expect(t.lastAudit()).toMatchObject({ action: 'hours.reopen', outcome: 'done', summary: 'Reopened the hours of the week of Monday 4 March 2030 for Tom Walsh: Tom left at 12:00, not 13:00' });
    expect(errorOf(manager.call('hours.reopen', { certificationId: cert.id, reason: 'Again' })).message).toBe('This certification was already reopened by Maya Okafor.');
    expect(valueOf(sam.call('hours.approveShift', { shiftId: tomShift, attendance: 'attended', end: '12:00', reason: 'Left early' })).creditedMinutes).toBe(180);
    expect(valueOf(manager.call('hours.certifications', {})).map((c) => c.reopened !== null)).toEqual([true]);
    // Priya's week was never locked by Tom's certification.
    expect(valueOf(sam.call('hours.day', { day: '2030-03-04' })).rows.map((r) => r.flags.includes('locked'))).toEqual([false, false]);
  });
});
