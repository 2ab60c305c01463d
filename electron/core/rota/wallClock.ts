import { tzOffset } from '@date-fns/tz';
import { CAFE_TIME_ZONE } from '../../../shared/dates.ts';
import { fail } from '../errors.ts';

// The café's wall clock (Europe/London) and the UTC instants Apron stores. Café days are
// 'YYYY-MM-DD' text; calendar arithmetic on them is done in UTC, where every day has 24
// hours, and only the step from a day and a time to an instant asks the time zone.

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

function timeParts(time: string): [number, number] {
  const [h, m] = time.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = dayParts(day);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const [y, m, d] = dayParts(day);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}

export function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function lastOfMonth(day: string): string {
  const [y, m] = dayParts(day);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  const [a, b, c] = dayParts(from);
  const [x, y, z] = dayParts(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / DAY_MS);
}

/**
 * The café's wall clock at an instant as ISO text ('2030-10-27T01:30:00.000'): the instant
 * moved by London's offset then. The same answer as `formatCafeTime`, at a twentieth of its
 * cost, which matters when a week's grid shows hundreds of shifts.
 */
function cafeWallClock(at: Date | string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + tzOffset(CAFE_TIME_ZONE, new Date(ms)) * MINUTE_MS).toISOString();
}

/** The café day an instant falls on. */
export function cafeDayOf(at: Date | string): string {
  return cafeWallClock(at).slice(0, 10);
}

/** "09:30" on the café's clock. */
export function cafeClockOf(at: Date | string): string {
  return cafeWallClock(at).slice(11, 16);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Sunday 27 October 2030". */
export function dayInWords(day: string): string {
  const [y, m, d] = dayParts(day);
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return `${names[weekdayOf(day) - 1] ?? ''} ${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** A certified period in words: "the week of Monday 4 November 2030" or "October 2030". */
export function periodWords(kind: 'week' | 'month', from: string): string {
  return kind === 'week' ? `the week of ${dayInWords(from)}` : `${MONTHS[Number(from.slice(5, 7)) - 1] ?? ''} ${from.slice(0, 4)}`;
}

export function minutesBetween(from: Date | string, to: Date | string): number {
  return Math.round((new Date(to).getTime() - new Date(from).getTime()) / MINUTE_MS);
}

/**
 * Every instant at which the café's clock reads `time` on `day`, earliest first: none in the
 * hour skipped when the clocks go forward in March, two in the hour repeated when they go
 * back in October, one otherwise. London's offset at the moment is one of the offsets in
 * force a day either side of it, so those are the only candidates to check.
 */
export function wallClockInstants(day: string, time: string): Date[] {
  const [y, m, d] = dayParts(day);
  const [hh, mm] = timeParts(time);
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const offsets = new Set([tzOffset(CAFE_TIME_ZONE, new Date(naive - DAY_MS)), tzOffset(CAFE_TIME_ZONE, new Date(naive + DAY_MS))]);
  return [...offsets]
    .map((offset) => ({ offset, at: naive - offset * MINUTE_MS }))
    .filter(({ offset, at }) => tzOffset(CAFE_TIME_ZONE, new Date(at)) === offset)
    .map(({ at }) => new Date(at))
    .sort((a, b) => a.getTime() - b.getTime());
}

/**
 * The instant the café's clock reads `time` on `day`. A time that happens twice (01:00–01:59
 * on the last Sunday of October) is the FIRST of the two, still British Summer Time: a shift
 * "from 01:30" that night starts when the clock first reads 01:30, which is what a person
 * reading the rota would expect, and a later time on the same night is then never before an
 * earlier one. A time that does not happen (01:00–01:59 on the last Sunday of March) is
 * refused naming `field`; nothing is guessed.
 */
export function wallClockInstant(day: string, time: string, field: string): Date {
  const first = wallClockInstants(day, time)[0];
  if (!first) {
    fail('invalid_input', `There is no ${time} on ${dayInWords(day)}: the clocks go forward an hour that night. Choose a time outside the missing hour.`, { field });
  }
  return first;
}

/**
 * For windows of unavailability, which must always land somewhere: a time in the skipped
 * hour is taken as the moment the clocks jump (so "from 01:30" covers from 02:00 BST).
 */
export function wallClockInstantOrAfter(day: string, time: string): Date {
  if (time === '24:00') return wallClockInstantOrAfter(addDays(day, 1), '00:00');
  const first = wallClockInstants(day, time)[0];
  if (first) return first;
  // London skips whole hours, so the clock next reads a time at the top of the next hour.
  const [hh] = timeParts(time);
  return wallClockInstantOrAfter(day, `${String(hh + 1).padStart(2, '0')}:00`);
}

/** A shift's start and end from the café's clock; the end on the next day for a night shift. */
export function shiftInstants(day: string, start: string, end: string, endsNextDay: boolean, fields: { start: string; end: string } = { start: 'start', end: 'end' }): { startAt: Date; endAt: Date } {
  const startAt = wallClockInstant(day, start, fields.start);
  const endAt = wallClockInstant(endsNextDay ? addDays(day, 1) : day, end, fields.end);
  if (endAt.getTime() <= startAt.getTime()) {
    fail('invalid_input', 'The shift must end after it starts. For a night shift, say it ends the next day.', { field: fields.end });
  }
  return { startAt, endAt };
}
