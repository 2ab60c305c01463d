import type { HoursFlag, Shift, ShiftAttendance, ShiftBreak } from '../../shared/contract/index.ts';
import { formatCafeClock, formatCafeTime } from '../../shared/dates.ts';

// Hours in words. The core counts every minute; these only say what it sent, in plain
// English and kindly: lateness and absence are support information, never discipline.

/** "7 hours 30 minutes", "1 hour", "45 minutes", "0 hours". */
export function durationWords(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const hours = h === 1 ? '1 hour' : `${h} hours`;
  const mins = m === 1 ? '1 minute' : `${m} minutes`;
  const words = h === 0 && m > 0 ? mins : m === 0 ? hours : `${hours} ${mins}`;
  return minutes < 0 ? `minus ${words}` : words;
}

function cafeDay(at: string): string {
  return formatCafeTime(at, 'yyyy-MM-dd');
}

/** "09:00–13:00", "22:00–06:00 next day", "09:12 – no clock-out yet". */
export function spanWords(startAt: string | null, endAt: string | null, missingEnd = 'no clock-out'): string {
  if (!startAt) return endAt ? `? – ${formatCafeClock(endAt)}` : '–';
  if (!endAt) return `${formatCafeClock(startAt)} – ${missingEnd}`;
  const nextDay = cafeDay(endAt) > cafeDay(startAt) ? ' next day' : '';
  return `${formatCafeClock(startAt)}–${formatCafeClock(endAt)}${nextDay}`;
}

/** The plan on the café's clock, as the rota has it. */
export function scheduledWords(shift: Pick<Shift, 'start' | 'end' | 'endsNextDay' | 'unplanned'>): string {
  if (!shift.start || !shift.end) return shift.unplanned ? 'Not planned' : '–';
  return `${shift.start}–${shift.end}${shift.endsNextDay ? ' next day' : ''}`;
}

export function clockedWords(shift: Pick<Shift, 'clockedInAt' | 'clockedOutAt'>): string {
  if (!shift.clockedInAt) return 'Not clocked in';
  return spanWords(shift.clockedInAt, shift.clockedOutAt);
}

/** "10:30–10:45", one per break, "still on break" for one going on. */
export function breakWords(breaks: readonly ShiftBreak[]): string[] {
  return breaks.map((b) => `${spanWords(b.startAt, b.endAt, 'still on break')}${b.paid ? ' (paid)' : ''}`);
}

/** What the trainee reads about a shift of theirs. */
export function myAttendanceWords(shift: Pick<Shift, 'attendance' | 'approval' | 'unplanned' | 'confirmed' | 'clockedInAt'>): string {
  const a = shift.attendance;
  if (a) return kindAttendance(a);
  if (shift.unplanned && !shift.confirmed) return 'Not on the rota: a supervisor will confirm it';
  if (shift.clockedInAt) return 'Waiting for a supervisor to approve';
  return 'Not approved yet';
}

function kindAttendance(a: ShiftAttendance): string {
  switch (a.status) {
    case 'attended':
      return 'Worked';
    case 'late':
      return `Worked, arrived ${a.lateMinutes === null ? 'late' : `${durationWords(a.lateMinutes)} late`}${a.reason ? ` (${a.reason})` : ''}`;
    case 'absent':
      return `Not in${a.reason ? `: ${a.reason}` : ''}`;
    case 'cancelled':
      return 'Cancelled by the café';
  }
}

/** What a supervisor reads: the same facts, with whether an absence was acceptable. */
export function attendanceWords(a: ShiftAttendance): string {
  switch (a.status) {
    case 'attended':
      return 'Attended';
    case 'late':
      return `Late${a.lateMinutes === null ? '' : ` by ${durationWords(a.lateMinutes)}`}${a.reason ? `: ${a.reason}` : ''}`;
    case 'absent':
      return `Absent${a.reason ? `: ${a.reason}` : ''}${a.acceptable === null ? '' : a.acceptable ? ' (acceptable)' : ' (not acceptable)'}`;
    case 'cancelled':
      return 'Cancelled by the café';
  }
}

export type FlagTone = 'attention' | 'info' | 'done';

export interface FlagWords {
  text: string;
  tone: FlagTone;
}

/** A day-view flag in words, most pressing first in `flagList`. */
export function flagWords(flag: HoursFlag, lateMinutes: number | null): FlagWords {
  switch (flag) {
    case 'no_clock_out':
      return { text: 'Forgot to clock out', tone: 'attention' };
    case 'unplanned':
      return { text: 'Not planned: confirm it with a station', tone: 'attention' };
    case 'not_clocked_in':
      return { text: 'Not clocked in', tone: 'attention' };
    case 'late':
      return { text: lateMinutes === null ? 'Late' : `Late by ${durationWords(lateMinutes)}`, tone: 'attention' };
    case 'left_early':
      return { text: 'Left early', tone: 'attention' };
    case 'stayed_late':
      return { text: 'Stayed late', tone: 'attention' };
    case 'on_break':
      return { text: 'On a break', tone: 'info' };
    case 'on_shift':
      return { text: 'On shift now', tone: 'info' };
    case 'approved':
      return { text: 'Approved', tone: 'done' };
    case 'locked':
      return { text: 'Certified: locked', tone: 'done' };
  }
}

const ORDER: readonly HoursFlag[] = ['no_clock_out', 'unplanned', 'not_clocked_in', 'late', 'left_early', 'stayed_late', 'on_break', 'on_shift', 'approved', 'locked'];

export function flagList(flags: readonly HoursFlag[], lateMinutes: number | null): FlagWords[] {
  return [...flags].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).map((f) => flagWords(f, lateMinutes));
}
