import { describe, expect, it } from 'vitest';
import { byBadge, byPin, createRotaCafe, plan, publish, rotaSnapshot, shiftRow } from '../testing/rota.ts';
import { errorOf, MINUTE, valueOf } from '../testing/testCore.ts';
import { addSampleCatalogue, captureEvents, openTill, sell, workedExample } from '../testing/till.ts';

// Clocking in and out at the kiosk, with a badge or a PIN, nobody signed in.
// The café's clock starts at Monday 4 March 2030, 09:00 (GMT).

describe('clocking in and out', () => {
  it('a trainee badges in for the shift planned for them, nobody signed in, and the kiosk says so kindly', () => {
    const { t, sam, tom, kiosk } = createRotaCafe();
    const shift = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id });
    publish(sam, '2030-03-04');
    const events = captureEvents(t);
    t.clock.advance(7 * MINUTE);
    const clocked = valueOf(kiosk.call('attendance.clockIn', byBadge(tom)));
    expect(clocked).toMatchObject({
      action: 'clock_in',
      staff: { id: tom.id, displayName: 'Tom Walsh' },
      at: '2030-03-04T09:07:00.000Z',
      message: "Welcome, Tom. You're clocked in for Till, 09:00 to 13:00.",
      shift: { id: shift.id, clockedInAt: '2030-03-04T09:07:00.000Z', clockedOutAt: null, unplanned: false },
    });
    expect(valueOf(kiosk.call('auth.session', {})).staff).toBeNull();
    expect(t.lastAudit()).toMatchObject({ action: 'attendance.clockIn', outcome: 'done', actor_id: tom.id, subject_id: shift.id, summary: 'Tom Walsh clocked in at 09:07 for Till, 09:00 to 13:00' });
    expect(events).toContainEqual({ event: 'attendance.changed', payload: { staffId: tom.id, action: 'clock_in' } });
  });

  it('breaks start and end by PIN; clocking out ends the shift; "my shifts" shows where the trainee is', () => {
    const { t, sam, tom, kiosk } = createRotaCafe();
    const shift = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id });
    publish(sam, '2030-03-04');
    valueOf(kiosk.call('attendance.clockIn', byPin(tom)));
    t.clock.advance(120 * MINUTE);
    expect(valueOf(kiosk.call('attendance.startBreak', byPin(tom))).message).toBe('Enjoy your break, Tom. Started at 11:00.');
    const till = t.loginAs('trainee');
    expect(valueOf(till.call('rota.myShifts', {})).clockedIn).toMatchObject({ since: '2030-03-04T09:00:00.000Z', onBreakSince: '2030-03-04T11:00:00.000Z', shift: { id: shift.id } });
    expect(errorOf(kiosk.call('attendance.startBreak', byPin(tom)))).toEqual({ code: 'conflict', message: 'Tom, you are already on a break, since 11:00.' });
    t.clock.advance(20 * MINUTE);
    expect(valueOf(kiosk.call('attendance.endBreak', byBadge(tom))).message).toBe('Welcome back, Tom. Break ended at 11:20.');
    expect(errorOf(kiosk.call('attendance.endBreak', byBadge(tom)))).toEqual({ code: 'conflict', message: 'Tom, you are not on a break.' });
    t.clock.advance(100 * MINUTE);
    const out = valueOf(kiosk.call('attendance.clockOut', byBadge(tom)));
    expect(out.message).toBe("Thank you, Tom. You're clocked out at 13:00.");
    expect(out.shift).toMatchObject({ clockedOutAt: '2030-03-04T13:00:00.000Z', breaks: [{ startAt: '2030-03-04T11:00:00.000Z', endAt: '2030-03-04T11:20:00.000Z', paid: false }] });
    expect(valueOf(t.loginAs('trainee').call('rota.myShifts', {})).clockedIn).toBeNull();
  });

  it('clocking out during a break ends the break too', () => {
    const { t, tom, kiosk } = createRotaCafe();
    valueOf(kiosk.call('attendance.clockIn', byPin(tom)));
    t.clock.advance(60 * MINUTE);
    valueOf(kiosk.call('attendance.startBreak', byPin(tom)));
    t.clock.advance(15 * MINUTE);
    const out = valueOf(kiosk.call('attendance.clockOut', byPin(tom)));
    expect(out.shift.breaks).toEqual([{ startAt: '2030-03-04T10:00:00.000Z', endAt: '2030-03-04T10:15:00.000Z', paid: false }]);
    expect(t.lastAudit().summary).toBe('Tom Walsh clocked out at 10:15, ending their break');
  });

  it('clocking in twice is refused, and nothing is written', () => {
    const { t, tom, kiosk } = createRotaCafe();
    valueOf(kiosk.call('attendance.clockIn', byPin(tom)));
    t.clock.advance(30 * MINUTE);
    const before = rotaSnapshot(t);
    expect(errorOf(kiosk.call('attendance.clockIn', byBadge(tom)))).toEqual({ code: 'conflict', message: 'Tom, you are already clocked in, since 09:00. To finish, clock out.' });
    expect(rotaSnapshot(t)).toEqual(before);
  });

  it('clocking out without clocking in is refused, and nothing is written', () => {
    const { t, tom, kiosk } = createRotaCafe();
    const before = t.snapshot();
    expect(errorOf(kiosk.call('attendance.clockOut', byPin(tom)))).toEqual({ code: 'conflict', message: 'Tom, you are not clocked in, so you cannot clock out. Clock in first.' });
    expect(errorOf(kiosk.call('attendance.startBreak', byPin(tom))).message).toBe('Tom, you are not clocked in, so you cannot start a break. Clock in first.');
    expect(t.snapshot()).toEqual(before);
  });

  it('with no shift planned, a clock-in starts an unplanned shift for a supervisor to confirm', () => {
    const { t, priya, kiosk } = createRotaCafe();
    const clocked = valueOf(kiosk.call('attendance.clockIn', byBadge(priya)));
    expect(clocked.message).toBe("Welcome, Priya. You're clocked in. There was no shift planned for you now, so a supervisor will confirm it.");
    expect(clocked.shift).toMatchObject({ unplanned: true, confirmed: false, startAt: null, station: null, day: '2030-03-04', trainee: { id: priya.id } });
    expect(t.lastAudit().summary).toBe('Priya Shah clocked in at 09:00 with no shift planned (unplanned, for a supervisor to confirm)');
  });

  it('a draft shift is not what a trainee clocks into, nor a shift hours away; a shift up to two hours ahead is', () => {
    const { t, sam, tom, priya, kiosk } = createRotaCafe();
    plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id });
    expect(valueOf(kiosk.call('attendance.clockIn', byPin(tom))).shift.unplanned).toBe(true);
    const later = plan(sam, { date: '2030-03-04', start: '10:30', end: '14:00', traineeId: priya.id });
    const evening = plan(sam, { date: '2030-03-04', start: '18:00', end: '20:00', stationId: 'station-kitchen', traineeId: priya.id });
    publish(sam, '2030-03-04');
    t.clock.advance(45 * MINUTE);
    expect(valueOf(kiosk.call('attendance.clockIn', byPin(priya))).shift.id).toBe(later.id);
    expect(shiftRow(t, evening.id).clock_in_at).toBeNull();
  });

  it('a wrong PIN at the kiosk counts towards the lockout exactly as at log-in, and clocks nothing', () => {
    const { t, tom, kiosk } = createRotaCafe();
    const before = rotaSnapshot(t);
    const wrong = { credential: { staffId: tom.id, pin: '11112222' } };
    expect(errorOf(kiosk.call('attendance.clockIn', wrong))).toMatchObject({ code: 'invalid_input', field: 'pin' });
    expect(t.staffRow(tom.id).failed_pin_count).toBe(1);
    expect(t.lastAudit()).toMatchObject({ action: 'attendance.clockIn', outcome: 'failed', subject_id: tom.id });
    expect(errorOf(kiosk.call('attendance.clockIn', wrong)).message).toBe('That PIN is not right. Please try again (1 more try before a short pause).');
    const locked = errorOf(kiosk.call('attendance.clockIn', wrong));
    expect(locked).toMatchObject({ code: 'locked_out', field: 'pin' });
    expect(errorOf(kiosk.call('attendance.clockIn', byPin(tom))).code).toBe('locked_out');
    expect(rotaSnapshot(t)).toEqual(before);
    expect(errorOf(kiosk.call('attendance.clockIn', { credential: { badge: 'BADGE-NOBODY-0000' } }))).toMatchObject({ code: 'not_found', field: 'badge' });
  });

  it('a forgotten clock-in does not stop the next day: the trainee clocks in again, and clocking out says what happened', () => {
    const { t, tom, kiosk } = createRotaCafe();
    const monday = valueOf(kiosk.call('attendance.clockIn', byPin(tom))).shift;
    t.clock.advance(24 * 60 * MINUTE);
    expect(errorOf(kiosk.call('attendance.clockOut', byPin(tom))).message).toBe(
      'Tom, you are not clocked in now, so you cannot clock out. Your clock-in on Monday 4 March 2030 was never clocked out: a supervisor will put it right.',
    );
    const tuesday = valueOf(kiosk.call('attendance.clockIn', byPin(tom))).shift;
    expect(tuesday.id).not.toBe(monday.id);
    expect(shiftRow(t, monday.id).clock_out_at).toBeNull();
  });
});

describe('sales are tied to the operator’s shift', () => {
  it('a sale made while clocked in carries the shift; one made before clocking in carries none', () => {
    const { t, sam, tom, kiosk } = createRotaCafe();
    addSampleCatalogue(t);
    openTill(t);
    const till = t.loginAs('trainee');
    const before = sell(till, workedExample('takeaway'), 880);
    expect(before.shiftId).toBeNull();
    const shift = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id });
    publish(sam, '2030-03-04');
    valueOf(kiosk.call('attendance.clockIn', byBadge(tom)));
    const during = sell(till, workedExample('takeaway'), 880);
    expect(during.shiftId).toBe(shift.id);
    expect(t.db.prepare('SELECT shift_id FROM journal WHERE id = ?').pluck().get(during.id)).toBe(shift.id);
    expect(valueOf(sam.call('sales.verifyChain', {})).ok).toBe(true);
    valueOf(kiosk.call('attendance.clockOut', byBadge(tom)));
    expect(sell(till, workedExample('takeaway'), 880).shiftId).toBeNull();
  });

  it('a refund or a void given back while clocked in carries the shift of the person giving it back', () => {
    const { t, sam, tom, kiosk } = createRotaCafe();
    addSampleCatalogue(t);
    openTill(t);
    const till = t.loginAs('trainee');
    const first = sell(till, workedExample('takeaway'), 880);
    const second = sell(till, workedExample('takeaway'), 880);
    const shift = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id });
    publish(sam, '2030-03-04');
    valueOf(kiosk.call('attendance.clockIn', byPin(tom)));
    const samsPin = { staffId: t.person('supervisor').id, pin: t.person('supervisor').pin };
    const voidGrant = valueOf(till.call('auth.authorise', { method: 'sales.void', credential: samsPin }));
    const voided = valueOf(till.call('sales.void', { saleId: first.id, reason: 'Rang up the wrong order' }, voidGrant.token));
    const refundGrant = valueOf(till.call('auth.authorise', { method: 'sales.refund', credential: samsPin }));
    const line = second.lines[0]!;
    const refunded = valueOf(till.call('sales.refund', { saleId: second.id, lines: [{ lineId: line.id, quantity: 1 }], to: 'original', reason: 'Cold coffee' }, refundGrant.token));
    expect([voided.shiftId, refunded.shiftId]).toEqual([shift.id, shift.id]);
    // Given back by a supervisor who is not clocked in: no shift.
    const bySam = valueOf(sam.call('sales.refund', { saleId: second.id, lines: [{ lineId: second.lines[1]!.id, quantity: 1 }], to: 'original', reason: 'Stale' }));
    expect(bySam.shiftId).toBeNull();
    expect(valueOf(sam.call('sales.verifyChain', {})).ok).toBe(true);
  });
});
