import { formatCafeTime } from '../../shared/dates.ts';

// Date ranges for the VAT summary, as the YYYY-MM-DD strings the date boxes and the core
// use. Pure: "today" is passed in (the café's date, Europe/London).

export interface DateRange {
  from: string;
  to: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parts(day: string): { y: number; m: number } {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)) };
}

/** Days in month m (1–12) of year y. */
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthRange(y: number, m: number): DateRange {
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(daysIn(y, m))}` };
}

/** Months back from (y, m): monthsBefore(2026, 2, 3) is November 2025. */
function monthsBefore(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) - n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The whole of this month, 1st to last day. */
export function thisMonth(today: string): DateRange {
  const { y, m } = parts(today);
  return monthRange(y, m);
}

/** The three whole months before this month: a VAT quarter that ended at the last month-end. */
export function lastQuarter(today: string): DateRange {
  const { y, m } = parts(today);
  const first = monthsBefore(y, m, 3);
  const last = monthsBefore(y, m, 1);
  return { from: monthRange(first.y, first.m).from, to: monthRange(last.y, last.m).to };
}

/** "1 Aug to 31 Oct 2026", for the quick-pick buttons. */
export function describeRange(range: DateRange): string {
  const at = (day: string) => `${day}T12:00:00Z`;
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  return `${formatCafeTime(at(range.from), sameYear ? 'd MMM' : 'd MMM yyyy')} to ${formatCafeTime(at(range.to), 'd MMM yyyy')}`;
}

/** apron-vat-2026-08-01-to-2026-10-31.csv */
export function vatCsvFileName(range: DateRange): string {
  return `apron-vat-${range.from}-to-${range.to}.csv`;
}

/** Today in the café (Europe/London), whatever zone the PC is set to. */
export function cafeToday(now: Date): string {
  return formatCafeTime(now, 'yyyy-MM-dd');
}

/** "Saturday 1 August 2026 to Saturday 31 October 2026": the boxes in words, whatever format the PC shows dates in. */
export function rangeInWords(range: DateRange): string | null {
  const ok = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T12:00:00Z`));
  if (!ok(range.from) || !ok(range.to)) return null;
  const words = (day: string) => formatCafeTime(`${day}T12:00:00Z`, 'EEEE d MMMM yyyy');
  return `${words(range.from)} to ${words(range.to)}`;
}
