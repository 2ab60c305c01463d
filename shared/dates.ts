import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

// Times are stored as UTC ISO strings and shown as the café's wall clock. One helper, so
// the core (receipts, reports) and the screens agree, whatever zone the PC is set to.

export const CAFE_TIME_ZONE = 'Europe/London';

/** A moment as a date in the café's time zone, for date-fns to format or compare. */
export function inCafeTime(at: string | Date): TZDate {
  return new TZDate(typeof at === 'string' ? Date.parse(at) : at.getTime(), CAFE_TIME_ZONE);
}

/** "22 Nov 2026, 23:07:18" in Europe/London; `pattern` is a date-fns format. */
export function formatCafeTime(at: string | Date, pattern = 'd MMM yyyy, HH:mm:ss'): string {
  return format(inCafeTime(at), pattern);
}

/** "14:05" in Europe/London. */
export function formatCafeClock(at: string | Date): string {
  return formatCafeTime(at, 'HH:mm');
}
