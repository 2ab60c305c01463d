import { cafeClockOf, cafeDayOf, dayInWords } from '../rota/wallClock.ts';

/** "Tuesday 29 October 2030 at 14:05" on the café's clock. */
export function timeInWords(at: string): string {
  return `${dayInWords(cafeDayOf(at))} at ${cafeClockOf(at)}`;
}
