import type { ParsedInputOf, Shift } from '../../../shared/contract/index.ts';
import type { Caller, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { durationInWords } from '../rota/conflicts.ts';
import { readRotaSettings, stationForShift } from '../rota/settings.ts';
import { breaksOf, getShiftRow, loadShift, refuseIfCertified, unpaidBreakMinutes, type JoinedShiftRow } from '../rota/shiftRows.ts';
import { cafeClockOf, dayInWords, minutesBetween, shiftInstants } from '../rota/wallClock.ts';
import { creditedMinutes, matchesPlan, toMinute } from './credit.ts';

// Approving hours. Only approved time becomes credited placement hours. Nobody approves
// their own. Lateness and absence are support information, recorded with a reason and kept
// out of the audit log's words (the log says that hours were approved, not why someone was late).

function supervisor(caller: Caller | null): Caller {
  return caller ?? fail('forbidden', 'Please log in first.');
}

/** A shift whose hours may be approved by `caller` now. */
function approvable(db: ReadDb, row: JoinedShiftRow, caller: Caller, field: string): void {
  if (!row.trainee_id) fail('conflict', 'Nobody was given this shift, so there are no hours to approve.', { field });
  if (row.trainee_id === caller.id) fail('forbidden', `${caller.displayName}, you cannot approve your own hours: ask another supervisor or a manager.`, { field });
  if (row.state === 'draft') fail('conflict', 'This shift was never published, so nobody worked it.', { field });
  if (row.unplanned === 1 && row.confirmed_at === null) fail('conflict', `${row.trainee_name ?? 'Someone'} clocked in with no shift planned: confirm the shift (choose its station) before approving it.`, { field });
  refuseIfCertified(db, row.day, row.trainee_id, field);
}

function who(row: JoinedShiftRow): string {
  return `${row.trainee_name ?? 'Someone'}'s shift on ${dayInWords(row.day)}`;
}

export function approveAsPlanned(ctx: WriteContext, input: ParsedInputOf<'hours.approve'>): { approved: number; creditedMinutes: number } {
  const caller = supervisor(ctx.caller);
  const tolerance = readRotaSettings(ctx.db).approvalToleranceMinutes;
  const ids = [...new Set(input.shiftIds)];
  const at = ctx.now.toISOString();
  const approve = ctx.db.prepare(
    `UPDATE shifts SET approved_start_at = start_at, approved_end_at = end_at, approved_break_minutes = ?, credited_minutes = ?,
       approved_by_id = ?, approved_by_name = ?, approved_at = ?, approval_reason = NULL,
       attendance = 'attended', late_minutes = NULL, attendance_reason = NULL, absence_acceptable = NULL, updated_at = ?
     WHERE id = ?`,
  );
  let total = 0;
  for (const id of ids) {
    const field = `shiftIds.${input.shiftIds.indexOf(id)}`;
    const row = getShiftRow(ctx.db, id, field);
    approvable(ctx.db, row, caller, field);
    if (row.approved_at || row.attendance === 'cancelled') fail('conflict', `${who(row)} is already settled: change it on its own.`, { field });
    const breaks = breaksOf(ctx.db, [id]).get(id) ?? [];
    if (!matchesPlan(row, breaks, tolerance)) {
      const clocked = row.clock_in_at ? `clocked ${cafeClockOf(row.clock_in_at)}–${row.clock_out_at ? cafeClockOf(row.clock_out_at) : 'no clock-out'}` : 'no clock-in';
      fail('conflict', `${who(row)} does not match the plan within ${tolerance} minutes (${clocked}): approve it on its own, with a reason.`, { field });
    }
    const unpaid = unpaidBreakMinutes(breaks, row.clock_out_at ?? at);
    const credited = creditedMinutes(row.start_at ?? '', row.end_at ?? '', unpaid);
    approve.run(unpaid, credited, caller.id, caller.displayName, at, at, id);
    total += credited;
  }
  ctx.note({ subjectType: 'shifts', subjectId: ids.length === 1 ? ids[0] : undefined, summary: `Approved ${ids.length} ${ids.length === 1 ? 'shift' : 'shifts'} as planned: ${durationInWords(total)} credited` });
  ctx.emit({ event: 'attendance.changed', payload: { staffId: null, action: 'approved' } });
  return { approved: ids.length, creditedMinutes: total };
}

export function approveShift(ctx: WriteContext, input: ParsedInputOf<'hours.approveShift'>): Shift {
  const caller = supervisor(ctx.caller);
  const row = getShiftRow(ctx.db, input.shiftId);
  approvable(ctx.db, row, caller, 'shiftId');
  const breaks = breaksOf(ctx.db, [row.id]).get(row.id) ?? [];
  const at = ctx.now.toISOString();
  const status = input.attendance;

  if (status === 'absent' || status === 'cancelled') {
    if (input.start !== undefined || input.end !== undefined) fail('invalid_input', `A shift that was ${status === 'absent' ? 'missed' : 'cancelled'} has no times worked: leave the times out.`, { field: input.start !== undefined ? 'start' : 'end' });
    if (status === 'absent' && input.reason === null) fail('invalid_input', 'Say why they were absent: it is kept to support them, never as discipline.', { field: 'reason' });
    if (status === 'absent' && input.absenceAcceptable === undefined) fail('invalid_input', 'Say whether the reason for the absence is acceptable.', { field: 'absenceAcceptable' });
    ctx.db
      .prepare(
        `UPDATE shifts SET approved_start_at = NULL, approved_end_at = NULL, approved_break_minutes = 0, credited_minutes = 0,
           approved_by_id = ?, approved_by_name = ?, approved_at = ?, approval_reason = NULL,
           attendance = ?, late_minutes = NULL, attendance_reason = ?, absence_acceptable = ?, updated_at = ? WHERE id = ?`,
      )
      .run(caller.id, caller.displayName, at, status, input.reason, status === 'absent' ? (input.absenceAcceptable ? 1 : 0) : null, at, row.id);
    ctx.note({ subjectType: 'shift', subjectId: row.id, summary: `Recorded ${who(row)} as ${status === 'absent' ? 'absent' : 'cancelled by the café'}: no hours credited` });
    ctx.emit({ event: 'attendance.changed', payload: { staffId: row.trainee_id, action: 'approved' } });
    return loadShift(ctx.db, row.id);
  }

  // Worked: the times given, or the clocked ones to the minute.
  let startAt: string;
  let endAt: string;
  if (input.start !== undefined || input.end !== undefined) {
    const start = input.start ?? (row.clock_in_at ? cafeClockOf(row.clock_in_at) : fail('invalid_input', 'Enter the time they started: there is no clock-in.', { field: 'start' }));
    const end = input.end ?? (row.clock_out_at ? cafeClockOf(row.clock_out_at) : fail('invalid_input', 'Enter the time they finished: they did not clock out.', { field: 'end' }));
    const times = shiftInstants(row.day, start, end, input.endsNextDay ?? end <= start, { start: 'start', end: 'end' });
    startAt = times.startAt.toISOString();
    endAt = times.endAt.toISOString();
  } else {
    startAt = row.clock_in_at ? toMinute(row.clock_in_at) : fail('invalid_input', 'Enter the time they started: there is no clock-in.', { field: 'start' });
    endAt = row.clock_out_at ? toMinute(row.clock_out_at) : fail('invalid_input', 'Enter the time they finished: they did not clock out, and Apron does not guess.', { field: 'end' });
    if (endAt <= startAt) fail('invalid_input', 'The clocks show no time worked: enter the times they worked.', { field: 'end' });
  }
  const length = minutesBetween(startAt, endAt);
  if (length > 16 * 60) fail('invalid_input', 'A shift can be at most 16 hours.', { field: 'end' });
  const clockedMatch = row.clock_in_at !== null && row.clock_out_at !== null && startAt === toMinute(row.clock_in_at) && endAt === toMinute(row.clock_out_at);
  if (!clockedMatch && input.reason === null) {
    fail('invalid_input', 'Say why the times differ from the clock (for example: forgot to clock out, left at 13:00).', { field: 'reason' });
  }
  let lateMinutes: number | null = null;
  if (status === 'late') {
    lateMinutes = input.lateMinutes ?? (row.start_at && startAt > row.start_at ? minutesBetween(row.start_at, startAt) : null);
    if (lateMinutes === null) fail('invalid_input', 'Enter how many minutes late they were.', { field: 'lateMinutes' });
    if (input.reason === null) fail('invalid_input', 'Say why they were late: it is kept to support them, never as discipline.', { field: 'reason' });
  }
  const breakMinutes = input.breakMinutes ?? unpaidBreakMinutes(breaks, row.clock_out_at ?? endAt);
  if (breakMinutes >= length) fail('invalid_input', `The break cannot be as long as the time worked (${durationInWords(length)}).`, { field: 'breakMinutes' });
  const credited = creditedMinutes(startAt, endAt, breakMinutes);
  ctx.db
    .prepare(
      `UPDATE shifts SET approved_start_at = ?, approved_end_at = ?, approved_break_minutes = ?, credited_minutes = ?,
         approved_by_id = ?, approved_by_name = ?, approved_at = ?, approval_reason = ?,
         attendance = ?, late_minutes = ?, attendance_reason = ?, absence_acceptable = NULL, updated_at = ? WHERE id = ?`,
    )
    .run(startAt, endAt, breakMinutes, credited, caller.id, caller.displayName, at, clockedMatch ? null : input.reason, status, lateMinutes, status === 'late' ? input.reason : null, at, row.id);
  const breakWords = breakMinutes > 0 ? ` less ${durationInWords(breakMinutes)} break` : '';
  const edited = clockedMatch ? '' : ' (times differ from the clock)';
  ctx.note({
    subjectType: 'shift',
    subjectId: row.id,
    summary: `Approved ${who(row)}: ${cafeClockOf(startAt)}–${cafeClockOf(endAt)}${breakWords}, ${durationInWords(credited)} credited${status === 'late' ? ', late' : ''}${edited}`,
  });
  ctx.emit({ event: 'attendance.changed', payload: { staffId: row.trainee_id, action: 'approved' } });
  return loadShift(ctx.db, row.id);
}

export function confirmUnplanned(ctx: WriteContext, input: ParsedInputOf<'hours.confirmUnplanned'>): Shift {
  const caller = supervisor(ctx.caller);
  const row = getShiftRow(ctx.db, input.shiftId);
  if (row.unplanned !== 1) fail('conflict', 'This shift was planned: there is nothing to confirm.', { field: 'shiftId' });
  if (row.confirmed_at) fail('conflict', 'This shift is already confirmed.', { field: 'shiftId' });
  if (row.trainee_id === caller.id) fail('forbidden', `${caller.displayName}, you cannot confirm your own shift: ask another supervisor or a manager.`, { field: 'shiftId' });
  refuseIfCertified(ctx.db, row.day, row.trainee_id, 'shiftId');
  const station = stationForShift(ctx.db, input.stationId);
  const at = ctx.now.toISOString();
  ctx.db.prepare('UPDATE shifts SET station_id = ?, confirmed_by_id = ?, confirmed_at = ?, updated_at = ? WHERE id = ?').run(station.id, caller.id, at, at, row.id);
  ctx.note({ subjectType: 'shift', subjectId: row.id, summary: `Confirmed ${who(row)} (not planned) as a shift on ${station.name}` });
  ctx.emit({ event: 'attendance.changed', payload: { staffId: row.trainee_id, action: 'approved' } });
  return loadShift(ctx.db, row.id);
}
