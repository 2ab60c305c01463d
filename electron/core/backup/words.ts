import { cafeClockOf, cafeDayOf, dayInWords } from '../rota/wallClock.ts';

/** "Tuesday 29 October 2030 at 14:05" on the café's clock. */
export function timeInWords(at: string): string {
  return `${dayInWords(cafeDayOf(at))} at ${cafeClockOf(at)}`;
}

/** "2.1 MB", "640 KB". */
export function bytesInWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
