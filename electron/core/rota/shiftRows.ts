import type { AttendanceStatus, PersonRef, Shift, ShiftBreak, Station, SwapRef, SwapState } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { cafeClockOf, cafeDayOf, minutesBetween, periodWords } from './wallClock.ts';

// Shifts as stored, and as the contract shows them. Every read of shifts goes through
// `loadShifts` with a WHERE clause on an indexed column (a day range, a person, an id), so the
// cost follows what was asked for. Breaks, live swaps and certifications are fetched for the
// loaded shifts only.

export interface ShiftRow {
  id: string;
  day: string;
  start_at: string | null;
  end_at: string | null;
  station_id: string | null;
  trainee_id: string | null;
  supervisor_id: string | null;
  note: string | null;
  state: 'draft' | 'published';
  published_at: string | null;
  changed_since_published: number;
  published_start_at: string | null;
  published_end_at: string | null;
  unplanned: number;
  confirmed_by_id: string | null;
  confirmed_at: string | null;
  clock_in_at: string | null;
  clock_out_at: string | null;
  approved_start_at: string | null;
  approved_end_at: string | null;
  approved_break_minutes: number | null;
  credited_minutes: number | null;
  approved_by_id: string | null;
  approved_by_name: string | null;
  approved_at: string | null;
  approval_reason: string | null;
  attendance: AttendanceStatus | null;
  late_minutes: number | null;
  attendance_reason: string | null;
  absence_acceptable: number | null;
  created_at: string;
  updated_at: string;
}

export interface JoinedShiftRow extends ShiftRow {
  station_name: string | null;
  station_position: number | null;
  station_active: number | null;
  trainee_name: string | null;
  supervisor_name: string | null;
}

export interface BreakRow {
  id: string;
  shift_id: string;
  start_at: string;
  end_at: string | null;
  paid: number;
}

interface SwapJoinRow {
  id: string;
  shift_id: string;
  state: SwapState;
  offered_by_id: string;
  offered_by_name: string;
  taken_by_id: string | null;
  taken_by_name: string | null;
}

export interface CertificationRow {
  id: string;
  kind: 'week' | 'month';
  from_day: string;
  to_day: string;
  staff_id: string | null;
  credited_minutes: number;
  certified_by_id: string;
  certified_by_name: string;
  certified_at: string;
  reopened_by_id: string | null;
  reopened_by_name: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

const SELECT_SHIFTS = `
  SELECT s.*, st.name AS station_name, st.position AS station_position, st.active AS station_active,
         t.display_name AS trainee_name, sv.display_name AS supervisor_name
  FROM shifts s
  LEFT JOIN stations st ON st.id = s.station_id
  LEFT JOIN staff t ON t.id = s.trainee_id
  LEFT JOIN staff sv ON sv.id = s.supervisor_id`;

/** Shifts matching `where` (written against alias `s`), ordered by `order`. */
export function shiftRows(db: ReadDb, where: string, params: unknown[], order = 's.day, s.start_at, s.clock_in_at, s.id'): JoinedShiftRow[] {
  return db.prepare<unknown[], JoinedShiftRow>(`${SELECT_SHIFTS} WHERE ${where} ORDER BY ${order}`).all(...params);
}

/** Standing certifications that touch the café days `from` to `to`. */
export function standingCertifications(db: ReadDb, from: string, to: string): CertificationRow[] {
  return db.prepare<[string, string], CertificationRow>('SELECT * FROM hour_certifications WHERE reopened_at IS NULL AND to_day >= ? AND from_day <= ?').all(from, to);
}

export function coveredBy(certs: readonly CertificationRow[], day: string, traineeId: string | null): CertificationRow | undefined {
  return certs.find((c) => day >= c.from_day && day <= c.to_day && (c.staff_id === null || c.staff_id === traineeId));
}

/** Refuses a change to hours a manager has certified, naming the certification. */
export function refuseIfCertified(db: ReadDb, day: string, traineeId: string | null, field?: string): void {
  const cert = coveredBy(standingCertifications(db, day, day), day, traineeId);
  if (cert) {
    const period = periodWords(cert.kind, cert.from_day);
    fail('conflict', `The hours of ${period} are certified, so they cannot change. A manager can reopen them with a reason.`, field ? { field } : {});
  }
}

function station(row: JoinedShiftRow): Station | null {
  if (!row.station_id) return null;
  return { id: row.station_id, name: row.station_name ?? '', position: row.station_position ?? 0, active: row.station_active === 1 };
}

function person(id: string | null, name: string | null): PersonRef | null {
  return id ? { id, displayName: name ?? '' } : null;
}

export function toShift(row: JoinedShiftRow, breaks: readonly BreakRow[], swap: SwapRef | null, locked: boolean): Shift {
  const scheduled = row.start_at !== null && row.end_at !== null;
  return {
    id: row.id,
    day: row.day,
    startAt: row.start_at,
    endAt: row.end_at,
    start: row.start_at ? cafeClockOf(row.start_at) : null,
    end: row.end_at ? cafeClockOf(row.end_at) : null,
    endsNextDay: row.end_at !== null && cafeDayOf(row.end_at) !== row.day,
    scheduledMinutes: scheduled ? minutesBetween(row.start_at ?? '', row.end_at ?? '') : null,
    station: station(row),
    trainee: person(row.trainee_id, row.trainee_name),
    supervisor: person(row.supervisor_id, row.supervisor_name),
    note: row.note,
    state: row.state,
    publishedAt: row.published_at,
    changedSincePublished: row.changed_since_published === 1,
    publishedStartAt: row.published_start_at,
    publishedEndAt: row.published_end_at,
    unplanned: row.unplanned === 1,
    confirmed: row.unplanned === 0 || row.confirmed_at !== null,
    clockedInAt: row.clock_in_at,
    clockedOutAt: row.clock_out_at,
    breaks: breaks.map((b): ShiftBreak => ({ startAt: b.start_at, endAt: b.end_at, paid: b.paid === 1 })),
    approval:
      row.approved_at && row.approved_by_id
        ? {
            startAt: row.approved_start_at,
            endAt: row.approved_end_at,
            breakMinutes: row.approved_break_minutes ?? 0,
            by: { id: row.approved_by_id, displayName: row.approved_by_name ?? '' },
            at: row.approved_at,
            reason: row.approval_reason,
          }
        : null,
    attendance: row.attendance
      ? { status: row.attendance, lateMinutes: row.late_minutes, reason: row.attendance_reason, acceptable: row.absence_acceptable === null ? null : row.absence_acceptable === 1 }
      : null,
    creditedMinutes: row.credited_minutes,
    locked,
    swap,
  };
}

/** Breaks of the given shifts, oldest first, by shift id. */
export function breaksOf(db: ReadDb, shiftIds: readonly string[]): Map<string, BreakRow[]> {
  const byShift = new Map<string, BreakRow[]>();
  if (shiftIds.length === 0) return byShift;
  const rows = db
    .prepare<[string], BreakRow>('SELECT * FROM shift_breaks WHERE shift_id IN (SELECT value FROM json_each(?)) ORDER BY shift_id, start_at')
    .all(JSON.stringify(shiftIds));
  for (const row of rows) {
    const list = byShift.get(row.shift_id) ?? [];
    list.push(row);
    byShift.set(row.shift_id, list);
  }
  return byShift;
}

function liveSwaps(db: ReadDb, shiftIds: readonly string[]): Map<string, SwapRef> {
  const bySwap = new Map<string, SwapRef>();
  if (shiftIds.length === 0) return bySwap;
  const rows = db
    .prepare<[string], SwapJoinRow>(
      `SELECT w.id, w.shift_id, w.state, w.offered_by_id, o.display_name AS offered_by_name, w.taken_by_id, k.display_name AS taken_by_name
       FROM shift_swaps w JOIN staff o ON o.id = w.offered_by_id LEFT JOIN staff k ON k.id = w.taken_by_id
       WHERE w.state IN ('offered', 'taken') AND w.shift_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(shiftIds));
  for (const r of rows) {
    bySwap.set(r.shift_id, { id: r.id, state: r.state, offeredBy: { id: r.offered_by_id, displayName: r.offered_by_name }, takenBy: person(r.taken_by_id, r.taken_by_name) });
  }
  return bySwap;
}

/** Joined rows to contract shifts, with their breaks, live swaps and locks. */
export function toShifts(db: ReadDb, rows: readonly JoinedShiftRow[]): Shift[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const breaks = breaksOf(db, ids);
  const swaps = liveSwaps(db, ids);
  let from = rows[0]?.day ?? '';
  let to = from;
  for (const r of rows) {
    if (r.day < from) from = r.day;
    if (r.day > to) to = r.day;
  }
  const certs = standingCertifications(db, from, to);
  return rows.map((r) => toShift(r, breaks.get(r.id) ?? [], swaps.get(r.id) ?? null, coveredBy(certs, r.day, r.trainee_id) !== undefined));
}

export function loadShift(db: ReadDb, id: string, field = 'shiftId'): Shift {
  const row = shiftRows(db, 's.id = ?', [id])[0] ?? fail('not_found', 'That shift is not on the rota any more: look at the rota again.', { field });
  return toShifts(db, [row])[0] as Shift;
}

export function getShiftRow(db: ReadDb, id: string, field = 'shiftId'): JoinedShiftRow {
  return shiftRows(db, 's.id = ?', [id])[0] ?? fail('not_found', 'That shift is not on the rota any more: look at the rota again.', { field });
}

/** Unpaid break minutes taken, by the clock; a break still going on counts up to `until`. */
export function unpaidBreakMinutes(breaks: readonly BreakRow[], until: Date | string): number {
  return breaks.filter((b) => b.paid === 0).reduce((sum, b) => sum + Math.max(0, minutesBetween(b.start_at, b.end_at ?? until)), 0);
}
