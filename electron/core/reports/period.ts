import { TZDate } from '@date-fns/tz';
import { CAFE_TIME_ZONE } from '../../../shared/dates.ts';
import { fail } from '../errors.ts';

// A range of café days (Europe/London, both ends included) as the UTC instants the journal
// stores: from the first day's midnight in London to the midnight after the last day. A
// day is 23 or 25 hours long at a clock change; the time zone database decides, not us.

export interface Period {
  /** Inclusive, UTC ISO. */
  fromAt: string;
  /** Exclusive, UTC ISO. */
  toAt: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a real calendar day, or a refusal naming `field` ("2026-02-30" is not one). */
export function calendarDay(text: string, field: string): { year: number; month: number; day: number } {
  const m = ISO_DAY.exec(text);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!m || year < 1 || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    fail('invalid_input', `${text} is not a date on the calendar: enter a date like 2026-04-01.`, { field });
  }
  return { year, month, day };
}

/** Midnight at the start of a café day, as a UTC instant. */
export function cafeMidnight(year: number, month: number, day: number): Date {
  return new Date(new TZDate(year, month - 1, day, CAFE_TIME_ZONE).getTime());
}

/** The UTC instants covering the café days `from` to `to`, both included. */
export function cafePeriod(from: string, to: string): Period {
  const start = calendarDay(from, 'from');
  const end = calendarDay(to, 'to');
  if (to < from) fail('invalid_input', 'The end date must be on or after the start date.', { field: 'to' });
  return {
    fromAt: cafeMidnight(start.year, start.month, start.day).toISOString(),
    toAt: cafeMidnight(end.year, end.month, end.day + 1).toISOString(),
  };
}
