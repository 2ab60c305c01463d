import type { CashSessionEvidence, ParsedInputOf, ShiftRef, ShiftTillEvidence, SkillLevel, SkillObservation, Tender, TillSaleEvidence } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { cafeClockOf, dayInWords } from '../rota/wallClock.ts';
import { traineeFor } from '../trainees/subject.ts';
import { competencyInUse, competencyRef } from './framework.ts';

// Observations: a supervisor watches a trainee at a competency on one of the trainee's shifts
// (on it or after it) and records the level they worked at, with a note and the till's
// evidence from that shift (their sales, and the cash sessions they opened or closed then).
// Nobody observes themselves.

export const LEVEL_WORDS: Record<SkillLevel, string> = { shadowing: 'shadowing', with_support: 'with support', independent: 'independent' };

/** A shift as the skills screens need it, with who worked it and when it began and ended. */
export interface ObservedShiftRow {
  id: string;
  day: string;
  start_at: string | null;
  end_at: string | null;
  clock_in_at: string | null;
  clock_out_at: string | null;
  trainee_id: string | null;
  trainee_name: string | null;
  station_name: string | null;
  state: 'draft' | 'published';
  unplanned: number;
  attendance: string | null;
}

const SELECT_SHIFT = `
  SELECT s.id, s.day, s.start_at, s.end_at, s.clock_in_at, s.clock_out_at, s.trainee_id, t.display_name AS trainee_name,
         st.name AS station_name, s.state, s.unplanned, s.attendance
  FROM shifts s LEFT JOIN staff t ON t.id = s.trainee_id LEFT JOIN stations st ON st.id = s.station_id`;

export function shiftRowsWhere(db: ReadDb, where: string, params: unknown[], order = 's.day DESC, coalesce(s.start_at, s.clock_in_at) DESC'): ObservedShiftRow[] {
  return db.prepare<unknown[], ObservedShiftRow>(`${SELECT_SHIFT} WHERE ${where} ORDER BY ${order}`).all(...params);
}

export function toShiftRef(row: Pick<ObservedShiftRow, 'id' | 'day' | 'start_at' | 'end_at' | 'clock_in_at' | 'clock_out_at' | 'station_name'>): ShiftRef {
  const start = row.start_at ?? row.clock_in_at;
  const end = row.end_at ?? row.clock_out_at;
  return { id: row.id, day: row.day, start: start ? cafeClockOf(start) : null, end: end ? cafeClockOf(end) : null, stationName: row.station_name };
}

/**
 * A shift someone can be observed on: worked by someone, and begun (clocked in, or its planned
 * start passed); not a draft, an absence or a shift the café cancelled.
 */
export function observableShift(db: ReadDb, shiftId: string, now: Date): ObservedShiftRow {
  const row = shiftRowsWhere(db, 's.id = ?', [shiftId])[0] ?? fail('not_found', 'That shift is not on the rota any more: choose another.', { field: 'shiftId' });
  if (!row.trainee_id) fail('conflict', 'Nobody was given that shift: choose the shift the trainee worked.', { field: 'shiftId' });
  const when = dayInWords(row.day);
  if (row.attendance === 'absent') fail('conflict', `${row.trainee_name ?? 'They'} was absent on ${when}: choose a shift they worked.`, { field: 'shiftId' });
  if (row.attendance === 'cancelled') fail('conflict', `The café cancelled that shift on ${when}: choose a shift that went ahead.`, { field: 'shiftId' });
  if (row.state === 'draft' && row.unplanned === 0) fail('conflict', 'That shift is still a draft on the rota: choose a shift that was worked.', { field: 'shiftId' });
  const began = row.clock_in_at ?? row.start_at;
  if (!began || Date.parse(began) > now.getTime()) fail('conflict', `That shift on ${when} has not started yet: record what you saw on or after the shift.`, { field: 'shiftId' });
  return row;
}

/** The time a shift's till evidence is looked for in: clocked, else planned, else until now. */
function shiftWindow(row: ObservedShiftRow, now: Date): { from: string; to: string } {
  const from = row.clock_in_at ?? row.start_at ?? now.toISOString();
  const to = row.clock_out_at ?? row.end_at ?? now.toISOString();
  return { from, to: to < from ? from : to };
}

interface SaleRow {
  id: string;
  kind: 'sale' | 'refund' | 'void';
  receipt_number: number;
  at: string;
  total_pence: number;
  tenders: string | null;
}

const TENDERS: readonly Tender[] = ['cash', 'card'];

function toSale(row: SaleRow): TillSaleEvidence {
  const used = new Set((row.tenders ?? '').split(','));
  return { id: row.id, kind: row.kind, receiptNumber: row.receipt_number, at: row.at, totalPence: row.total_pence, tenders: TENDERS.filter((t) => used.has(t)) };
}

const SELECT_SALES = `
  SELECT j.id, j.kind, j.receipt_number, j.at, j.total_pence,
         (SELECT group_concat(DISTINCT p.tender) FROM journal_payments p WHERE p.entry_id = j.id) AS tenders
  FROM journal j`;

interface CashRow {
  id: string;
  opened_by_id: string;
  closed_by_id: string | null;
  opened_at: string;
  closed_at: string | null;
  float_pence: number;
  counted_pence: number | null;
  variance_pence: number | null;
  z_number: number | null;
}

const SELECT_CASH = `
  SELECT c.id, c.opened_by_id, c.closed_by_id, c.opened_at, c.closed_at, c.float_pence, c.counted_pence, z.variance_pence, c.z_number
  FROM cash_sessions c LEFT JOIN z_reports z ON z.cash_session_id = c.id`;

function toCash(row: CashRow, traineeId: string, window: { from: string; to: string } | null): CashSessionEvidence {
  const inWindow = (at: string | null) => at !== null && (window === null || (at >= window.from && at <= window.to));
  return {
    id: row.id,
    opened: row.opened_by_id === traineeId && inWindow(row.opened_at),
    closed: row.closed_by_id === traineeId && inWindow(row.closed_at),
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    floatPence: row.float_pence,
    countedPence: row.counted_pence,
    variancePence: row.variance_pence,
    zNumber: row.z_number,
  };
}

/** The trainee's sales on the shift (sales carry their operator's shift) and the cash sessions they opened or closed during it. */
export function tillEvidenceOf(db: ReadDb, shift: ObservedShiftRow, now: Date): { sales: TillSaleEvidence[]; cashSessions: CashSessionEvidence[] } {
  const traineeId = shift.trainee_id ?? '';
  const sales = db.prepare<[string, string], SaleRow>(`${SELECT_SALES} WHERE j.shift_id = ? AND j.operator_id = ? ORDER BY j.at, j.receipt_number`).all(shift.id, traineeId).map(toSale);
  const window = shiftWindow(shift, now);
  const cash = db
    .prepare<[string, string, string, string, string, string], CashRow>(
      `${SELECT_CASH} WHERE (c.opened_by_id = ? AND c.opened_at BETWEEN ? AND ?) OR (c.closed_by_id = ? AND c.closed_at BETWEEN ? AND ?) ORDER BY c.opened_at`,
    )
    .all(traineeId, window.from, window.to, traineeId, window.from, window.to)
    .map((r) => toCash(r, traineeId, window));
  return { sales, cashSessions: cash };
}

export function shiftTillEvidence(ctx: ReadContext, input: ParsedInputOf<'skills.tillEvidence'>): ShiftTillEvidence {
  const shift = observableShift(ctx.db, input.shiftId, ctx.now);
  return { shift: toShiftRef(shift), trainee: { id: shift.trainee_id ?? '', displayName: shift.trainee_name ?? '' }, ...tillEvidenceOf(ctx.db, shift, ctx.now) };
}

export interface ObservationRow {
  id: string;
  trainee_id: string;
  trainee_name: string;
  competency_id: string;
  code: string;
  title: string;
  area_id: string;
  area_name: string;
  shift_id: string;
  day: string;
  start_at: string | null;
  end_at: string | null;
  clock_in_at: string | null;
  clock_out_at: string | null;
  station_name: string | null;
  level: SkillLevel;
  note: string | null;
  observer_id: string;
  observer_name: string;
  observed_at: string;
}

const SELECT_OBSERVATIONS = `
  SELECT o.id, o.trainee_id, t.display_name AS trainee_name, o.competency_id, c.code, c.title, c.area_id, a.name AS area_name,
         o.shift_id, s.day, s.start_at, s.end_at, s.clock_in_at, s.clock_out_at, st.name AS station_name,
         o.level, o.note, o.observer_id, o.observer_name, o.observed_at
  FROM skill_observations o
  JOIN staff t ON t.id = o.trainee_id
  JOIN competencies c ON c.id = o.competency_id
  JOIN skill_areas a ON a.id = c.area_id
  JOIN shifts s ON s.id = o.shift_id
  LEFT JOIN stations st ON st.id = s.station_id`;

/** Observations matching `where` (against alias `o`), newest first. */
export function observationRows(db: ReadDb, where: string, params: unknown[]): ObservationRow[] {
  return db.prepare<unknown[], ObservationRow>(`${SELECT_OBSERVATIONS} WHERE ${where} ORDER BY o.observed_at DESC, o.id DESC`).all(...params);
}

/** Observation rows as the contract shows them, with their attached till evidence. */
export function toObservations(db: ReadDb, rows: readonly ObservationRow[]): SkillObservation[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const links = db
    .prepare<[string], { observation_id: string; kind: 'sale' | 'cash_session'; ref_id: string }>(
      'SELECT observation_id, kind, ref_id FROM skill_observation_evidence WHERE observation_id IN (SELECT value FROM json_each(?))',
    )
    .all(ids);
  const saleIds = JSON.stringify(links.filter((l) => l.kind === 'sale').map((l) => l.ref_id));
  const cashIds = JSON.stringify(links.filter((l) => l.kind === 'cash_session').map((l) => l.ref_id));
  const sales = new Map(db.prepare<[string], SaleRow>(`${SELECT_SALES} WHERE j.id IN (SELECT value FROM json_each(?))`).all(saleIds).map((r) => [r.id, toSale(r)]));
  const cash = new Map(db.prepare<[string], CashRow>(`${SELECT_CASH} WHERE c.id IN (SELECT value FROM json_each(?))`).all(cashIds).map((r) => [r.id, r]));
  return rows.map((r) => {
    const mine = links.filter((l) => l.observation_id === r.id);
    return {
      id: r.id,
      trainee: { id: r.trainee_id, displayName: r.trainee_name },
      competency: competencyRef({ id: r.competency_id, code: r.code, title: r.title, area_id: r.area_id, area_name: r.area_name }),
      // The row's own id is the observation's: the shift is the one it was on.
      shift: toShiftRef({ ...r, id: r.shift_id }),
      level: r.level,
      note: r.note,
      observer: { id: r.observer_id, displayName: r.observer_name },
      at: r.observed_at,
      sales: mine.flatMap((l) => (l.kind === 'sale' && sales.has(l.ref_id) ? [sales.get(l.ref_id) as TillSaleEvidence] : [])).sort((a, b) => (a.at < b.at ? -1 : 1)),
      cashSessions: mine.flatMap((l) => {
        const row = l.kind === 'cash_session' ? cash.get(l.ref_id) : undefined;
        return row ? [toCash(row, r.trainee_id, null)] : [];
      }),
    };
  });
}

export function recordObservation(ctx: WriteContext, input: ParsedInputOf<'skills.observe'>): SkillObservation {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const shift = observableShift(ctx.db, input.shiftId, ctx.now);
  const traineeId = shift.trainee_id ?? '';
  if (traineeId === caller.id) fail('forbidden', `${caller.displayName}, nobody observes themselves: ask another supervisor or a manager to observe you.`, { field: 'shiftId' });
  const trainee = traineeFor(ctx.db, traineeId, 'shiftId');
  const competency = competencyInUse(ctx.db, input.competencyId);

  const already = ctx.db
    .prepare<[string, string, string], { observer_name: string; level: SkillLevel }>('SELECT observer_name, level FROM skill_observations WHERE trainee_id = ? AND competency_id = ? AND shift_id = ?')
    .get(traineeId, competency.id, shift.id);
  if (already) {
    fail('conflict', `${trainee.display_name} was already observed for ${competency.code} on this shift (${LEVEL_WORDS[already.level]}, by ${already.observer_name}). Observe them on another shift.`, { field: 'competencyId' });
  }

  // Attached evidence must be the trainee's, on this shift.
  const evidence = tillEvidenceOf(ctx.db, shift, ctx.now);
  const saleIds = [...new Set(input.saleIds)];
  const cashSessionIds = [...new Set(input.cashSessionIds)];
  saleIds.forEach((id, i) => {
    if (!evidence.sales.some((s) => s.id === id)) fail('conflict', `That sale was not rung up by ${trainee.display_name} on this shift.`, { field: `saleIds.${i}` });
  });
  cashSessionIds.forEach((id, i) => {
    if (!evidence.cashSessions.some((c) => c.id === id)) fail('conflict', `${trainee.display_name} did not open or close that cash session during this shift.`, { field: `cashSessionIds.${i}` });
  });

  const id = ctx.ids();
  ctx.db
    .prepare('INSERT INTO skill_observations (id, trainee_id, competency_id, shift_id, level, note, observer_id, observer_name, observed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, traineeId, competency.id, shift.id, input.level, input.note, caller.id, caller.displayName, ctx.now.toISOString());
  const link = ctx.db.prepare('INSERT INTO skill_observation_evidence (observation_id, kind, ref_id) VALUES (?, ?, ?)');
  for (const sale of saleIds) link.run(id, 'sale', sale);
  for (const cash of cashSessionIds) link.run(id, 'cash_session', cash);

  const attached = saleIds.length + cashSessionIds.length;
  ctx.note({
    subjectType: 'staff',
    subjectId: traineeId,
    summary: `Observed ${trainee.display_name} at ${competency.code} ${competency.title} on the shift of ${dayInWords(shift.day)}: ${LEVEL_WORDS[input.level]}${attached > 0 ? `, with ${attached} till ${attached === 1 ? 'record' : 'records'} attached` : ''}`,
  });
  ctx.emit({ event: 'skills.changed', payload: { staffId: traineeId } });
  return toObservations(ctx.db, observationRows(ctx.db, 'o.id = ?', [id]))[0] ?? fail('internal', 'The observation vanished while saving.');
}

