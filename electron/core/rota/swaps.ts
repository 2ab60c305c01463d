import type { ParsedInputOf, PersonRef, SwapOffer, SwapState } from '../../../shared/contract/index.ts';
import type { Caller, ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { addDays, cafeClockOf, dayInWords, mondayOf } from './wallClock.ts';
import { refuseIfCertified, getShiftRow, loadShift, shiftRows, type JoinedShiftRow } from './shiftRows.ts';
import { doubleBookings, type PlannedShift } from './conflicts.ts';
import { findStaff } from '../people/staffRows.ts';

// Swaps: a trainee offers one of their published shifts to come, another trainee takes it,
// and a supervisor approves (the shift becomes the taker's, marked as a change) or declines.

interface SwapRow {
  id: string;
  shift_id: string;
  offered_by_id: string;
  offered_by_name: string;
  offered_at: string;
  note: string | null;
  taken_by_id: string | null;
  taken_by_name: string | null;
  taken_at: string | null;
  state: SwapState;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_reason: string | null;
}

const SELECT_SWAPS = `
  SELECT w.*, o.display_name AS offered_by_name, k.display_name AS taken_by_name, d.display_name AS decided_by_name
  FROM shift_swaps w
  JOIN staff o ON o.id = w.offered_by_id
  LEFT JOIN staff k ON k.id = w.taken_by_id
  LEFT JOIN staff d ON d.id = w.decided_by_id`;

function ref(id: string | null, name: string | null): PersonRef | null {
  return id ? { id, displayName: name ?? '' } : null;
}

function toOffer(db: ReadDb, row: SwapRow): SwapOffer {
  return {
    id: row.id,
    state: row.state,
    shift: loadShift(db, row.shift_id),
    offeredBy: { id: row.offered_by_id, displayName: row.offered_by_name },
    offeredAt: row.offered_at,
    note: row.note,
    takenBy: ref(row.taken_by_id, row.taken_by_name),
    takenAt: row.taken_at,
    decidedBy: ref(row.decided_by_id, row.decided_by_name),
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
  };
}

function getSwap(db: ReadDb, id: string): SwapRow {
  return db.prepare<[string], SwapRow>(`${SELECT_SWAPS} WHERE w.id = ?`).get(id) ?? fail('not_found', 'That swap is not there any more: look at the list again.', { field: 'swapId' });
}

function me(caller: Caller | null): Caller {
  return caller ?? fail('forbidden', 'Please log in first.');
}

function isSupervising(caller: Caller): boolean {
  return caller.role === 'supervisor' || caller.role === 'manager';
}

function when(row: JoinedShiftRow): string {
  return `${row.station_name ?? ''} ${cafeClockOf(row.start_at ?? '')}–${cafeClockOf(row.end_at ?? '')} on ${dayInWords(row.day)}`;
}

/** A shift that can still change hands: published, planned, not started, not cancelled, still to come. */
function swappable(db: ReadDb, shiftId: string, now: Date): JoinedShiftRow {
  const row = getShiftRow(db, shiftId);
  if (row.state !== 'published' || row.unplanned === 1 || row.start_at === null) fail('conflict', 'Only a published shift on the rota can be swapped.', { field: 'shiftId' });
  if (row.attendance === 'cancelled') fail('conflict', 'This shift was cancelled by the café.', { field: 'shiftId' });
  if (row.clock_in_at || row.approved_at || row.start_at <= now.toISOString()) fail('conflict', 'This shift has already started, so it cannot be swapped.', { field: 'shiftId' });
  return row;
}

/** Refuses a taker who is already working at that time. */
function refuseIfBusy(db: ReadDb, shift: JoinedShiftRow, taker: { id: string; displayName: string }, field: string): void {
  const candidate: PlannedShift = { id: shift.id, day: shift.day, startAt: shift.start_at ?? '', endAt: shift.end_at ?? '', traineeId: taker.id, traineeName: taker.displayName, stationName: shift.station_name ?? '' };
  const theirs = shiftRows(db, 's.trainee_id = ? AND s.day BETWEEN ? AND ?', [taker.id, addDays(shift.day, -1), addDays(shift.day, 1)])
    .filter((r) => r.start_at !== null && r.end_at !== null && r.attendance !== 'cancelled')
    .map((r): PlannedShift => ({ id: r.id, day: r.day, startAt: r.start_at ?? '', endAt: r.end_at ?? '', traineeId: r.trainee_id, traineeName: r.trainee_name ?? '', stationName: r.station_name ?? '' }));
  const clash = doubleBookings(candidate, theirs)[0];
  if (clash) fail('conflict', `${taker.displayName} is already on ${clash.stationName} ${cafeClockOf(clash.startAt)}–${cafeClockOf(clash.endAt)} then.`, { field });
}

export function listSwaps(ctx: ReadContext): SwapOffer[] {
  const caller = me(ctx.caller);
  // Live offers for everyone; decided ones of the last fortnight for those they concern.
  const since = addDays(ctx.now.toISOString().slice(0, 10), -14);
  const rows = ctx.db
    .prepare<[string, string, string, number], SwapRow>(
      `${SELECT_SWAPS}
       WHERE w.state IN ('offered', 'taken')
          OR (w.offered_at >= ? AND (w.offered_by_id = ? OR w.taken_by_id = ? OR ?))
       ORDER BY w.offered_at DESC LIMIT 200`,
    )
    .all(since, caller.id, caller.id, isSupervising(caller) ? 1 : 0);
  return rows.map((r) => toOffer(ctx.db, r));
}

export function offerSwap(ctx: WriteContext, input: ParsedInputOf<'swaps.offer'>): SwapOffer {
  const caller = me(ctx.caller);
  const shift = swappable(ctx.db, input.shiftId, ctx.now);
  if (shift.trainee_id !== caller.id) fail('forbidden', `${caller.displayName}, you can only offer your own shifts.`, { field: 'shiftId' });
  refuseIfCertified(ctx.db, shift.day, shift.trainee_id, 'shiftId');
  const live = ctx.db.prepare<[string], { id: string }>("SELECT id FROM shift_swaps WHERE shift_id = ? AND state IN ('offered', 'taken')").get(shift.id);
  if (live) fail('conflict', 'This shift is already offered.', { field: 'shiftId' });
  const id = ctx.ids();
  ctx.db.prepare("INSERT INTO shift_swaps (id, shift_id, offered_by_id, offered_at, note, state) VALUES (?, ?, ?, ?, ?, 'offered')").run(id, shift.id, caller.id, ctx.now.toISOString(), input.note);
  ctx.note({ subjectType: 'shift', subjectId: shift.id, summary: `${caller.displayName} offered their shift on ${when(shift)}` });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: mondayOf(shift.day) } });
  return toOffer(ctx.db, getSwap(ctx.db, id));
}

export function takeSwap(ctx: WriteContext, input: ParsedInputOf<'swaps.take'>): SwapOffer {
  const caller = me(ctx.caller);
  const swap = getSwap(ctx.db, input.swapId);
  if (swap.state !== 'offered') fail('conflict', swap.state === 'taken' ? `${swap.taken_by_name ?? 'Someone'} has already taken this shift.` : 'This offer is closed.', { field: 'swapId' });
  if (swap.offered_by_id === caller.id) fail('conflict', 'This is your own offer: someone else takes it.', { field: 'swapId' });
  const shift = swappable(ctx.db, swap.shift_id, ctx.now);
  refuseIfBusy(ctx.db, shift, caller, 'swapId');
  ctx.db.prepare("UPDATE shift_swaps SET state = 'taken', taken_by_id = ?, taken_at = ? WHERE id = ?").run(caller.id, ctx.now.toISOString(), swap.id);
  ctx.note({ subjectType: 'shift', subjectId: shift.id, summary: `${caller.displayName} took ${swap.offered_by_name}'s shift on ${when(shift)}, for a supervisor to approve` });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: mondayOf(shift.day) } });
  return toOffer(ctx.db, getSwap(ctx.db, swap.id));
}

export function withdrawSwap(ctx: WriteContext, input: ParsedInputOf<'swaps.withdraw'>): SwapOffer {
  const caller = me(ctx.caller);
  const swap = getSwap(ctx.db, input.swapId);
  if (swap.offered_by_id !== caller.id && swap.taken_by_id !== caller.id && !isSupervising(caller)) fail('forbidden', `${caller.displayName}, only the person who offered or took this shift can withdraw it.`, { field: 'swapId' });
  if (swap.state !== 'offered' && swap.state !== 'taken') fail('conflict', 'This offer is already closed.', { field: 'swapId' });
  // The taker stepping back reopens the offer; the offerer (or a supervisor) withdraws it.
  if (swap.taken_by_id === caller.id) {
    ctx.db.prepare("UPDATE shift_swaps SET state = 'offered', taken_by_id = NULL, taken_at = NULL WHERE id = ?").run(swap.id);
    ctx.note({ subjectType: 'shift', subjectId: swap.shift_id, summary: `${caller.displayName} no longer takes ${swap.offered_by_name}'s shift` });
  } else {
    ctx.db.prepare("UPDATE shift_swaps SET state = 'withdrawn', decided_by_id = ?, decided_at = ? WHERE id = ?").run(caller.id, ctx.now.toISOString(), swap.id);
    ctx.note({ subjectType: 'shift', subjectId: swap.shift_id, summary: `${caller.displayName} withdrew the offer of ${swap.offered_by_name}'s shift` });
  }
  return toOffer(ctx.db, getSwap(ctx.db, swap.id));
}

export function approveSwap(ctx: WriteContext, input: ParsedInputOf<'swaps.approve'>): SwapOffer {
  const caller = me(ctx.caller);
  const swap = getSwap(ctx.db, input.swapId);
  if (swap.state !== 'taken' || !swap.taken_by_id) fail('conflict', swap.state === 'offered' ? 'Nobody has taken this shift yet.' : 'This offer is already closed.', { field: 'swapId' });
  const shift = swappable(ctx.db, swap.shift_id, ctx.now);
  if (shift.trainee_id !== swap.offered_by_id) fail('conflict', 'The shift was given to someone else since it was offered.', { field: 'swapId' });
  refuseIfCertified(ctx.db, shift.day, shift.trainee_id, 'swapId');
  const taker = findStaff(ctx.db, swap.taken_by_id);
  if (!taker || taker.active !== 1) fail('conflict', `${swap.taken_by_name ?? 'The person who took it'} is switched off in Apron.`, { field: 'swapId' });
  refuseIfBusy(ctx.db, shift, { id: taker.id, displayName: taker.display_name }, 'swapId');
  const at = ctx.now.toISOString();
  ctx.db
    .prepare(
      `UPDATE shifts SET trainee_id = ?, changed_since_published = 1,
         published_start_at = CASE WHEN changed_since_published = 0 THEN start_at ELSE published_start_at END,
         published_end_at = CASE WHEN changed_since_published = 0 THEN end_at ELSE published_end_at END,
         updated_at = ? WHERE id = ?`,
    )
    .run(taker.id, at, shift.id);
  ctx.db.prepare("UPDATE shift_swaps SET state = 'approved', decided_by_id = ?, decided_at = ? WHERE id = ?").run(caller.id, at, swap.id);
  ctx.note({ subjectType: 'shift', subjectId: shift.id, summary: `Approved the swap: ${taker.display_name} works ${swap.offered_by_name}'s shift on ${when(shift)}` });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: mondayOf(shift.day) } });
  return toOffer(ctx.db, getSwap(ctx.db, swap.id));
}

export function declineSwap(ctx: WriteContext, input: ParsedInputOf<'swaps.decline'>): SwapOffer {
  const caller = me(ctx.caller);
  const swap = getSwap(ctx.db, input.swapId);
  if (swap.state !== 'offered' && swap.state !== 'taken') fail('conflict', 'This offer is already closed.', { field: 'swapId' });
  ctx.db.prepare("UPDATE shift_swaps SET state = 'declined', decided_by_id = ?, decided_at = ?, decision_reason = ? WHERE id = ?").run(caller.id, ctx.now.toISOString(), input.reason, swap.id);
  ctx.note({ subjectType: 'shift', subjectId: swap.shift_id, summary: `Declined the swap of ${swap.offered_by_name}'s shift: ${input.reason}` });
  const shift = getShiftRow(ctx.db, swap.shift_id);
  ctx.emit({ event: 'rota.changed', payload: { weekStart: mondayOf(shift.day) } });
  return toOffer(ctx.db, getSwap(ctx.db, swap.id));
}
