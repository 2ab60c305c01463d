import { describe, expect, it } from 'vitest';
import { byPin, createRotaCafe, plan, publish, rotaSnapshot } from '../testing/rota.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// The rota as trainees meet it: their availability and time off, their shifts to come and the
// calendar file, and swaps. The café's clock starts at Monday 4 March 2030, 09:00 (GMT).

describe('availability and time off', () => {
  it('a trainee keeps their own; a supervisor keeps anyone’s; a trainee cannot touch someone else’s (forbidden, audited)', () => {
    const { t, sam, tom, priya } = createRotaCafe();
    const till = t.loginAs('trainee');
    const added = valueOf(till.call('availability.addUnavailable', { weekday: 2, from: '09:00', to: '12:30', note: 'College' }));
    expect(added).toEqual({ staff: { id: tom.id, displayName: 'Tom Walsh' }, unavailable: [{ id: expect.any(String), weekday: 2, from: '09:00', to: '12:30', note: 'College' }], timeOff: [] });
    expect(t.lastAudit().summary).toBe('Tom Walsh cannot work Tuesdays 09:00–12:30');
    const off = valueOf(till.call('availability.addTimeOff', { from: '2030-03-20', to: '2030-03-20', reason: 'Court date' }));
    expect(off.timeOff).toEqual([{ id: expect.any(String), from: '2030-03-20', to: '2030-03-20', reason: 'Court date' }]);
    // Private reasons stay on the person's record, not in the audit log.
    expect(t.lastAudit().summary).toBe('Time off for Tom Walsh on Wednesday 20 March 2030');
    valueOf(sam.call('availability.addTimeOff', { staffId: priya.id, from: '2030-03-11', to: '2030-03-15' }));
    expect(valueOf(sam.call('availability.list', { staffId: priya.id })).timeOff).toHaveLength(1);

    const before = rotaSnapshot(t);
    const refused = errorOf(till.call('availability.addTimeOff', { staffId: priya.id, from: '2030-03-20', to: '2030-03-20' }));
    expect(refused).toEqual({ code: 'forbidden', field: 'staffId', message: "Tom Walsh, you can only see and change your own availability. A supervisor can change anyone's." });
    expect(t.lastAudit()).toMatchObject({ action: 'availability.addTimeOff', outcome: 'refused', actor_id: tom.id });
    expect(errorOf(till.call('availability.list', { staffId: priya.id })).code).toBe('forbidden');
    const priyaTimeOff = valueOf(sam.call('availability.list', { staffId: priya.id })).timeOff[0]?.id ?? '';
    expect(errorOf(till.call('availability.remove', { id: priyaTimeOff })).code).toBe('forbidden');
    expect(rotaSnapshot(t)).toEqual(before);

    const remaining = valueOf(till.call('availability.remove', { id: added.unavailable[0]?.id ?? '' }));
    expect(remaining.unavailable).toEqual([]);
    expect(errorOf(till.call('availability.remove', { id: 'gone' }))).toMatchObject({ code: 'not_found', field: 'id' });
    expect(errorOf(till.call('availability.addTimeOff', { from: '2030-03-21', to: '2030-03-20' }))).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(errorOf(till.call('availability.addUnavailable', { weekday: 8, from: '09:00', to: '12:00' }))).toMatchObject({ code: 'invalid_input', field: 'weekday' });
    expect(valueOf(till.call('availability.addUnavailable', { weekday: 7, from: '18:00', to: '24:00' })).unavailable[0]).toMatchObject({ from: '18:00', to: '24:00' });
  });
});

describe('my shifts and the calendar file', () => {
  it('a trainee sees only published shifts to come, and a cancelled one stays, marked as a change', () => {
    const { t, sam, tom } = createRotaCafe();
    const monday = plan(sam, { date: '2030-03-04', start: '10:00', end: '14:00', traineeId: tom.id });
    const past = plan(sam, { date: '2030-03-03', start: '10:00', end: '14:00', traineeId: tom.id });
    const cancelled = plan(sam, { date: '2030-03-06', start: '10:00', end: '14:00', stationId: 'station-barista', traineeId: tom.id });
    plan(sam, { date: '2030-03-12', start: '10:00', end: '14:00', traineeId: tom.id });
    publish(sam, '2030-03-04');
    publish(sam, '2030-02-25');
    valueOf(sam.call('rota.removeShift', { shiftId: cancelled.id }));
    const till = t.loginAs('trainee');
    const mine = valueOf(till.call('rota.myShifts', {}));
    expect(mine.clockedIn).toBeNull();
    expect(mine.upcoming.map((s) => [s.id, s.attendance?.status ?? null, s.changedSincePublished])).toEqual([
      [monday.id, null, false],
      [cancelled.id, 'cancelled', true],
    ]);
    expect(mine.upcoming.map((s) => s.id)).not.toContain(past.id);
  });

  it('the calendar file is RFC 5545: CRLF, UTC times with Z, a UID per shift, cancelled shifts marked', () => {
    const { t, sam, tom } = createRotaCafe();
    const summer = plan(sam, { date: '2030-07-01', start: '09:00', end: '13:00', traineeId: tom.id, supervisorId: t.person('supervisor').id, note: 'Bring a packed lunch, and a hat; sun cream' });
    const gone = plan(sam, { date: '2030-07-02', start: '09:00', end: '13:00', stationId: 'station-kitchen', traineeId: tom.id });
    plan(sam, { date: '2030-07-03', start: '09:00', end: '13:00', traineeId: tom.id });
    publish(sam, '2030-07-01');
    valueOf(sam.call('rota.removeShift', { shiftId: gone.id }));
    const file = valueOf(t.loginAs('trainee').call('rota.calendar', {}));
    expect(file.filename).toBe('apron-shifts-tom-walsh.ics');
    expect(file.text.endsWith('\r\n')).toBe(true);
    expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = file.text.replace(/\r\n /g, '').split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apron//Rota//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain(`UID:${summer.id}@apron`);
    expect(lines).toContain('DTSTART:20300701T080000Z');
    expect(lines).toContain('DTEND:20300701T120000Z');
    expect(lines).toContain('SUMMARY:Till shift at Back Yard Café');
    expect(lines).toContain('DESCRIPTION:Supervisor on duty: Sam Reid\\nBring a packed lunch\\, and a hat\\; sun cream');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SUMMARY:Cancelled: Kitchen shift at Back Yard Café');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    for (const line of file.text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    expect(valueOf(sam.call('rota.calendar', { staffId: tom.id })).filename).toBe('apron-shifts-tom-walsh.ics');
    expect(errorOf(t.loginAs('trainee').call('rota.calendar', { staffId: t.person('supervisor').id })).code).toBe('forbidden');
  });
});

describe('swaps', () => {
  it('a trainee offers a shift, another takes it, a supervisor approves: it is theirs, marked as a change', () => {
    const { t, sam, tom, priya } = createRotaCafe();
    const shift = plan(sam, { date: '2030-03-06', start: '10:00', end: '14:00', traineeId: tom.id });
    publish(sam, '2030-03-04');
    const tomScreen = t.loginAs('trainee');
    const offer = valueOf(tomScreen.call('swaps.offer', { shiftId: shift.id, note: 'Family visit' }));
    expect(offer).toMatchObject({ state: 'offered', offeredBy: { id: tom.id }, note: 'Family visit', shift: { id: shift.id, swap: { state: 'offered' } } });
    expect(errorOf(tomScreen.call('swaps.offer', { shiftId: shift.id })).message).toBe('This shift is already offered.');
    expect(errorOf(tomScreen.call('swaps.take', { swapId: offer.id })).message).toBe('This is your own offer: someone else takes it.');

    const priyaScreen = t.screen('priya');
    valueOf(priyaScreen.call('auth.loginWithPin', { staffId: priya.id, pin: priya.pin }));
    expect(valueOf(priyaScreen.call('swaps.list', {})).map((s) => s.id)).toEqual([offer.id]);
    expect(errorOf(priyaScreen.call('swaps.offer', { shiftId: shift.id })).message).toBe('Priya Shah, you can only offer your own shifts.');
    expect(errorOf(priyaScreen.call('swaps.approve', { swapId: offer.id })).code).toBe('forbidden');
    const taken = valueOf(priyaScreen.call('swaps.take', { swapId: offer.id }));
    expect(taken).toMatchObject({ state: 'taken', takenBy: { id: priya.id } });

    const approved = valueOf(sam.call('swaps.approve', { swapId: offer.id }));
    expect(approved).toMatchObject({ state: 'approved', decidedBy: { displayName: 'Sam Reid' }, shift: { trainee: { id: priya.id }, changedSincePublished: true, swap: null } });
    expect(t.lastAudit().summary).toBe("Approved the swap: Priya Shah works Tom Walsh's shift on Till 10:00–14:00 on Wednesday 6 March 2030");
    expect(valueOf(priyaScreen.call('rota.myShifts', {})).upcoming.map((s) => s.id)).toEqual([shift.id]);
    expect(valueOf(tomScreen.call('rota.myShifts', {})).upcoming).toEqual([]);
  });

  it('a taker already busy then is refused; a supervisor declines with a reason; the offerer withdraws', () => {
    const { t, sam, tom, priya } = createRotaCafe();
    const shift = plan(sam, { date: '2030-03-06', start: '10:00', end: '14:00', traineeId: tom.id });
    plan(sam, { date: '2030-03-06', start: '12:00', end: '16:00', stationId: 'station-kitchen', traineeId: priya.id });
    publish(sam, '2030-03-04');
    const tomScreen = t.loginAs('trainee');
    const offer = valueOf(tomScreen.call('swaps.offer', { shiftId: shift.id }));
    const priyaScreen = t.screen('priya');
    valueOf(priyaScreen.call('auth.loginWithPin', { staffId: priya.id, pin: priya.pin }));
    const before = rotaSnapshot(t);
    expect(errorOf(priyaScreen.call('swaps.take', { swapId: offer.id }))).toEqual({ code: 'conflict', field: 'swapId', message: 'Priya Shah is already on Kitchen 12:00–16:00 then.' });
    expect(rotaSnapshot(t)).toEqual(before);
    expect(errorOf(sam.call('swaps.approve', { swapId: offer.id })).message).toBe('Nobody has taken this shift yet.');
    const declined = valueOf(sam.call('swaps.decline', { swapId: offer.id, reason: 'We need Tom on the till that day' }));
    expect(declined).toMatchObject({ state: 'declined', decisionReason: 'We need Tom on the till that day' });
    const again = valueOf(tomScreen.call('swaps.offer', { shiftId: shift.id }));
    expect(valueOf(tomScreen.call('swaps.withdraw', { swapId: again.id })).state).toBe('withdrawn');
    expect(errorOf(tomScreen.call('swaps.withdraw', { swapId: again.id })).message).toBe('This offer is already closed.');
  });

  it('a shift that has started, or a draft, cannot be offered', () => {
    const { t, sam, tom, kiosk } = createRotaCafe();
    const draft = plan(sam, { date: '2030-03-06', start: '10:00', end: '14:00', traineeId: tom.id });
    const now = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id });
    const tomScreen = t.loginAs('trainee');
    expect(errorOf(tomScreen.call('swaps.offer', { shiftId: draft.id })).message).toBe('Only a published shift on the rota can be swapped.');
    publish(sam, '2030-03-04');
    valueOf(kiosk.call('attendance.clockIn', byPin(tom)));
    expect(errorOf(tomScreen.call('swaps.offer', { shiftId: now.id })).message).toBe('This shift has already started, so it cannot be swapped.');
  });
});
