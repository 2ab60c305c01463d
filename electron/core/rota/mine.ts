import type { CalendarFile, MyShifts, ParsedInputOf } from '../../../shared/contract/index.ts';
import { openClockOf } from '../attendance/clock.ts';
import type { ReadContext } from '../context.ts';
import { fail } from '../errors.ts';
import { getStaff } from '../people/staffRows.ts';
import { calendarFilename, shiftsCalendar } from './calendar.ts';
import { shiftRows, toShifts } from './shiftRows.ts';
import { addDays, cafeDayOf } from './wallClock.ts';

// A person's own rota: the shift they are on now, the published shifts to come (a cancelled
// or changed one stays, marked, so nobody turns up for a shift that moved), and a calendar file.

export function myShifts(ctx: ReadContext): MyShifts {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const now = ctx.now.toISOString();
  const rows = shiftRows(
    ctx.db,
    "s.trainee_id = ? AND s.day >= ? AND s.state = 'published' AND s.unplanned = 0 AND s.end_at > ?",
    [caller.id, addDays(cafeDayOf(ctx.now), -1), now],
    's.start_at',
  ).slice(0, 60);
  return { clockedIn: openClockOf(ctx.db, caller.id, ctx.now), upcoming: toShifts(ctx.db, rows) };
}

/** How far back the calendar file reaches, so last week's shifts are still in it. */
const CALENDAR_PAST_DAYS = 28;

export function calendarFile(ctx: ReadContext, input: ParsedInputOf<'rota.calendar'>): CalendarFile {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const staffId = input.staffId ?? caller.id;
  if (caller.role === 'trainee' && staffId !== caller.id) fail('forbidden', `${caller.displayName}, you can only download your own shifts.`, { field: 'staffId' });
  const person = getStaff(ctx.db, staffId);
  const rows = shiftRows(ctx.db, "s.trainee_id = ? AND s.day >= ? AND s.state = 'published' AND s.unplanned = 0", [staffId, addDays(cafeDayOf(ctx.now), -CALENDAR_PAST_DAYS)], 's.start_at').slice(0, 500);
  const shifts = toShifts(ctx.db, rows).map((s, i) => ({ ...s, updatedAt: rows[i]?.updated_at ?? ctx.now.toISOString() }));
  const cafe = ctx.db.prepare<[], { name: string }>('SELECT name FROM cafe WHERE id = 1').get();
  return {
    filename: calendarFilename(person.display_name),
    text: shiftsCalendar(shifts, { cafeName: cafe?.name ?? 'the café', personName: person.display_name, now: ctx.now }),
  };
}
