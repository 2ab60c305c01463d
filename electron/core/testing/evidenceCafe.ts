import type { Shift } from '../../../shared/contract/index.ts';
import { SettableClock } from '../clock.ts';
import { byBadge, byPin, createRotaCafe, plan, publish } from './rota.ts';
import { valueOf, type Person, type Screen, type TestCore } from './testCore.ts';

// A café with a month of one trainee's placement, made through the dispatcher as it happens
// in the café: planned and published, clocked at the kiosk, approved by a supervisor, partly
// certified by a manager. Her name has a formula character, quotes, a comma and letters the
// PDF's fonts lack, so every export must carry it safely.

export const ZOE = { displayName: '=Zoë "Zed" Łukasz-Brontë, Jr', pin: '64029183', badge: 'BADGE-ZOE-4471' };

export interface EvidenceCafe {
  t: TestCore;
  clock: SettableClock;
  zoe: Person;
  tom: Person;
  shifts: {
    /** Mon 21 Oct: 20 minutes late, a 15-minute break, forgot to clock out; 205 minutes. */
    late: Shift;
    /** Tue 22 Oct: on time, approved in bulk; 240. */
    onTime: Shift;
    /** Wed 23 Oct: absent with an acceptable reason. */
    absent: Shift;
    /** Sat 26 Oct 22:00 to Sun 06:00 across the October change: 540. */
    night: Shift;
    /** Mon 28 Oct: cancelled by the café. */
    cancelled: Shift;
    /** Tue 29 Oct: approved, not certified; 240. */
    uncertified: Shift;
    /** Thu 31 Oct: not approved yet. */
    waiting: Shift;
    /** Tom's, on Tue 22 Oct: never in Zoë's record. */
    toms: Shift;
  };
}

export const LATE_REASON = 'Missed the bus, "again"; forgot to clock out';
export const ABSENCE_REASON = '=Hospital appointment';

/** Zoë's October 2030; the clock ends at 09:00 on 1 November. */
export function createEvidenceCafe(): EvidenceCafe {
  const clock = new SettableClock();
  const at = (iso: string) => clock.set(new Date(iso), true);
  at('2030-10-16T14:00:00Z');
  const { t, tom, kiosk } = createRotaCafe({ clock });
  const office = t.loginAs('manager');
  const zoe: Person = { ...ZOE, role: 'trainee', id: valueOf(office.call('staff.create', { displayName: ZOE.displayName, role: 'trainee', pin: ZOE.pin, badge: ZOE.badge })).id };
  valueOf(office.call('auth.logout', {}));

  const samId = t.person('supervisor').id;
  let sam: Screen = t.loginAs('supervisor');
  const shift = (date: string, start: string, end: string, stationId: string, traineeId = zoe.id, endsNextDay = false) =>
    plan(sam, { date, start, end, stationId, traineeId, supervisorId: samId, endsNextDay });
  const shifts = {
    late: shift('2030-10-21', '09:00', '13:00', 'station-till'),
    onTime: shift('2030-10-22', '12:00', '16:00', 'station-barista'),
    toms: shift('2030-10-22', '09:00', '13:00', 'station-kitchen', tom.id),
    absent: shift('2030-10-23', '09:00', '13:00', 'station-kitchen'),
    night: shift('2030-10-26', '22:00', '06:00', 'station-kitchen', zoe.id, true),
    cancelled: shift('2030-10-28', '09:00', '13:00', 'station-front'),
    uncertified: shift('2030-10-29', '12:00', '16:00', 'station-till'),
    waiting: shift('2030-10-31', '09:00', '13:00', 'station-till'),
  };
  publish(sam, '2030-10-21');
  publish(sam, '2030-10-28');

  at('2030-10-21T08:20:00Z'); // 09:20 BST
  valueOf(kiosk.call('attendance.clockIn', byBadge(zoe)));
  at('2030-10-21T10:00:00Z');
  valueOf(kiosk.call('attendance.startBreak', byPin(zoe)));
  at('2030-10-21T10:15:00Z');
  valueOf(kiosk.call('attendance.endBreak', byPin(zoe)));
  at('2030-10-22T11:02:00Z');
  valueOf(kiosk.call('attendance.clockIn', byPin(zoe)));
  at('2030-10-22T15:01:00Z');
  valueOf(kiosk.call('attendance.clockOut', byPin(zoe)));
  at('2030-10-25T09:00:00Z');
  sam = t.loginAs('supervisor');
  valueOf(sam.call('rota.removeShift', { shiftId: shifts.cancelled.id }));
  at('2030-10-26T20:58:00Z'); // 21:58 BST
  valueOf(kiosk.call('attendance.clockIn', byBadge(zoe)));
  at('2030-10-27T06:03:00Z'); // 06:03 GMT
  valueOf(kiosk.call('attendance.clockOut', byBadge(zoe)));
  at('2030-10-29T11:58:00Z');
  valueOf(kiosk.call('attendance.clockIn', byBadge(zoe)));
  at('2030-10-29T16:03:00Z');
  valueOf(kiosk.call('attendance.clockOut', byBadge(zoe)));

  at('2030-10-30T09:00:00Z');
  sam = t.loginAs('supervisor');
  valueOf(sam.call('hours.approveShift', { shiftId: shifts.late.id, attendance: 'late', end: '13:00', reason: LATE_REASON }));
  valueOf(sam.call('hours.approveShift', { shiftId: shifts.absent.id, attendance: 'absent', absenceAcceptable: true, reason: ABSENCE_REASON }));
  valueOf(sam.call('hours.approve', { shiftIds: [shifts.onTime.id, shifts.night.id, shifts.uncertified.id] }));

  at('2030-10-30T10:00:00Z');
  valueOf(t.loginAs('manager').call('hours.certify', { period: 'week', date: '2030-10-21', staffId: zoe.id }));
  at('2030-11-01T09:00:00Z');
  return { t, clock, zoe, tom, shifts };
}
