import type { ClockAction, ClockResult, OpenClock, ParsedInputOf } from '../../../shared/contract/index.ts';
import { checkBadge, checkPin } from '../access/credentials.ts';
import type { WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { memoised } from '../db/versions.ts';
import { fail } from '../errors.ts';
import { toCaller, type StaffRow } from '../people/staffRows.ts';
import { breaksOf, loadShift, refuseIfCertified, shiftRows, type JoinedShiftRow } from '../rota/shiftRows.ts';
import { addDays, cafeClockOf, cafeDayOf, dayInWords } from '../rota/wallClock.ts';

// Clocking in and out, and breaks, at the kiosk. The person proves who they are with their
// badge or PIN, checked exactly as at log-in (the same wrong-PIN count and pause). A clock-in
// is linked to the shift planned for them around now; with none, an unplanned shift is
// started for a supervisor to confirm. A clock-out is only ever what the person did: a
// forgotten one stays open and is flagged to a supervisor, never filled in by Apron.

/**
 * A clock-in still open after this long was forgotten (no shift is longer: see the rota's
 * LONGEST_SHIFT_MINUTES). It no longer counts as being on shift: it does not stop the next
 * clock-in, and sales are not tied to it.
 */
export const FORGOTTEN_AFTER_MS = 16 * 60 * 60 * 1000;

/** A planned shift can be clocked into from this long before it starts. */
const EARLY_CLOCK_IN_MS = 2 * 60 * 60 * 1000;

interface OpenRow {
  id: string;
  clock_in_at: string;
}

/** The person's most recent clock-in with no clock-out (kept in memory while no shift has changed: every sale asks). */
function lastOpenClock(db: ReadDb, staffId: string): OpenRow | undefined {
  return memoised(db, 'shifts', `open:${staffId}`, () =>
    db
      .prepare<[string], OpenRow>('SELECT id, clock_in_at FROM shifts WHERE trainee_id = ? AND clock_in_at IS NOT NULL AND clock_out_at IS NULL ORDER BY clock_in_at DESC LIMIT 1')
      .get(staffId),
  );
}

function isForgotten(row: OpenRow, now: Date): boolean {
  return now.getTime() - Date.parse(row.clock_in_at) >= FORGOTTEN_AFTER_MS;
}

/** The shift the person is clocked in to now, if any (the shift a sale of theirs belongs to). */
export function currentShiftId(db: ReadDb, staffId: string, now: Date): string | null {
  const open = lastOpenClock(db, staffId);
  return open && !isForgotten(open, now) ? open.id : null;
}

export function openClockOf(db: ReadDb, staffId: string, now: Date): OpenClock | null {
  const id = currentShiftId(db, staffId, now);
  if (!id) return null;
  const shift = loadShift(db, id);
  const onBreak = shift.breaks.find((b) => b.endAt === null);
  return { shift, since: shift.clockedInAt ?? '', onBreakSince: onBreak?.startAt ?? null };
}

function identify(ctx: WriteContext, credential: ParsedInputOf<'attendance.clockIn'>['credential']): StaffRow {
  if ('pin' in credential) {
    // Named before the check, so that a wrong PIN is audited against the right person.
    ctx.note({ subjectType: 'staff', subjectId: credential.staffId });
    return checkPin(ctx.db, credential.staffId, credential.pin, ctx.now);
  }
  return checkBadge(ctx.db, credential.badge);
}

function firstName(row: StaffRow): string {
  return row.display_name.split(/\s+/)[0] ?? row.display_name;
}

function result(ctx: WriteContext, action: ClockAction, person: StaffRow, shiftId: string, message: string, summary: string): ClockResult {
  const shift = loadShift(ctx.db, shiftId);
  ctx.note({ actor: toCaller(person), subjectType: 'shift', subjectId: shiftId, summary });
  ctx.emit({ event: 'attendance.changed', payload: { staffId: person.id, action } });
  return { action, staff: { id: person.id, displayName: person.display_name }, at: ctx.now.toISOString(), shift, message };
}

function plannedWords(row: JoinedShiftRow): string {
  return `${row.station_name ?? 'your shift'}, ${cafeClockOf(row.start_at ?? '')} to ${cafeClockOf(row.end_at ?? '')}`;
}

/** The published shift planned for the person around now: the one starting nearest to now. */
function plannedNow(db: ReadDb, staffId: string, now: Date): JoinedShiftRow | undefined {
  const today = cafeDayOf(now);
  const at = now.getTime();
  return shiftRows(
    db,
    "s.trainee_id = ? AND s.day BETWEEN ? AND ? AND s.state = 'published' AND s.unplanned = 0 AND s.clock_in_at IS NULL AND s.approved_at IS NULL AND s.attendance IS NULL",
    [staffId, addDays(today, -1), today],
  )
    .filter((r) => Date.parse(r.start_at ?? '') - EARLY_CLOCK_IN_MS <= at && at < Date.parse(r.end_at ?? ''))
    .sort((a, b) => Math.abs(Date.parse(a.start_at ?? '') - at) - Math.abs(Date.parse(b.start_at ?? '') - at))[0];
}

/** The clock-in the person is on now, or a refusal that says what happened. */
function openShiftOf(db: ReadDb, person: StaffRow, now: Date, doing: string): OpenRow {
  const open = lastOpenClock(db, person.id);
  if (!open) fail('conflict', `${firstName(person)}, you are not clocked in, so you cannot ${doing}. Clock in first.`);
  if (isForgotten(open, now)) {
    fail('conflict', `${firstName(person)}, you are not clocked in now, so you cannot ${doing}. Your clock-in on ${dayInWords(cafeDayOf(open.clock_in_at))} was never clocked out: a supervisor will put it right.`);
  }
  return open;
}

function refuseIfLocked(db: ReadDb, shiftId: string): void {
  const row = shiftRows(db, 's.id = ?', [shiftId])[0];
  if (row) refuseIfCertified(db, row.day, row.trainee_id);
}

export function clockIn(ctx: WriteContext, input: ParsedInputOf<'attendance.clockIn'>): ClockResult {
  const person = identify(ctx, input.credential);
  const now = ctx.now.toISOString();
  const open = lastOpenClock(ctx.db, person.id);
  if (open && !isForgotten(open, ctx.now)) fail('conflict', `${firstName(person)}, you are already clocked in, since ${cafeClockOf(open.clock_in_at)}. To finish, clock out.`);

  const planned = plannedNow(ctx.db, person.id, ctx.now);
  if (planned) {
    refuseIfCertified(ctx.db, planned.day, person.id);
    ctx.db.prepare('UPDATE shifts SET clock_in_at = ?, updated_at = ? WHERE id = ?').run(now, now, planned.id);
    return result(ctx, 'clock_in', person, planned.id, `Welcome, ${firstName(person)}. You're clocked in for ${plannedWords(planned)}.`, `${person.display_name} clocked in at ${cafeClockOf(now)} for ${plannedWords(planned)}`);
  }
  const day = cafeDayOf(ctx.now);
  refuseIfCertified(ctx.db, day, person.id);
  const id = ctx.ids();
  ctx.db
    .prepare("INSERT INTO shifts (id, day, trainee_id, state, unplanned, clock_in_at, created_at, updated_at) VALUES (?, ?, ?, 'published', 1, ?, ?, ?)")
    .run(id, day, person.id, now, now, now);
  return result(
    ctx,
    'clock_in',
    person,
    id,
    `Welcome, ${firstName(person)}. You're clocked in. There was no shift planned for you now, so a supervisor will confirm it.`,
    `${person.display_name} clocked in at ${cafeClockOf(now)} with no shift planned (unplanned, for a supervisor to confirm)`,
  );
}

export function clockOut(ctx: WriteContext, input: ParsedInputOf<'attendance.clockOut'>): ClockResult {
  const person = identify(ctx, input.credential);
  const open = openShiftOf(ctx.db, person, ctx.now, 'clock out');
  refuseIfLocked(ctx.db, open.id);
  const now = ctx.now.toISOString();
  // A break still going on ends with the shift.
  const endedBreak = ctx.db.prepare('UPDATE shift_breaks SET end_at = ? WHERE shift_id = ? AND end_at IS NULL').run(now, open.id).changes > 0;
  ctx.db.prepare('UPDATE shifts SET clock_out_at = ?, updated_at = ? WHERE id = ?').run(now, now, open.id);
  return result(
    ctx,
    'clock_out',
    person,
    open.id,
    `Thank you, ${firstName(person)}. You're clocked out at ${cafeClockOf(now)}.`,
    `${person.display_name} clocked out at ${cafeClockOf(now)}${endedBreak ? ', ending their break' : ''}`,
  );
}

export function startBreak(ctx: WriteContext, input: ParsedInputOf<'attendance.startBreak'>): ClockResult {
  const person = identify(ctx, input.credential);
  const open = openShiftOf(ctx.db, person, ctx.now, 'start a break');
  refuseIfLocked(ctx.db, open.id);
  const going = breaksOf(ctx.db, [open.id]).get(open.id)?.find((b) => b.end_at === null);
  if (going) fail('conflict', `${firstName(person)}, you are already on a break, since ${cafeClockOf(going.start_at)}.`);
  const now = ctx.now.toISOString();
  ctx.db.prepare('INSERT INTO shift_breaks (id, shift_id, start_at, paid) VALUES (?, ?, ?, 0)').run(ctx.ids(), open.id, now);
  return result(ctx, 'break_start', person, open.id, `Enjoy your break, ${firstName(person)}. Started at ${cafeClockOf(now)}.`, `${person.display_name} started a break at ${cafeClockOf(now)}`);
}

export function endBreak(ctx: WriteContext, input: ParsedInputOf<'attendance.endBreak'>): ClockResult {
  const person = identify(ctx, input.credential);
  const open = openShiftOf(ctx.db, person, ctx.now, 'end a break');
  refuseIfLocked(ctx.db, open.id);
  const now = ctx.now.toISOString();
  const ended = ctx.db.prepare('UPDATE shift_breaks SET end_at = ? WHERE shift_id = ? AND end_at IS NULL').run(now, open.id).changes;
  if (ended === 0) fail('conflict', `${firstName(person)}, you are not on a break.`);
  return result(ctx, 'break_end', person, open.id, `Welcome back, ${firstName(person)}. Break ended at ${cafeClockOf(now)}.`, `${person.display_name} ended their break at ${cafeClockOf(now)}`);
}
