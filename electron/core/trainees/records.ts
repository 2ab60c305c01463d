import type { Gender, ParsedInputOf, ReferralSource, TraineeRecord, TraineeStatus, TraineeSummary } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import type { StaffRow } from '../people/staffRows.ts';
import { cafeDayOf, dayInWords } from '../rota/wallClock.ts';
import { subjectOf, traineeFor } from './subject.ts';

// The trainee record: the minimum the café needs (DESIGN, Access). The name and the consent to
// be named on receipts live on the staff row; the rest here. No health or offence details are
// asked for, and the audit log says which parts changed, never what they say.

export interface TraineeRecordRow {
  staff_id: string;
  preferred_name: string | null;
  start_date: string | null;
  programme: string | null;
  referral_source: ReferralSource | null;
  referral_date: string | null;
  goal: string | null;
  status: TraineeStatus;
  status_since: string;
  status_reason: string | null;
  gender: Gender | null;
  updated_by_id: string | null;
  updated_at: string;
  /** Set once the record was erased (trainees.erase): only anonymous totals are left. */
  erased_at: string | null;
}

export function findRecord(db: ReadDb, staffId: string): TraineeRecordRow | undefined {
  return db.prepare<[string], TraineeRecordRow>('SELECT * FROM trainee_records WHERE staff_id = ?').get(staffId);
}

export const STATUS_WORDS: Record<TraineeStatus, string> = { active: 'active', paused: 'paused', completed: 'completed', withdrawn: 'withdrawn' };

export function readRecord(db: ReadDb, staff: StaffRow): TraineeRecord {
  const row = findRecord(db, staff.id);
  const history = db
    .prepare<[string], { status: TraineeStatus; since: string; reason: string | null; changed_by_id: string | null; changed_by_name: string | null; changed_at: string }>(
      'SELECT status, since, reason, changed_by_id, changed_by_name, changed_at FROM trainee_status_changes WHERE staff_id = ? ORDER BY since, changed_at',
    )
    .all(staff.id);
  return {
    staff: { id: staff.id, displayName: staff.display_name },
    active: staff.active === 1,
    preferredName: row?.preferred_name ?? null,
    startDate: row?.start_date ?? null,
    programme: row?.programme ?? null,
    referralSource: row?.referral_source ?? null,
    referralDate: row?.referral_date ?? null,
    goal: row?.goal ?? null,
    status: row?.status ?? 'active',
    statusSince: row?.status_since ?? null,
    statusReason: row?.status_reason ?? null,
    gender: row?.gender ?? null,
    namedOnReceipts: staff.named_on_receipts === 1,
    statusHistory: history.map((h) => ({ status: h.status, since: h.since, reason: h.reason, by: h.changed_by_id ? { id: h.changed_by_id, displayName: h.changed_by_name ?? '' } : null, at: h.changed_at })),
    updatedAt: row?.updated_at ?? null,
  };
}

export function getRecord(ctx: ReadContext, input: ParsedInputOf<'trainees.get'>): TraineeRecord {
  const person = subjectOf(ctx, input.staffId, 'record', ['manager']);
  const staff = traineeFor(ctx.db, person.id);
  const own = ctx.caller?.id === staff.id;
  ctx.note?.({ subjectType: 'staff', subjectId: staff.id, summary: own ? 'Viewed their own trainee record' : `Viewed ${staff.display_name}'s trainee record` });
  return readRecord(ctx.db, staff);
}

export function listRecords(ctx: ReadContext, input: ParsedInputOf<'trainees.list'>): TraineeSummary[] {
  const rows = ctx.db
    .prepare<[number], { id: string; display_name: string; active: number; preferred_name: string | null; start_date: string | null; programme: string | null; referral_source: ReferralSource | null; status: TraineeStatus | null; outcomes: number }>(
      `SELECT s.id, s.display_name, s.active, r.preferred_name, r.start_date, r.programme, r.referral_source, r.status,
              (SELECT count(*) FROM outcomes o WHERE o.staff_id = s.id AND o.removed_at IS NULL) AS outcomes
       FROM staff s LEFT JOIN trainee_records r ON r.staff_id = s.id
       WHERE (s.role = 'trainee' OR r.staff_id IS NOT NULL) AND (s.active = 1 OR ? = 1)
       ORDER BY s.active DESC, s.display_name COLLATE NOCASE`,
    )
    .all(input.includeFormer ? 1 : 0);
  ctx.note?.({ subjectType: 'trainee_records', summary: `Viewed the list of trainee records (${rows.length})` });
  return rows.map((r) => ({
    staff: { id: r.id, displayName: r.display_name },
    active: r.active === 1,
    preferredName: r.preferred_name,
    startDate: r.start_date,
    programme: r.programme,
    referralSource: r.referral_source,
    status: r.status ?? 'active',
    outcomes: r.outcomes,
  }));
}

const FIELD_WORDS: Record<string, string> = {
  preferredName: 'preferred name',
  startDate: 'start date',
  programme: 'programme',
  referralSource: 'referral source',
  referralDate: 'referral date',
  goal: 'goal',
  gender: 'gender',
  namedOnReceipts: 'named on receipts',
};

/** A new record: active from today. */
function ensureRecord(ctx: WriteContext, staffId: string): TraineeRecordRow {
  const found = findRecord(ctx.db, staffId);
  if (found?.erased_at) fail('conflict', 'This record was erased: only anonymous totals are kept, and it cannot be changed.', { field: 'staffId' });
  if (found) return found;
  const at = ctx.now.toISOString();
  ctx.db.prepare("INSERT INTO trainee_records (staff_id, status, status_since, updated_by_id, updated_at) VALUES (?, 'active', ?, ?, ?)").run(staffId, cafeDayOf(ctx.now), ctx.caller?.id ?? null, at);
  return findRecord(ctx.db, staffId) ?? fail('internal', 'The trainee record vanished while saving.');
}

export function saveRecord(ctx: WriteContext, input: ParsedInputOf<'trainees.save'>): TraineeRecord {
  const staff = traineeFor(ctx.db, input.staffId);
  const before = ensureRecord(ctx, staff.id);
  const today = cafeDayOf(ctx.now);
  const next = {
    preferred_name: input.preferredName === undefined ? before.preferred_name : input.preferredName,
    start_date: input.startDate === undefined ? before.start_date : input.startDate,
    programme: input.programme === undefined ? before.programme : input.programme,
    referral_source: input.referralSource === undefined ? before.referral_source : input.referralSource,
    referral_date: input.referralDate === undefined ? before.referral_date : input.referralDate,
    goal: input.goal === undefined ? before.goal : input.goal,
    gender: input.gender === undefined ? before.gender : input.gender,
  };
  if (input.referralDate && input.referralDate > today) fail('invalid_input', 'The referral date cannot be in the future.', { field: 'referralDate' });
  if (next.referral_date && next.start_date && next.referral_date > next.start_date) {
    fail('invalid_input', `The referral date must be on or before the start date (${dayInWords(next.start_date)}).`, { field: input.referralDate !== undefined ? 'referralDate' : 'startDate' });
  }
  if (input.startDate) {
    const earliest = ctx.db
      .prepare<[string], { started_on: string | null }>('SELECT min(started_on) AS started_on FROM outcomes WHERE staff_id = ? AND removed_at IS NULL')
      .get(staff.id)?.started_on;
    if (earliest && earliest < input.startDate) {
      fail('conflict', `${staff.display_name} has an outcome on ${dayInWords(earliest)}, before that start date: check the dates.`, { field: 'startDate' });
    }
  }
  ctx.db
    .prepare(
      `UPDATE trainee_records SET preferred_name = ?, start_date = ?, programme = ?, referral_source = ?, referral_date = ?, goal = ?, gender = ?, updated_by_id = ?, updated_at = ?
       WHERE staff_id = ?`,
    )
    .run(next.preferred_name, next.start_date, next.programme, next.referral_source, next.referral_date, next.goal, next.gender, ctx.caller?.id ?? null, ctx.now.toISOString(), staff.id);
  const changed = Object.entries(next)
    .filter(([k, v]) => before[k as keyof typeof next] !== v)
    .map(([k]) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()));
  if (input.namedOnReceipts !== undefined && input.namedOnReceipts !== (staff.named_on_receipts === 1)) {
    ctx.db.prepare('UPDATE staff SET named_on_receipts = ?, updated_at = ? WHERE id = ?').run(input.namedOnReceipts ? 1 : 0, ctx.now.toISOString(), staff.id);
    changed.push('namedOnReceipts');
  }
  const words = changed.map((k) => FIELD_WORDS[k] ?? k);
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `Changed ${staff.display_name}'s trainee record${words.length > 0 ? `: ${words.join(', ')}` : ' (nothing different)'}` });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: staff.id, what: 'record' } });
  return readRecord(ctx.db, traineeFor(ctx.db, staff.id));
}

export function setStatus(ctx: WriteContext, input: ParsedInputOf<'trainees.setStatus'>): TraineeRecord {
  const staff = traineeFor(ctx.db, input.staffId);
  const before = ensureRecord(ctx, staff.id);
  const today = cafeDayOf(ctx.now);
  const since = input.since ?? today;
  if (input.status === 'withdrawn' && !input.reason) fail('invalid_input', 'Say why they withdrew: it is kept on their record.', { field: 'reason' });
  if (since > today) fail('invalid_input', 'The date cannot be in the future.', { field: 'since' });
  if (before.start_date && since < before.start_date) fail('invalid_input', `${staff.display_name} started on ${dayInWords(before.start_date)}: the date cannot be before that.`, { field: 'since' });
  if (before.status === input.status && before.status_reason === input.reason && before.status_since === since) {
    fail('conflict', `${staff.display_name} is already ${STATUS_WORDS[input.status]}.`, { field: 'status' });
  }
  const caller = ctx.caller;
  ctx.db
    .prepare('UPDATE trainee_records SET status = ?, status_since = ?, status_reason = ?, updated_by_id = ?, updated_at = ? WHERE staff_id = ?')
    .run(input.status, since, input.reason, caller?.id ?? null, ctx.now.toISOString(), staff.id);
  ctx.db
    .prepare('INSERT INTO trainee_status_changes (id, staff_id, status, since, reason, changed_by_id, changed_by_name, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(ctx.ids(), staff.id, input.status, since, input.reason, caller?.id ?? null, caller?.displayName ?? null, ctx.now.toISOString());
  // The reason stays on the record, not in the audit log: it can be personal.
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `Set ${staff.display_name}'s status to ${STATUS_WORDS[input.status]} from ${dayInWords(since)}` });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: staff.id, what: 'status' } });
  return readRecord(ctx.db, traineeFor(ctx.db, staff.id));
}
