import type { ParsedInputOf, PublishResult, RotaBulkResult, RotaConflict, RotaWeek, Shift, ShiftChange, ShiftTemplate } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { AppError, fail } from '../errors.ts';
import { findStaff } from '../people/staffRows.ts';
import { doubleBookings, rotaConflicts, type Availabilities, type PlannedShift } from './conflicts.ts';
import { listStations, readRotaSettings, stationForShift } from './settings.ts';
import { coveredBy, getShiftRow, loadShift, refuseIfCertified, shiftRows, standingCertifications, toShifts, type JoinedShiftRow } from './shiftRows.ts';
import { stationSignOffConflicts } from './skillsHook.ts';
import { addDays, cafeClockOf, cafeDayOf, dayInWords, minutesBetween, mondayOf, shiftInstants, weekdayOf } from './wallClock.ts';

// Planning the rota: a supervisor adds, moves, copies and removes shifts on a week's grid,
// copies last week or a template, and publishes. New shifts are drafts; trainees see only
// published ones, and a published shift that is moved, given to someone else or cancelled
// stays visible to them, marked as changed, until the week is published again.

/** No shift is longer than this, whatever the manager's setting (that one only warns). */
const LONGEST_SHIFT_MINUTES = 16 * 60;

export function weekOf(day: string): { monday: string; sunday: string } {
  const monday = mondayOf(day);
  return { monday, sunday: addDays(monday, 6) };
}

function isCancelled(row: JoinedShiftRow): boolean {
  return row.attendance === 'cancelled';
}

/** Shifts with planned times that still stand, as the conflict rules see them. */
function planned(rows: readonly JoinedShiftRow[]): (PlannedShift & { stationId: string; supervisorId: string | null })[] {
  return rows
    .filter((r) => r.start_at !== null && r.end_at !== null && r.station_id !== null && !isCancelled(r))
    .map((r) => ({
      id: r.id,
      day: r.day,
      startAt: r.start_at ?? '',
      endAt: r.end_at ?? '',
      traineeId: r.trainee_id,
      traineeName: r.trainee_name ?? '',
      stationName: r.station_name ?? '',
      stationId: r.station_id ?? '',
      supervisorId: r.supervisor_id,
    }));
}

/** Weekly unavailable times and time off of `staffIds` touching the café days `from` to `to`. */
export function availabilities(db: ReadDb, staffIds: readonly string[], from: string, to: string): Availabilities {
  if (staffIds.length === 0) return { unavailable: [], timeOff: [] };
  const ids = JSON.stringify([...new Set(staffIds)]);
  const unavailable = db
    .prepare<[string], { staffId: string; weekday: number; from: string; to: string; note: string | null }>(
      `SELECT staff_id AS staffId, weekday, start_time AS "from", end_time AS "to", note FROM unavailable_times
       WHERE staff_id IN (SELECT value FROM json_each(?)) ORDER BY staff_id, weekday, start_time`,
    )
    .all(ids);
  const timeOff = db
    .prepare<[string, string, string], { staffId: string; from: string; to: string; reason: string | null }>(
      `SELECT staff_id AS staffId, from_day AS "from", to_day AS "to", reason FROM time_off
       WHERE staff_id IN (SELECT value FROM json_each(?)) AND to_day >= ? AND from_day <= ? ORDER BY staff_id, from_day`,
    )
    .all(ids, from, to);
  return { unavailable, timeOff };
}

function conflictsAmong(db: ReadDb, rows: readonly JoinedShiftRow[], reportOn: (s: PlannedShift) => boolean, from: string, to: string): RotaConflict[] {
  const shifts = planned(rows);
  const staffIds = shifts.flatMap((s) => (s.traineeId ? [s.traineeId] : []));
  const found = rotaConflicts(shifts, reportOn, availabilities(db, staffIds, from, to), readRotaSettings(db));
  return [...found, ...stationSignOffConflicts(db, shifts.filter(reportOn))];
}

/** The conflicts one shift has now (warnings the screen shows after saving it). */
export function conflictsOfShift(db: ReadDb, shift: Shift): RotaConflict[] {
  if (!shift.startAt) return [];
  const from = addDays(shift.day, -2);
  const to = addDays(shift.day, 2);
  const rows = shift.trainee
    ? shiftRows(db, 's.trainee_id = ? AND s.day BETWEEN ? AND ?', [shift.trainee.id, from, to])
    : shiftRows(db, 's.id = ?', [shift.id]);
  return conflictsAmong(db, rows, (s) => s.id === shift.id, from, to);
}

export function rotaWeek(ctx: ReadContext, input: ParsedInputOf<'rota.week'>): RotaWeek {
  const { monday, sunday } = weekOf(input.week);
  // A day either side, so a short rest across the week's edges is seen.
  const around = shiftRows(ctx.db, 's.day BETWEEN ? AND ?', [addDays(monday, -1), addDays(sunday, 1)]);
  const inWeek = around.filter((r) => r.day >= monday && r.day <= sunday);
  const shifts = toShifts(ctx.db, inWeek);
  const conflicts = conflictsAmong(ctx.db, around, (s) => s.day >= monday && s.day <= sunday, addDays(monday, -1), addDays(sunday, 1));

  const stations = listStations(ctx.db, true).filter((s) => s.active || shifts.some((shift) => shift.station?.id === s.id));
  const people = ctx.db
    .prepare<[], { id: string; displayName: string; role: 'trainee' | 'supervisor' | 'manager' }>(
      `SELECT id, display_name AS displayName, role FROM staff WHERE active = 1
       ORDER BY CASE role WHEN 'trainee' THEN 0 WHEN 'supervisor' THEN 1 ELSE 2 END, display_name COLLATE NOCASE`,
    )
    .all();
  let publishedAt: string | null = null;
  for (const s of inWeek) if (s.published_at && (publishedAt === null || s.published_at > publishedAt)) publishedAt = s.published_at;
  return {
    weekStart: monday,
    days: Array.from({ length: 7 }, (_, i) => addDays(monday, i)),
    stations,
    people,
    shifts,
    conflicts,
    drafts: inWeek.filter((s) => s.state === 'draft' && s.unplanned === 0).length,
    changed: inWeek.filter((s) => s.state === 'published' && s.changed_since_published === 1).length,
    publishedAt,
  };
}

interface ShiftPlan {
  date: string;
  start: string;
  end: string;
  endsNextDay: boolean;
  stationId: string;
  traineeId: string | null;
  supervisorId: string | null;
  note: string | null;
}

function checkPerson(db: ReadDb, id: string, field: string): { id: string; name: string } {
  const row = findStaff(db, id) ?? fail('not_found', 'That person is not on the staff list.', { field });
  if (row.active !== 1) fail('conflict', `${row.display_name} is switched off in Apron: choose someone else.`, { field });
  return { id: row.id, name: row.display_name };
}

function checkSupervisor(db: ReadDb, id: string, field: string): void {
  const row = findStaff(db, id) ?? fail('not_found', 'That person is not on the staff list.', { field });
  if (row.active !== 1) fail('conflict', `${row.display_name} is switched off in Apron: choose someone else.`, { field });
  if (row.role === 'trainee') fail('invalid_input', `${row.display_name} is a trainee: the supervisor on duty must be a supervisor or a manager.`, { field });
}

interface CheckedPlan {
  startAt: string;
  endAt: string;
  stationName: string;
  traineeName: string | null;
}

/**
 * Everything a planned shift must be before it is written: real times on the café's clock,
 * a station in use, real people, not in a certified period, and nobody booked twice.
 */
function checkPlan(db: ReadDb, plan: ShiftPlan, exceptShiftId: string | null): CheckedPlan {
  const { startAt, endAt } = shiftInstants(plan.date, plan.start, plan.end, plan.endsNextDay, { start: 'start', end: 'end' });
  const length = minutesBetween(startAt, endAt);
  if (length > LONGEST_SHIFT_MINUTES) fail('invalid_input', `A shift can be at most ${LONGEST_SHIFT_MINUTES / 60} hours.`, { field: 'end' });
  const station = stationForShift(db, plan.stationId);
  const trainee = plan.traineeId ? checkPerson(db, plan.traineeId, 'traineeId') : null;
  if (plan.supervisorId) checkSupervisor(db, plan.supervisorId, 'supervisorId');
  refuseIfCertified(db, plan.date, plan.traineeId, 'date');
  if (trainee) {
    const candidate: PlannedShift = { id: exceptShiftId ?? '', day: plan.date, startAt: startAt.toISOString(), endAt: endAt.toISOString(), traineeId: trainee.id, traineeName: trainee.name, stationName: station.name };
    const nearby = planned(shiftRows(db, 's.trainee_id = ? AND s.day BETWEEN ? AND ?', [trainee.id, addDays(plan.date, -1), addDays(plan.date, 1)]));
    const clash = doubleBookings(candidate, nearby.filter((s) => s.id !== exceptShiftId))[0];
    if (clash) {
      fail('conflict', `${trainee.name} is already on ${clash.stationName} ${cafeClockOf(clash.startAt)}–${cafeClockOf(clash.endAt)} on ${dayInWords(clash.day)}.`, { field: 'traineeId' });
    }
  }
  return { startAt: startAt.toISOString(), endAt: endAt.toISOString(), stationName: station.name, traineeName: trainee?.name ?? null };
}

function insertShift(ctx: WriteContext, plan: ShiftPlan, checked: CheckedPlan): string {
  const id = ctx.ids();
  const at = ctx.now.toISOString();
  ctx.db
    .prepare(
      `INSERT INTO shifts (id, day, start_at, end_at, station_id, trainee_id, supervisor_id, note, state, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
    )
    .run(id, plan.date, checked.startAt, checked.endAt, plan.stationId, plan.traineeId, plan.supervisorId, plan.note, at, at);
  return id;
}

function describe(plan: ShiftPlan, checked: CheckedPlan): string {
  return `${checked.traineeName ?? 'an open shift'} on ${checked.stationName}, ${dayInWords(plan.date)} ${cafeClockOf(checked.startAt)}–${cafeClockOf(checked.endAt)}`;
}

function changed(ctx: WriteContext, shift: Shift): ShiftChange {
  ctx.emit({ event: 'rota.changed', payload: { weekStart: mondayOf(shift.day) } });
  return { shift, conflicts: conflictsOfShift(ctx.db, shift) };
}

export function addShift(ctx: WriteContext, input: ParsedInputOf<'rota.addShift'>): ShiftChange {
  const plan: ShiftPlan = { ...input, note: input.note };
  const checked = checkPlan(ctx.db, plan, null);
  const id = insertShift(ctx, plan, checked);
  ctx.note({ subjectType: 'shift', subjectId: id, summary: `Planned ${describe(plan, checked)} (draft)` });
  return changed(ctx, loadShift(ctx.db, id));
}

/** A shift's plan as it stands, on the café's clock. */
function planOf(row: JoinedShiftRow): ShiftPlan {
  return {
    date: row.day,
    start: cafeClockOf(row.start_at ?? ''),
    end: cafeClockOf(row.end_at ?? ''),
    endsNextDay: row.end_at !== null && cafeDayOf(row.end_at) !== row.day,
    stationId: row.station_id ?? '',
    traineeId: row.trainee_id,
    supervisorId: row.supervisor_id,
    note: row.note,
  };
}

/** A planned shift nobody has started: the only kind the grid may move, copy or remove. */
function plannedRow(db: ReadDb, shiftId: string, doing: string): JoinedShiftRow {
  const row = getShiftRow(db, shiftId);
  if (row.unplanned === 1) fail('conflict', `This shift was not planned (a clock-in nobody expected): it is sorted out on the hours screen, not ${doing}.`, { field: 'shiftId' });
  if (row.clock_in_at || row.approved_at) fail('conflict', `${row.trainee_name ?? 'Someone'} has already started this shift, so it cannot be ${doing}: correct its hours instead.`, { field: 'shiftId' });
  if (isCancelled(row)) fail('conflict', 'This shift was cancelled: plan a new one instead.', { field: 'shiftId' });
  return row;
}

function withdrawLiveSwap(ctx: WriteContext, shiftId: string): void {
  ctx.db
    .prepare("UPDATE shift_swaps SET state = 'withdrawn', decided_at = ?, decision_reason = 'The shift was changed on the rota' WHERE shift_id = ? AND state IN ('offered', 'taken')")
    .run(ctx.now.toISOString(), shiftId);
}

/** Marks a published shift as changed, keeping the times its trainee was first shown. */
const MARK_CHANGED = `changed_since_published = CASE WHEN state = 'published' THEN 1 ELSE 0 END,
  published_start_at = CASE WHEN state = 'published' AND changed_since_published = 0 THEN start_at ELSE published_start_at END,
  published_end_at = CASE WHEN state = 'published' AND changed_since_published = 0 THEN end_at ELSE published_end_at END`;

export function moveShift(ctx: WriteContext, input: ParsedInputOf<'rota.moveShift'>): ShiftChange {
  const row = plannedRow(ctx.db, input.shiftId, 'moved');
  refuseIfCertified(ctx.db, row.day, row.trainee_id, 'shiftId');
  const before = planOf(row);
  const start = input.start ?? before.start;
  const end = input.end ?? before.end;
  // New times without saying whether they end the next day: a night shift is one whose end is not after its start.
  const timesSent = input.start !== undefined || input.end !== undefined;
  const endsNextDay = input.endsNextDay ?? (timesSent ? end <= start : before.endsNextDay);
  if (!endsNextDay && end <= start) fail('invalid_input', 'The shift must end after it starts. For a night shift, say it ends the next day.', { field: 'end' });
  const plan: ShiftPlan = {
    date: input.date ?? before.date,
    start,
    end,
    endsNextDay,
    stationId: input.stationId ?? before.stationId,
    traineeId: input.traineeId !== undefined ? input.traineeId : before.traineeId,
    supervisorId: input.supervisorId !== undefined ? input.supervisorId : before.supervisorId,
    note: input.note !== undefined ? input.note : before.note,
  };
  const checked = checkPlan(ctx.db, plan, row.id);
  if (plan.traineeId !== row.trainee_id) withdrawLiveSwap(ctx, row.id);
  const timesMoved = checked.startAt !== row.start_at || checked.endAt !== row.end_at || plan.date !== row.day;
  const seenChange = timesMoved || plan.traineeId !== row.trainee_id || plan.stationId !== row.station_id;
  ctx.db
    .prepare(
      `UPDATE shifts SET ${seenChange ? `${MARK_CHANGED},` : ''} day = ?, start_at = ?, end_at = ?, station_id = ?, trainee_id = ?, supervisor_id = ?, note = ?, updated_at = ? WHERE id = ?`,
    )
    .run(plan.date, checked.startAt, checked.endAt, plan.stationId, plan.traineeId, plan.supervisorId, plan.note, ctx.now.toISOString(), row.id);
  const published = row.state === 'published' && seenChange ? ' (a change to the published rota)' : '';
  ctx.note({ subjectType: 'shift', subjectId: row.id, summary: `Changed a shift: now ${describe(plan, checked)}${published}` });
  if (mondayOf(row.day) !== mondayOf(plan.date)) ctx.emit({ event: 'rota.changed', payload: { weekStart: mondayOf(row.day) } });
  return changed(ctx, loadShift(ctx.db, row.id));
}

export function copyShift(ctx: WriteContext, input: ParsedInputOf<'rota.copyShift'>): ShiftChange {
  const row = getShiftRow(ctx.db, input.shiftId);
  if (row.start_at === null) fail('conflict', 'An unplanned shift has no planned times to copy.', { field: 'shiftId' });
  const plan: ShiftPlan = {
    ...planOf(row),
    date: input.date,
    stationId: input.stationId ?? row.station_id ?? '',
    traineeId: input.traineeId !== undefined ? input.traineeId : row.trainee_id,
  };
  const checked = checkPlan(ctx.db, plan, null);
  const id = insertShift(ctx, plan, checked);
  ctx.note({ subjectType: 'shift', subjectId: id, summary: `Copied a shift: planned ${describe(plan, checked)} (draft)` });
  return changed(ctx, loadShift(ctx.db, id));
}

export function removeShift(ctx: WriteContext, input: ParsedInputOf<'rota.removeShift'>): { removed: 'deleted' | 'cancelled' } {
  const row = plannedRow(ctx.db, input.shiftId, 'removed');
  refuseIfCertified(ctx.db, row.day, row.trainee_id, 'shiftId');
  const what = describe(planOf(row), { startAt: row.start_at ?? '', endAt: row.end_at ?? '', stationName: row.station_name ?? '', traineeName: row.trainee_name });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: mondayOf(row.day) } });
  if (row.state === 'draft') {
    ctx.db.prepare('DELETE FROM shifts WHERE id = ?').run(row.id);
    ctx.note({ subjectType: 'shift', subjectId: row.id, summary: `Removed the draft shift of ${what}` });
    return { removed: 'deleted' };
  }
  withdrawLiveSwap(ctx, row.id);
  // Kept, so its trainee sees that the café cancelled it.
  ctx.db.prepare(`UPDATE shifts SET ${MARK_CHANGED}, attendance = 'cancelled', updated_at = ? WHERE id = ?`).run(ctx.now.toISOString(), row.id);
  ctx.note({ subjectType: 'shift', subjectId: row.id, summary: `Cancelled the published shift of ${what}` });
  return { removed: 'cancelled' };
}

/**
 * Writes planned shifts into a week (from last week or a template) as drafts, at the same
 * café-clock times. A person already busy then leaves their copy open; a copy that cannot be
 * made at all (a time that does not exist that night, a station no longer used, a certified
 * day) is skipped and said why; one already on the rota is not made twice.
 */
function planMany(ctx: WriteContext, plans: readonly ShiftPlan[]): RotaBulkResult {
  const result: RotaBulkResult = { added: 0, leftOpen: [], skipped: [] };
  const days = plans.map((p) => p.date).sort();
  const existing = days.length > 0 ? shiftRows(ctx.db, 's.day BETWEEN ? AND ?', [days[0], days[days.length - 1]]).filter((r) => !isCancelled(r)) : [];
  const attempt = (plan: ShiftPlan): CheckedPlan | AppError => {
    try {
      return checkPlan(ctx.db, plan, null);
    } catch (cause) {
      if (cause instanceof AppError) return cause;
      throw cause;
    }
  };
  for (const plan of plans) {
    const label = `${dayInWords(plan.date)} ${plan.start}–${plan.end}`;
    let times: { startAt: string; endAt: string };
    try {
      const at = shiftInstants(plan.date, plan.start, plan.end, plan.endsNextDay);
      times = { startAt: at.startAt.toISOString(), endAt: at.endAt.toISOString() };
    } catch (cause) {
      if (!(cause instanceof AppError)) throw cause;
      result.skipped.push({ message: `Not copied, ${label}: ${cause.message}` });
      continue;
    }
    // The same shift already there, or the open copy a busy person left last time.
    const already = existing.find((r) => r.start_at === times.startAt && r.end_at === times.endAt && r.station_id === plan.stationId && (r.trainee_id === plan.traineeId || plan.traineeId === null || r.trainee_id === null));
    if (already) {
      result.skipped.push({ message: `Already on the rota, ${label} on ${already.station_name ?? ''}.` });
      continue;
    }
    let checked = attempt(plan);
    let traineeId = plan.traineeId;
    let leftOpenBecause: string | null = null;
    if (checked instanceof AppError && checked.field === 'traineeId' && plan.traineeId) {
      // The person is busy or gone: the shift is still needed, so it is kept open.
      leftOpenBecause = checked.message;
      traineeId = null;
      checked = attempt({ ...plan, traineeId });
    }
    if (checked instanceof AppError) {
      result.skipped.push({ message: `Not copied, ${label}: ${checked.message}` });
      continue;
    }
    const id = insertShift(ctx, { ...plan, traineeId }, checked);
    if (leftOpenBecause) result.leftOpen.push({ shiftId: id, message: `Left open, ${label}: ${leftOpenBecause}` });
    result.added += 1;
  }
  return result;
}

function plansOfWeek(db: ReadDb, monday: string): (ShiftPlan & { weekday: number })[] {
  return shiftRows(db, 's.day BETWEEN ? AND ? AND s.unplanned = 0', [monday, addDays(monday, 6)])
    .filter((r) => !isCancelled(r))
    .map((r) => ({ ...planOf(r), weekday: weekdayOf(r.day) }));
}

export function copyLastWeek(ctx: WriteContext, input: ParsedInputOf<'rota.copyLastWeek'>): RotaBulkResult {
  const { monday } = weekOf(input.week);
  const plans = plansOfWeek(ctx.db, addDays(monday, -7)).map((p) => ({ ...p, date: addDays(monday, p.weekday - 1) }));
  if (plans.length === 0) fail('conflict', 'There are no shifts in the week before to copy.', { field: 'week' });
  const result = planMany(ctx, plans);
  ctx.note({ subjectType: 'rota_week', subjectId: monday, summary: `Copied last week into the week of ${dayInWords(monday)}: ${bulkWords(result)}` });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: monday } });
  return result;
}

function bulkWords(result: RotaBulkResult): string {
  const parts = [`${result.added} ${result.added === 1 ? 'shift' : 'shifts'} added as drafts`];
  if (result.leftOpen.length > 0) parts.push(`${result.leftOpen.length} left open`);
  if (result.skipped.length > 0) parts.push(`${result.skipped.length} not copied`);
  return parts.join(', ');
}

interface TemplateRow {
  id: string;
  name: string;
  created_at: string;
  shifts: number;
}

function toTemplate(row: TemplateRow): ShiftTemplate {
  return { id: row.id, name: row.name, shifts: row.shifts, createdAt: row.created_at };
}

export function listTemplates(db: ReadDb): ShiftTemplate[] {
  return db
    .prepare<[], TemplateRow>(
      `SELECT t.id, t.name, t.created_at, (SELECT count(*) FROM shift_template_items i WHERE i.template_id = t.id) AS shifts
       FROM shift_templates t ORDER BY t.name COLLATE NOCASE, t.created_at`,
    )
    .all()
    .map(toTemplate);
}

export function saveTemplate(ctx: WriteContext, input: ParsedInputOf<'rota.saveTemplate'>): ShiftTemplate {
  const { monday } = weekOf(input.week);
  const plans = plansOfWeek(ctx.db, monday);
  if (plans.length === 0) fail('conflict', 'There are no shifts planned that week to keep as a template.', { field: 'week' });
  const id = ctx.ids();
  ctx.db.prepare('INSERT INTO shift_templates (id, name, created_at, created_by_id) VALUES (?, ?, ?, ?)').run(id, input.name, ctx.now.toISOString(), ctx.caller?.id ?? null);
  const item = ctx.db.prepare(
    `INSERT INTO shift_template_items (id, template_id, weekday, start_time, end_time, ends_next_day, station_id, trainee_id, supervisor_id, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of plans) item.run(ctx.ids(), id, p.weekday, p.start, p.end, p.endsNextDay ? 1 : 0, p.stationId, p.traineeId, p.supervisorId, p.note);
  ctx.note({ subjectType: 'shift_template', subjectId: id, summary: `Kept the week of ${dayInWords(monday)} as the template "${input.name}" (${plans.length} shifts)` });
  return toTemplate({ id, name: input.name, created_at: ctx.now.toISOString(), shifts: plans.length });
}

export function applyTemplate(ctx: WriteContext, input: ParsedInputOf<'rota.applyTemplate'>): RotaBulkResult {
  const template = ctx.db.prepare<[string], { id: string; name: string }>('SELECT id, name FROM shift_templates WHERE id = ?').get(input.templateId) ?? fail('not_found', 'That template is not there any more.', { field: 'templateId' });
  const { monday } = weekOf(input.week);
  const items = ctx.db
    .prepare<[string], { weekday: number; start_time: string; end_time: string; ends_next_day: number; station_id: string; trainee_id: string | null; supervisor_id: string | null; note: string | null }>(
      'SELECT * FROM shift_template_items WHERE template_id = ? ORDER BY weekday, start_time',
    )
    .all(template.id);
  const plans: ShiftPlan[] = items.map((i) => ({
    date: addDays(monday, i.weekday - 1),
    start: i.start_time,
    end: i.end_time,
    endsNextDay: i.ends_next_day === 1,
    stationId: i.station_id,
    traineeId: i.trainee_id,
    supervisorId: i.supervisor_id,
    note: i.note,
  }));
  const result = planMany(ctx, plans);
  ctx.note({ subjectType: 'rota_week', subjectId: monday, summary: `Applied the template "${template.name}" to the week of ${dayInWords(monday)}: ${bulkWords(result)}` });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: monday } });
  return result;
}

export function removeTemplate(ctx: WriteContext, input: ParsedInputOf<'rota.removeTemplate'>): ShiftTemplate[] {
  const template = ctx.db.prepare<[string], { name: string }>('SELECT name FROM shift_templates WHERE id = ?').get(input.templateId) ?? fail('not_found', 'That template is not there any more.', { field: 'templateId' });
  ctx.db.prepare('DELETE FROM shift_templates WHERE id = ?').run(input.templateId);
  ctx.note({ subjectType: 'shift_template', subjectId: input.templateId, summary: `Removed the template "${template.name}"` });
  return listTemplates(ctx.db);
}

export function publishWeek(ctx: WriteContext, input: ParsedInputOf<'rota.publish'>): PublishResult {
  const { monday, sunday } = weekOf(input.week);
  const rows = shiftRows(ctx.db, "s.day BETWEEN ? AND ? AND s.unplanned = 0 AND (s.state = 'draft' OR s.changed_since_published = 1)", [monday, sunday]);
  const certs = standingCertifications(ctx.db, monday, sunday);
  const publish = ctx.db.prepare(
    `UPDATE shifts SET state = 'published', published_at = ?, changed_since_published = 0, published_start_at = NULL, published_end_at = NULL, updated_at = ? WHERE id = ?`,
  );
  const at = ctx.now.toISOString();
  let published = 0;
  let changes = 0;
  for (const row of rows) {
    // Certified days stay exactly as they were certified.
    if (coveredBy(certs, row.day, row.trainee_id)) continue;
    if (row.state === 'draft') published += 1;
    else changes += 1;
    publish.run(at, at, row.id);
  }
  const words = published + changes === 0 ? 'nothing new to publish' : `${published} new ${published === 1 ? 'shift' : 'shifts'} and ${changes} ${changes === 1 ? 'change' : 'changes'}`;
  ctx.note({ subjectType: 'rota_week', subjectId: monday, summary: `Published the week of ${dayInWords(monday)}: ${words}` });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: monday } });
  return { weekStart: monday, published, changes };
}

