// Café days ("2030-10-27") and the weeks and months made of them, as plain strings: the
// screens pick days and say them in words; the core works out the instants.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function utcOf(day: string): Date {
  const m = DAY.exec(day);
  if (!m) throw new Error(`Not a café day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  return m !== null && dayOf(utcOf(text)) === text;
}

export function addDays(day: string, days: number): string {
  const d = utcOf(day);
  d.setUTCDate(d.getUTCDate() + days);
  return dayOf(d);
}

/** The Monday of the week holding `day` (weeks run Monday to Sunday). */
export function mondayOf(day: string): string {
  const weekday = utcOf(day).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function lastOfMonth(day: string): string {
  const d = utcOf(firstOfMonth(day));
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return dayOf(d);
}

export type PeriodKind = 'week' | 'month';

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

/** The week (Monday to Sunday) or calendar month holding `day`, as the core certifies it. */
export function periodOf(kind: PeriodKind, day: string): Period {
  return kind === 'week' ? { kind, from: mondayOf(day), to: addDays(mondayOf(day), 6) } : { kind, from: firstOfMonth(day), to: lastOfMonth(day) };
}

/** "Tuesday 1 October 2030" */
export function dayWords(day: string): string {
  const d = utcOf(day);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Tue 1 Oct" */
export function shortDayWords(day: string): string {
  const d = utcOf(day);
  return `${WEEKDAYS[d.getUTCDay()]?.slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]?.slice(0, 3)}`;
}

/** "October 2030", or "the week of Monday 30 September 2030". */
export function periodWords(period: Pick<Period, 'kind' | 'from'>): string {
  if (period.kind === 'month') {
    const d = utcOf(period.from);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
  return `the week of ${dayWords(period.from)}`;
}
