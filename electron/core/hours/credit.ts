import type { HoursFlag } from '../../../shared/contract/index.ts';
import { unpaidBreakMinutes, type BreakRow, type ShiftRow } from '../rota/shiftRows.ts';
import { addDays, minutesBetween, wallClockInstantOrAfter } from '../rota/wallClock.ts';

// The rules of placement hours, as pure functions of a shift, its breaks and the time now.
// Lengths are between UTC instants, so a shift across a clock change is credited its real
// length: 22:00–06:00 is nine hours on the October night and seven in March.

/** Approved time less unpaid breaks, never below nothing. */
export function creditedMinutes(startAt: string, endAt: string, unpaidBreak: number): number {
  return Math.max(0, minutesBetween(startAt, endAt) - unpaidBreak);
}

/** An instant to the whole minute, as approved times are kept: the clock's seconds are not hours. */
export function toMinute(at: string): string {
  const ms = Date.parse(at);
  return new Date(ms - (ms % 60000)).toISOString();
}

/** The end of the shift's café day: midnight after it, or the planned end if later (a night shift). */
export function endOfShiftDay(row: Pick<ShiftRow, 'day' | 'end_at'>): string {
  const midnight = wallClockInstantOrAfter(addDays(row.day, 1), '00:00').toISOString();
  return row.end_at && row.end_at > midnight ? row.end_at : midnight;
}

/** Clocked in and out within `tolerance` minutes of the plan, with no break still going on. */
export function matchesPlan(row: ShiftRow, breaks: readonly BreakRow[], tolerance: number): boolean {
  if (!row.start_at || !row.end_at || !row.clock_in_at || !row.clock_out_at || row.unplanned === 1) return false;
  if (breaks.some((b) => b.end_at === null)) return false;
  return Math.abs(minutesBetween(row.start_at, row.clock_in_at)) <= tolerance && Math.abs(minutesBetween(row.end_at, row.clock_out_at)) <= tolerance;
}

/** Minutes late by the clock, when past the tolerance. */
export function lateByClock(row: ShiftRow, tolerance: number): number | null {
  if (!row.start_at || !row.clock_in_at) return null;
  const late = minutesBetween(row.start_at, row.clock_in_at);
  return late > tolerance ? late : null;
}

/**
 * What a supervisor should look at. A shift still clocked in once its planned end (and the
 * tolerance) has passed, or once its café day is over, is `no_clock_out`: flagged, not guessed.
 */
export function hoursFlags(row: ShiftRow, breaks: readonly BreakRow[], now: Date, tolerance: number, locked: boolean): HoursFlag[] {
  const flags: HoursFlag[] = [];
  const at = now.toISOString();
  const settled = row.approved_at !== null || row.attendance === 'cancelled';
  if (row.approved_at) flags.push('approved');
  if (locked) flags.push('locked');
  if (row.unplanned === 1 && row.confirmed_at === null) flags.push('unplanned');
  if (row.start_at && !row.clock_in_at && !settled) {
    if (Date.parse(at) > Date.parse(row.start_at) + tolerance * 60000) flags.push('not_clocked_in');
  }
  if (lateByClock(row, tolerance) !== null) flags.push('late');
  if (row.end_at && row.clock_out_at) {
    const off = minutesBetween(row.end_at, row.clock_out_at);
    if (off < -tolerance) flags.push('left_early');
    if (off > tolerance) flags.push('stayed_late');
  }
  if (row.clock_in_at && !row.clock_out_at) {
    if (breaks.some((b) => b.end_at === null)) flags.push('on_break');
    const plannedEndPassed = row.end_at !== null && Date.parse(at) > Date.parse(row.end_at) + tolerance * 60000;
    flags.push(plannedEndPassed || at >= endOfShiftDay(row) ? 'no_clock_out' : 'on_shift');
  }
  return flags;
}

/** What the shift would credit approved as planned (when it matches) or as clocked. */
export function proposedCredit(row: ShiftRow, breaks: readonly BreakRow[], tolerance: number): number | null {
  if (!row.clock_in_at || !row.clock_out_at) return null;
  const unpaid = unpaidBreakMinutes(breaks, row.clock_out_at);
  if (matchesPlan(row, breaks, tolerance) && row.start_at && row.end_at) return creditedMinutes(row.start_at, row.end_at, unpaid);
  return creditedMinutes(toMinute(row.clock_in_at), toMinute(row.clock_out_at), unpaid);
}
