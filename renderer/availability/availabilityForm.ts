import type { InputOf, TimeOff, UnavailableTime } from '../../shared/contract/index.ts';
import { tidyTime } from '../rota/shiftForm.ts';
import { daysInMonth, dayInWords, monthName, weekdayName } from '../rota/week.ts';

// The availability forms as typed, and the words for what is on the list. A date is typed as
// day, month and year in three boxes; a day that does not exist is said so before sending.

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate: DateParts = { day: '', month: '', year: '' };

export type DayCheck = { ok: true; day: string } | { ok: false; message: string };

/** The date typed, as "2026-04-06", or what is wrong with it in words. */
export function dayFromParts(parts: DateParts, label: string): DayCheck {
  const [d, m, y] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (d === '' && m === '' && y === '') return { ok: false, message: `Enter the ${label}: day, month and year.` };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) {
    return { ok: false, message: `Enter the ${label} as numbers, like 6 4 ${y.length === 4 ? y : '2026'} for 6 April.` };
  }
  const [day, month, year] = [Number(d), Number(m), Number(y)];
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}: the month is a number from 1 to 12.` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const leap = month === 2 ? ' that year' : '';
    return { ok: false, message: `${day} ${monthName(month)} ${year} does not exist: ${monthName(month)} has ${last} days${leap}.` };
  }
  return { ok: true, day: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

export function partsOfDay(day: string): DateParts {
  return { day: String(Number(day.slice(8, 10))), month: String(Number(day.slice(5, 7))), year: day.slice(0, 4) };
}

export interface UnavailableDraft {
  /** '1' (Monday) to '7' (Sunday); '' until chosen. */
  weekday: string;
  from: string;
  to: string;
  note: string;
}

export const emptyUnavailable: UnavailableDraft = { weekday: '', from: '', to: '', note: '' };

export function unavailableInput(d: UnavailableDraft, staffId: string | undefined): InputOf<'availability.addUnavailable'> {
  return { ...(staffId ? { staffId } : {}), weekday: Number(d.weekday || 0), from: tidyTime(d.from), to: tidyTime(d.to), note: d.note };
}

export function unavailableDraftOf(u: UnavailableTime): UnavailableDraft {
  return { weekday: String(u.weekday), from: u.from, to: u.to, note: u.note ?? '' };
}

export interface TimeOffDraft {
  from: DateParts;
  to: DateParts;
  reason: string;
}

export const emptyTimeOff: TimeOffDraft = { from: emptyDate, to: emptyDate, reason: '' };

export type TimeOffCheck = { ok: true; input: InputOf<'availability.addTimeOff'> } | { ok: false; field: 'from' | 'to'; message: string };

/** A one-day absence needs only the first day: the last day is then the same. */
export function timeOffInput(d: TimeOffDraft, staffId: string | undefined): TimeOffCheck {
  const from = dayFromParts(d.from, 'first day');
  if (!from.ok) return { ok: false, field: 'from', message: from.message };
  const blank = d.to.day.trim() === '' && d.to.month.trim() === '' && d.to.year.trim() === '';
  const to = blank ? from : dayFromParts(d.to, 'last day');
  if (!to.ok) return { ok: false, field: 'to', message: to.message };
  return { ok: true, input: { ...(staffId ? { staffId } : {}), from: from.day, to: to.day, reason: d.reason } };
}

export function timeOffDraftOf(t: TimeOff): TimeOffDraft {
  return { from: partsOfDay(t.from), to: partsOfDay(t.to), reason: t.reason ?? '' };
}

/** "Tuesdays 09:00–12:00 (College)"; "all day" for 00:00–24:00. */
export function unavailableWords(u: Pick<UnavailableTime, 'weekday' | 'from' | 'to' | 'note'>): string {
  const times = u.from === '00:00' && u.to === '24:00' ? 'all day' : `${u.from}–${u.to}`;
  return `${weekdayName(u.weekday)}s ${times}${u.note ? ` (${u.note})` : ''}`;
}

/** "Monday 6 April 2026", or "Monday 6 April 2026 to Friday 10 April 2026 (Holiday)". */
export function timeOffWords(t: Pick<TimeOff, 'from' | 'to' | 'reason'>): string {
  const days = t.from === t.to ? dayInWords(t.from, true) : `${dayInWords(t.from, true)} to ${dayInWords(t.to, true)}`;
  return `${days}${t.reason ? ` (${t.reason})` : ''}`;
}

export const weekdayChoices: readonly { value: string; label: string }[] = [
  { value: '', label: 'Choose a day' },
  ...Array.from({ length: 7 }, (_, i) => ({ value: String(i + 1), label: weekdayName(i + 1) })),
];
