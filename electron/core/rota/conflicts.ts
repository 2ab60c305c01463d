import type { RotaConflict, RotaSettings } from '../../../shared/contract/index.ts';
import { addDays, cafeClockOf, cafeDayOf, dayInWords, minutesBetween, wallClockInstantOrAfter, weekdayOf } from './wallClock.ts';

// What the rota grid warns about, as pure functions of the shifts and people's availability.
// Only a double booking is refused when a shift is planned (one person cannot be in two
// places); the grid still reports one, in case a swap or an old week holds one.

export interface PlannedShift {
  id: string;
  day: string;
  startAt: string;
  endAt: string;
  traineeId: string | null;
  traineeName: string;
  stationName: string;
}

export interface UnavailableWindow {
  staffId: string;
  weekday: number;
  from: string;
  to: string;
  note: string | null;
}

export interface TimeOffDays {
  staffId: string;
  from: string;
  to: string;
  reason: string | null;
}

export interface Availabilities {
  unavailable: readonly UnavailableWindow[];
  timeOff: readonly TimeOffDays[];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function durationInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? '1 hour' : `${h} hours`;
  const mins = m === 1 ? '1 minute' : `${m} minutes`;
  if (h === 0) return mins;
  return m === 0 ? hours : `${hours} ${mins}`;
}

function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart < bEnd && bStart < aEnd;
}

function when(shift: PlannedShift): string {
  return `${shift.stationName} ${cafeClockOf(shift.startAt)}–${cafeClockOf(shift.endAt)} on ${dayInWords(shift.day)}`;
}

/** The café days a shift touches: its own, and the next for a night shift. */
function daysTouched(shift: PlannedShift): string[] {
  const last = cafeDayOf(shift.endAt);
  const days = [shift.day];
  // A shift ending exactly at midnight does not touch the next day.
  if (last > shift.day && cafeClockOf(shift.endAt) !== '00:00') days.push(addDays(shift.day, 1));
  return days;
}

/** Two shifts of one person that overlap in time. */
export function doubleBookings(shift: PlannedShift, others: readonly PlannedShift[]): PlannedShift[] {
  if (!shift.traineeId) return [];
  return others.filter((o) => o.id !== shift.id && o.traineeId === shift.traineeId && overlaps(shift.startAt, shift.endAt, o.startAt, o.endAt));
}

/**
 * Conflicts of the shifts `reportOn` picks out, looking at every shift given (pass the days
 * either side of a week, so a short rest across the weekend is seen).
 */
export function rotaConflicts(shifts: readonly PlannedShift[], reportOn: (shift: PlannedShift) => boolean, people: Availabilities, settings: RotaSettings): RotaConflict[] {
  const conflicts: RotaConflict[] = [];
  const byPerson = new Map<string, PlannedShift[]>();
  for (const s of shifts) {
    if (!s.traineeId) continue;
    const list = byPerson.get(s.traineeId) ?? [];
    list.push(s);
    byPerson.set(s.traineeId, list);
  }

  for (const shift of shifts) {
    if (!reportOn(shift)) continue;
    const length = minutesBetween(shift.startAt, shift.endAt);
    if (length > settings.maxShiftMinutes) {
      conflicts.push({
        kind: 'too_long',
        shiftId: shift.id,
        otherShiftId: null,
        staffId: shift.traineeId,
        message: `This shift is ${durationInWords(length)}, longer than the ${durationInWords(settings.maxShiftMinutes)} the café allows.`,
      });
    }
    if (!shift.traineeId) continue;
    const staffId = shift.traineeId;
    const mine = byPerson.get(staffId) ?? [];

    for (const other of doubleBookings(shift, mine)) {
      conflicts.push({ kind: 'double_booking', shiftId: shift.id, otherShiftId: other.id, staffId, message: `${shift.traineeName} is also on ${when(other)}.` });
    }

    // Rest is between working days: two shifts on one day (Till, then Barista) are one day's work.
    const before = mine
      .filter((o) => o.id !== shift.id && o.day < shift.day && o.endAt <= shift.startAt)
      .sort((a, b) => (a.endAt < b.endAt ? 1 : -1))[0];
    if (before) {
      const rest = minutesBetween(before.endAt, shift.startAt);
      if (rest < settings.minRestMinutes) {
        conflicts.push({
          kind: 'too_little_rest',
          shiftId: shift.id,
          otherShiftId: before.id,
          staffId,
          message: `${shift.traineeName} has only ${durationInWords(rest)} of rest after ${when(before)}; the café asks for at least ${durationInWords(settings.minRestMinutes)}.`,
        });
      }
    }

    const days = daysTouched(shift);
    for (const window of people.unavailable) {
      if (window.staffId !== staffId) continue;
      for (const day of days) {
        if (weekdayOf(day) !== window.weekday) continue;
        const from = wallClockInstantOrAfter(day, window.from).toISOString();
        const to = wallClockInstantOrAfter(day, window.to).toISOString();
        if (overlaps(shift.startAt, shift.endAt, from, to)) {
          const note = window.note ? ` (${window.note})` : '';
          conflicts.push({
            kind: 'unavailable',
            shiftId: shift.id,
            otherShiftId: null,
            staffId,
            message: `${shift.traineeName} cannot work ${WEEKDAYS[window.weekday - 1] ?? ''}s ${window.from}–${window.to}${note}.`,
          });
          break;
        }
      }
    }

    for (const off of people.timeOff) {
      if (off.staffId !== staffId || !days.some((d) => d >= off.from && d <= off.to)) continue;
      const dates = off.from === off.to ? `on ${dayInWords(off.from)}` : `from ${dayInWords(off.from)} to ${dayInWords(off.to)}`;
      conflicts.push({ kind: 'time_off', shiftId: shift.id, otherShiftId: null, staffId, message: `${shift.traineeName} has time off ${dates}${off.reason ? ` (${off.reason})` : ''}.` });
    }
  }
  return conflicts;
}
