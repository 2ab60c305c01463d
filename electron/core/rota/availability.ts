import type { Availability, ParsedInputOf } from '../../../shared/contract/index.ts';
import type { Caller, ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { getStaff } from '../people/staffRows.ts';
import { dayInWords } from './wallClock.ts';

// When people cannot work: weekly times (college on Tuesday mornings) and days off. A trainee
// keeps their own; a supervisor or manager keeps anyone's. The rota grid warns about a shift
// planned across them, it does not refuse it.

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Whose availability this is: the caller's own, or anyone's for a supervisor. */
function whose(db: ReadDb, caller: Caller | null, staffId: string | undefined): { id: string; displayName: string } {
  const me = caller ?? fail('forbidden', 'Please log in first.');
  const id = staffId ?? me.id;
  if (me.role === 'trainee' && id !== me.id) fail('forbidden', `${me.displayName}, you can only see and change your own availability. A supervisor can change anyone's.`, { field: 'staffId' });
  const row = getStaff(db, id);
  return { id: row.id, displayName: row.display_name };
}

export function readAvailability(db: ReadDb, staff: { id: string; displayName: string }): Availability {
  return {
    staff,
    unavailable: db
      .prepare<[string], Availability['unavailable'][number]>(
        'SELECT id, weekday, start_time AS "from", end_time AS "to", note FROM unavailable_times WHERE staff_id = ? ORDER BY weekday, start_time',
      )
      .all(staff.id),
    timeOff: db
      .prepare<[string], Availability['timeOff'][number]>('SELECT id, from_day AS "from", to_day AS "to", reason FROM time_off WHERE staff_id = ? ORDER BY from_day')
      .all(staff.id),
  };
}

export function listAvailability(ctx: ReadContext, input: ParsedInputOf<'availability.list'>): Availability {
  return readAvailability(ctx.db, whose(ctx.db, ctx.caller, input.staffId));
}

function weeksOf(ctx: WriteContext): void {
  // The grid's conflicts change with availability: every week could be affected, so screens reload the one they show.
  ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
}

export function addUnavailable(ctx: WriteContext, input: ParsedInputOf<'availability.addUnavailable'>): Availability {
  const staff = whose(ctx.db, ctx.caller, input.staffId);
  const id = ctx.ids();
  ctx.db
    .prepare('INSERT INTO unavailable_times (id, staff_id, weekday, start_time, end_time, note, created_at, created_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, staff.id, input.weekday, input.from, input.to, input.note, ctx.now.toISOString(), ctx.caller?.id ?? null);
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `${staff.displayName} cannot work ${WEEKDAYS[input.weekday - 1] ?? ''}s ${input.from}–${input.to}` });
  weeksOf(ctx);
  return readAvailability(ctx.db, staff);
}

export function addTimeOff(ctx: WriteContext, input: ParsedInputOf<'availability.addTimeOff'>): Availability {
  const staff = whose(ctx.db, ctx.caller, input.staffId);
  const id = ctx.ids();
  ctx.db
    .prepare('INSERT INTO time_off (id, staff_id, from_day, to_day, reason, created_at, created_by_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, staff.id, input.from, input.to, input.reason, ctx.now.toISOString(), ctx.caller?.id ?? null);
  const dates = input.from === input.to ? `on ${dayInWords(input.from)}` : `from ${dayInWords(input.from)} to ${dayInWords(input.to)}`;
  // The reason is the person's own business: it stays on their record, not in the audit log.
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `Time off for ${staff.displayName} ${dates}` });
  weeksOf(ctx);
  return readAvailability(ctx.db, staff);
}

export function removeAvailability(ctx: WriteContext, input: ParsedInputOf<'availability.remove'>): Availability {
  const found =
    ctx.db.prepare<[string], { staff_id: string; kind: string }>("SELECT staff_id, 'unavailable' AS kind FROM unavailable_times WHERE id = ?").get(input.id) ??
    ctx.db.prepare<[string], { staff_id: string; kind: string }>("SELECT staff_id, 'time_off' AS kind FROM time_off WHERE id = ?").get(input.id) ??
    fail('not_found', 'That time is not on the list any more.', { field: 'id' });
  const staff = whose(ctx.db, ctx.caller, found.staff_id);
  ctx.db.prepare(found.kind === 'unavailable' ? 'DELETE FROM unavailable_times WHERE id = ?' : 'DELETE FROM time_off WHERE id = ?').run(input.id);
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `Removed ${found.kind === 'unavailable' ? 'a time' : 'time off'} ${staff.displayName} could not work` });
  weeksOf(ctx);
  return readAvailability(ctx.db, staff);
}
