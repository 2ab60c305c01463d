import { formatCafeTime } from '../../shared/dates.ts';

// Café days as 'YYYY-MM-DD' text, as the core takes and gives them. Calendar arithmetic on
// them is done in UTC, where every day has 24 hours; only "today" asks the café's time zone.

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function parts(day: string): { y: number; m: number; d: number } {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

/** The café's date now, "2026-03-18", whatever zone the PC is set to. */
export function cafeToday(now: Date): string {
  return formatCafeTime(now, 'yyyy-MM-dd');
}

export function addDays(day: string, days: number): string {
  const { y, m, d } = parts(day);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const { y, m, d } = parts(day);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}

/** Monday to Sunday of the week starting `monday`. */
export function daysOfWeek(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function weekdayName(weekday: number): string {
  return DAY_NAMES[weekday - 1] ?? '';
}

export const weekdayNames: readonly string[] = DAY_NAMES;

/** "Monday 23 March", or with the year: "Monday 23 March 2026". */
export function dayInWords(day: string, withYear = false): string {
  const { y, m, d } = parts(day);
  return `${weekdayName(weekdayOf(day))} ${d} ${MONTH_NAMES[m - 1] ?? ''}${withYear ? ` ${y}` : ''}`;
}

/** "Mon 23 Mar", for the grid's column headings. */
export function dayShort(day: string): string {
  const { d, m } = parts(day);
  return `${weekdayName(weekdayOf(day)).slice(0, 3)} ${d} ${(MONTH_NAMES[m - 1] ?? '').slice(0, 3)}`;
}

/** "Week of Monday 23 March 2026". */
export function weekHeading(monday: string): string {
  return `Week of ${dayInWords(monday, true)}`;
}

/** How the week shown stands to today's: "This week", "Next week", "Last week", or nothing. */
export function weekRelation(monday: string, today: string): string | null {
  const diff = Math.round((Date.parse(`${monday}T00:00:00Z`) - Date.parse(`${mondayOf(today)}T00:00:00Z`)) / (7 * 24 * 3600 * 1000));
  if (diff === 0) return 'This week';
  if (diff === 1) return 'Next week';
  if (diff === -1) return 'Last week';
  return null;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** Days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
