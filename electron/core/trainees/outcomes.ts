import type { Outcome, OutcomeEvidence, OutcomeKind, ParsedInputOf, SustainmentCheck, SustainmentCheckpoint } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import type { StaffRow } from '../people/staffRows.ts';
import { addDays, cafeDayOf, dayInWords, daysBetween } from '../rota/wallClock.ts';
import { findRecord } from './records.ts';
import { removalOf, type RemovableRow } from './removal.ts';
import { subjectOf, traineeFor } from './subject.ts';

// Outcomes: a trainee's move into a paid job, an apprenticeship, training or education, or
// volunteering. Dated on or after their start date (time to outcome counts from it) and not in
// the future; checked for sustainment 6 weeks and 6 calendar months after.

export const OUTCOME_WORDS: Record<OutcomeKind, string> = {
  paid_job: 'a paid job',
  apprenticeship: 'an apprenticeship',
  training_education: 'training or education',
  volunteering: 'volunteering',
};

const CHECKPOINT_WORDS: Record<SustainmentCheckpoint, string> = { six_weeks: '6-week', six_months: '6-month' };

/** The same day `months` calendar months later, or the month's last day when it has no such day (31 August → 28 February). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When a sustainment check falls due. */
export function checkDueOn(outcomeDay: string, checkpoint: SustainmentCheckpoint): string {
  return checkpoint === 'six_weeks' ? addDays(outcomeDay, 42) : addMonths(outcomeDay, 6);
}

interface OutcomeRow extends RemovableRow {
  id: string;
  staff_id: string;
  staff_name: string;
  kind: OutcomeKind;
  started_on: string;
  employer_or_provider: string;
  minutes_per_week: number | null;
  evidence: OutcomeEvidence | null;
  note: string | null;
  start_date: string | null;
}

interface CheckRow {
  outcome_id: string;
  checkpoint: SustainmentCheckpoint;
  checked_on: string;
  sustained: number;
  evidence: OutcomeEvidence | null;
  note: string | null;
  checked_by_id: string;
  checked_by_name: string;
}

const SELECT_OUTCOMES = `
  SELECT o.*, s.display_name AS staff_name, rb.display_name AS removed_by_name, r.start_date
  FROM outcomes o JOIN staff s ON s.id = o.staff_id LEFT JOIN staff rb ON rb.id = o.removed_by_id LEFT JOIN trainee_records r ON r.staff_id = o.staff_id`;

function toOutcomes(db: ReadDb, rows: readonly OutcomeRow[], today: string): Outcome[] {
  if (rows.length === 0) return [];
  const checks = db
    .prepare<[string], CheckRow>('SELECT * FROM outcome_checks WHERE outcome_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(rows.map((r) => r.id)));
  return rows.map((r) => ({
    id: r.id,
    staff: { id: r.staff_id, displayName: r.staff_name },
    kind: r.kind,
    date: r.started_on,
    employerOrProvider: r.employer_or_provider,
    hoursPerWeek: r.minutes_per_week === null ? null : r.minutes_per_week / 60,
    evidence: r.evidence,
    note: r.note,
    daysFromStart: r.start_date ? daysBetween(r.start_date, r.started_on) : null,
    recordedBy: { id: r.recorded_by_id, displayName: r.recorded_by_name },
    recordedAt: r.recorded_at,
    checks: (['six_weeks', 'six_months'] as const).map((checkpoint): SustainmentCheck => {
      const done = checks.find((c) => c.outcome_id === r.id && c.checkpoint === checkpoint);
      const dueOn = checkDueOn(r.started_on, checkpoint);
      return {
        checkpoint,
        dueOn,
        state: done ? (done.sustained === 1 ? 'sustained' : 'not_sustained') : today >= dueOn ? 'due' : 'not_due',
        checkedOn: done?.checked_on ?? null,
        evidence: done?.evidence ?? null,
        note: done?.note ?? null,
        checkedBy: done ? { id: done.checked_by_id, displayName: done.checked_by_name } : null,
      };
    }),
    removed: removalOf(r),
  }));
}

/** A person's outcomes, newest first. */
export function outcomesOf(db: ReadDb, staffId: string, now: Date, includeRemoved = false): Outcome[] {
  const rows = db
    .prepare<[string, number], OutcomeRow>(`${SELECT_OUTCOMES} WHERE o.staff_id = ? AND (o.removed_at IS NULL OR ? = 1) ORDER BY o.started_on DESC, o.recorded_at DESC`)
    .all(staffId, includeRemoved ? 1 : 0);
  return toOutcomes(db, rows, cafeDayOf(now));
}

function getOutcomeRow(db: ReadDb, id: string): OutcomeRow {
  return db.prepare<[string], OutcomeRow>(`${SELECT_OUTCOMES} WHERE o.id = ?`).get(id) ?? fail('not_found', 'That outcome is not on record.', { field: 'outcomeId' });
}

function loadOutcome(db: ReadDb, id: string, now: Date): Outcome {
  return toOutcomes(db, [getOutcomeRow(db, id)], cafeDayOf(now))[0] as Outcome;
}

export function listOutcomes(ctx: ReadContext, input: ParsedInputOf<'outcomes.list'>): Outcome[] {
  const person = subjectOf(ctx, input.staffId, 'outcomes', ['supervisor', 'manager']);
  return outcomesOf(ctx.db, person.id, ctx.now, input.includeRemoved);
}

/** An outcome's day: not in the future, and on or after the trainee's start date (which must be known). */
function checkOutcomeDay(db: ReadDb, staff: StaffRow, date: string, now: Date): void {
  if (date > cafeDayOf(now)) fail('invalid_input', 'An outcome is recorded once it has started: the date cannot be in the future.', { field: 'date' });
  const start = findRecord(db, staff.id)?.start_date ?? null;
  if (start === null) {
    fail('conflict', `Record ${staff.display_name}'s start date on their trainee record first: the time to an outcome counts from it.`, { field: 'date' });
  }
  if (date < start) {
    fail('invalid_input', `${staff.display_name} started on ${dayInWords(start)}: an outcome cannot be before that. Check the date, or the start date on their record.`, { field: 'date' });
  }
}

function minutesPerWeek(hours: number | null): number | null {
  return hours === null ? null : Math.round(hours * 60);
}

export function addOutcome(ctx: WriteContext, input: ParsedInputOf<'outcomes.add'>): Outcome {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const staff = traineeFor(ctx.db, input.staffId);
  checkOutcomeDay(ctx.db, staff, input.date, ctx.now);
  const id = ctx.ids();
  const at = ctx.now.toISOString();
  ctx.db
    .prepare(
      `INSERT INTO outcomes (id, staff_id, kind, started_on, employer_or_provider, minutes_per_week, evidence, note, recorded_by_id, recorded_by_name, recorded_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, staff.id, input.kind, input.date, input.employerOrProvider, minutesPerWeek(input.hoursPerWeek), input.evidence, input.note, caller.id, caller.displayName, at, at);
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `Recorded an outcome for ${staff.display_name}: ${OUTCOME_WORDS[input.kind]} from ${dayInWords(input.date)}` });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: staff.id, what: 'outcome' } });
  return loadOutcome(ctx.db, id, ctx.now);
}

function liveOutcome(db: ReadDb, id: string): OutcomeRow {
  const row = getOutcomeRow(db, id);
  if (row.removed_at) fail('conflict', `This outcome was removed by ${row.removed_by_name ?? 'someone'}: record a new one instead.`, { field: 'outcomeId' });
  return row;
}

export function updateOutcome(ctx: WriteContext, input: ParsedInputOf<'outcomes.update'>): Outcome {
  const before = liveOutcome(ctx.db, input.outcomeId);
  const staff = traineeFor(ctx.db, before.staff_id);
  const date = input.date ?? before.started_on;
  if (input.date !== undefined) checkOutcomeDay(ctx.db, staff, date, ctx.now);
  if (date !== before.started_on) {
    const checked = ctx.db
      .prepare<[string], { checkpoint: SustainmentCheckpoint; checked_on: string }>('SELECT checkpoint, checked_on FROM outcome_checks WHERE outcome_id = ?')
      .all(before.id)
      .find((c) => c.checked_on < checkDueOn(date, c.checkpoint));
    if (checked) fail('conflict', `The ${CHECKPOINT_WORDS[checked.checkpoint]} check was recorded on ${dayInWords(checked.checked_on)}, before it would be due from that date.`, { field: 'date' });
  }
  const next = {
    kind: input.kind ?? before.kind,
    employer: input.employerOrProvider ?? before.employer_or_provider,
    minutes: input.hoursPerWeek === undefined ? before.minutes_per_week : minutesPerWeek(input.hoursPerWeek),
    evidence: input.evidence === undefined ? before.evidence : input.evidence,
    note: input.note === undefined ? before.note : input.note,
  };
  ctx.db
    .prepare('UPDATE outcomes SET kind = ?, started_on = ?, employer_or_provider = ?, minutes_per_week = ?, evidence = ?, note = ?, updated_at = ? WHERE id = ?')
    .run(next.kind, date, next.employer, next.minutes, next.evidence, next.note, ctx.now.toISOString(), before.id);
  const changed = [
    next.kind !== before.kind ? 'kind' : null,
    date !== before.started_on ? 'date' : null,
    next.employer !== before.employer_or_provider ? 'employer or provider' : null,
    next.minutes !== before.minutes_per_week ? 'hours a week' : null,
    next.evidence !== before.evidence ? 'evidence' : null,
    next.note !== before.note ? 'note' : null,
  ].filter(Boolean);
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `Changed ${staff.display_name}'s outcome (${OUTCOME_WORDS[next.kind]} from ${dayInWords(date)})${changed.length > 0 ? `: ${changed.join(', ')}` : ''}` });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: staff.id, what: 'outcome' } });
  return loadOutcome(ctx.db, before.id, ctx.now);
}

export function removeOutcome(ctx: WriteContext, input: ParsedInputOf<'outcomes.remove'>): Outcome {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const before = liveOutcome(ctx.db, input.outcomeId);
  ctx.db.prepare('UPDATE outcomes SET removed_by_id = ?, removed_at = ?, removed_reason = ?, updated_at = ? WHERE id = ?').run(caller.id, ctx.now.toISOString(), input.reason, ctx.now.toISOString(), before.id);
  ctx.note({ subjectType: 'staff', subjectId: before.staff_id, summary: `Removed ${before.staff_name}'s outcome (${OUTCOME_WORDS[before.kind]} from ${dayInWords(before.started_on)}): ${input.reason}` });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: before.staff_id, what: 'outcome' } });
  return loadOutcome(ctx.db, before.id, ctx.now);
}

export function checkSustainment(ctx: WriteContext, input: ParsedInputOf<'outcomes.checkSustainment'>): Outcome {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const outcome = liveOutcome(ctx.db, input.outcomeId);
  const dueOn = checkDueOn(outcome.started_on, input.checkpoint);
  const words = CHECKPOINT_WORDS[input.checkpoint];
  if (input.checkedOn > cafeDayOf(ctx.now)) fail('invalid_input', 'The date checked cannot be in the future.', { field: 'checkedOn' });
  if (input.checkedOn < dueOn) fail('invalid_input', `The ${words} check is due on ${dayInWords(dueOn)}: record it on or after that day.`, { field: 'checkedOn' });
  ctx.db
    .prepare(
      `INSERT INTO outcome_checks (outcome_id, checkpoint, checked_on, sustained, evidence, note, checked_by_id, checked_by_name, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (outcome_id, checkpoint) DO UPDATE SET checked_on = excluded.checked_on, sustained = excluded.sustained, evidence = excluded.evidence,
         note = excluded.note, checked_by_id = excluded.checked_by_id, checked_by_name = excluded.checked_by_name, recorded_at = excluded.recorded_at`,
    )
    .run(outcome.id, input.checkpoint, input.checkedOn, input.sustained ? 1 : 0, input.evidence, input.note, caller.id, caller.displayName, ctx.now.toISOString());
  ctx.note({
    subjectType: 'staff',
    subjectId: outcome.staff_id,
    summary: `Recorded the ${words} check of ${outcome.staff_name}'s outcome (${OUTCOME_WORDS[outcome.kind]}): ${input.sustained ? 'sustained' : 'not sustained'}`,
  });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: outcome.staff_id, what: 'outcome' } });
  return loadOutcome(ctx.db, outcome.id, ctx.now);
}
