import { createHash } from 'node:crypto';
import { ERASE_AFTER_MONTHS, type ParsedInputOf, type TraineeErasure } from '../../../shared/contract/index.ts';
import type { WriteContext } from '../context.ts';
import type { WriteDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { cafeDayOf, dayInWords } from '../rota/wallClock.ts';
import { addMonths } from './outcomes.ts';
import { findRecord, STATUS_WORDS } from './records.ts';
import { traineeFor } from './subject.ts';

// Erasing a trainee who left long ago (DESIGN, Access: the minimum the café needs, for no
// longer than it needs it). Their personal details go; what reports count stays, anonymous:
// shifts with their times, hours and attendance, sign-offs, qualifications' titles and dates,
// outcome kinds and dates, start and referral dates, gender and referral source. So the cohort
// report of any past period gives the same figures before and after.
//
// What cannot change: the sales journal is hash-chained and append-only, so a sale keeps its
// operator's id and the name printed with it; the staff list, the audit log and everything
// else that names them now give the anonymous name instead.

/** Written where a reason must stay (a withdrawal, a removal) but what it said must go. */
export const ERASED_TEXT = 'Not kept: the record was erased';

/** "Former trainee 3F2A": a short code from their id, longer if another person has it. */
function anonymousName(db: WriteDb, staffId: string): string {
  const hex = createHash('sha256').update(staffId).digest('hex').toUpperCase();
  for (let length = 4; length <= hex.length; length += 2) {
    const name = `Former trainee ${hex.slice(0, length)}`;
    const taken = db.prepare<[string, string], { id: string }>('SELECT id FROM staff WHERE display_name = ? AND id <> ?').get(name, staffId);
    if (!taken) return name;
  }
  return `Former trainee ${staffId}`;
}

/** The free text kept about a person, longest first, that erasure removes: to take out of audit summaries that quote it. */
function personalTexts(db: WriteDb, id: string): string[] {
  const texts = db
    .prepare<[{ id: string }], { text: string | null }>(
      `SELECT preferred_name AS text FROM trainee_records WHERE staff_id = @id
       UNION SELECT goal FROM trainee_records WHERE staff_id = @id
       UNION SELECT status_reason FROM trainee_records WHERE staff_id = @id
       UNION SELECT reason FROM trainee_status_changes WHERE staff_id = @id
       UNION SELECT employer_or_provider FROM outcomes WHERE staff_id = @id
       UNION SELECT note FROM outcomes WHERE staff_id = @id
       UNION SELECT removed_reason FROM outcomes WHERE staff_id = @id
       UNION SELECT note FROM outcome_checks WHERE outcome_id IN (SELECT id FROM outcomes WHERE staff_id = @id)
       UNION SELECT certificate_number FROM qualifications WHERE staff_id = @id
       UNION SELECT removed_reason FROM qualifications WHERE staff_id = @id
       UNION SELECT note FROM skill_observations WHERE trainee_id = @id
       UNION SELECT withdrawn_reason FROM skill_signoffs WHERE trainee_id = @id
       UNION SELECT note FROM readiness_ticks WHERE staff_id = @id
       UNION SELECT note FROM shifts WHERE trainee_id = @id
       UNION SELECT approval_reason FROM shifts WHERE trainee_id = @id
       UNION SELECT attendance_reason FROM shifts WHERE trainee_id = @id
       UNION SELECT note FROM unavailable_times WHERE staff_id = @id
       UNION SELECT reason FROM time_off WHERE staff_id = @id`,
    )
    .all({ id })
    .map((r) => r.text?.trim() ?? '')
    // Very short words ("ok") would take letters out of other words.
    .filter((text) => text.length >= 4);
  return [...new Set(texts)].sort((a, b) => b.length - a.length);
}

function hoursInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function eraseTrainee(ctx: WriteContext, input: ParsedInputOf<'trainees.erase'>): TraineeErasure {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const staff = traineeFor(ctx.db, input.staffId);
  const record = findRecord(ctx.db, staff.id);
  if (record?.erased_at) fail('conflict', `This record was already erased on ${dayInWords(cafeDayOf(record.erased_at))}.`, { field: 'staffId' });
  if (staff.id === caller.id) fail('forbidden', 'Nobody erases their own record.', { field: 'staffId' });
  const status = record?.status ?? 'active';
  if (status !== 'completed' && status !== 'withdrawn') {
    fail('conflict', `${staff.display_name} is ${STATUS_WORDS[status]}: only the record of a trainee who completed or withdrew can be erased. Set their status first.`, { field: 'staffId' });
  }

  // The months count from the last thing that happened on the record: a shift or a status change.
  const lastShift = ctx.db.prepare<[string], { day: string | null }>('SELECT max(day) AS day FROM shifts WHERE trainee_id = ?').get(staff.id)?.day ?? null;
  const lastChange = ctx.db.prepare<[string], { day: string | null }>('SELECT max(since) AS day FROM trainee_status_changes WHERE staff_id = ?').get(staff.id)?.day ?? null;
  const lastActive = [lastShift, lastChange, record?.status_since ?? null].filter((d): d is string => d !== null).sort().at(-1) ?? cafeDayOf(ctx.now);
  const today = cafeDayOf(ctx.now);
  const from = addMonths(lastActive, ERASE_AFTER_MONTHS);
  if (from > today) {
    const what = lastActive === lastShift ? 'last shift was' : 'status last changed';
    fail('conflict', `${staff.display_name}'s ${what} on ${dayInWords(lastActive)}: a record can be erased ${ERASE_AFTER_MONTHS} months after that, from ${dayInWords(from)}.`, { field: 'staffId' });
  }
  if (input.confirmName.localeCompare(staff.display_name, 'en-GB', { sensitivity: 'accent' }) !== 0) {
    fail('invalid_input', 'To confirm, type their name exactly as the staff list has it.', { field: 'confirmName' });
  }

  const db = ctx.db;
  const at = ctx.now.toISOString();
  const id = staff.id;
  const name = anonymousName(db, id);
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  const personal = personalTexts(db, id);
  // The audit entries about them or by them, found before the name changes.
  const entries = db
    .prepare<[string, string, string], { id: number }>('SELECT id FROM audit_log WHERE subject_id = ? OR actor_id = ? OR instr(summary, ?) > 0')
    .all(id, id, staff.display_name)
    .map((r) => r.id);

  // The person: no name, no way to log in, no consent left to hold.
  run('UPDATE staff SET display_name = ?, active = 0, pin_hash = NULL, badge_hash = NULL, failed_pin_count = 0, locked_until = NULL, named_on_receipts = 0, updated_at = ? WHERE id = ?', name, at, id);
  // The record: start, referral, status, gender and referral source stay for the totals.
  run(
    `UPDATE trainee_records SET preferred_name = NULL, programme = NULL, goal = NULL,
       status_reason = CASE WHEN status = 'withdrawn' THEN ? ELSE NULL END, erased_at = ?, erased_by_id = ?, updated_by_id = ?, updated_at = ? WHERE staff_id = ?`,
    ERASED_TEXT, at, caller.id, caller.id, at, id,
  );
  run('UPDATE trainee_status_changes SET reason = NULL WHERE staff_id = ?', id);
  // Outcomes keep their kind, dates, hours a week and kind of evidence.
  run('UPDATE outcomes SET employer_or_provider = ?, note = NULL, removed_reason = CASE WHEN removed_at IS NULL THEN NULL ELSE ? END WHERE staff_id = ?', ERASED_TEXT, ERASED_TEXT, id);
  run('UPDATE outcome_checks SET note = NULL WHERE outcome_id IN (SELECT id FROM outcomes WHERE staff_id = ?)', id);
  run('UPDATE qualifications SET certificate_number = NULL, removed_reason = CASE WHEN removed_at IS NULL THEN NULL ELSE ? END WHERE staff_id = ?', ERASED_TEXT, id);
  run('UPDATE skill_observations SET note = NULL WHERE trainee_id = ?', id);
  run('UPDATE skill_signoffs SET withdrawn_reason = ? WHERE trainee_id = ? AND withdrawn_at IS NOT NULL', ERASED_TEXT, id);
  run('UPDATE readiness_ticks SET note = NULL WHERE staff_id = ?', id);
  // The rota: their shifts stay (times, hours, attendance), without notes and reasons.
  run('UPDATE shifts SET note = NULL, approval_reason = NULL, attendance_reason = NULL WHERE trainee_id = ? AND (note IS NOT NULL OR approval_reason IS NOT NULL OR attendance_reason IS NOT NULL)', id);
  run('UPDATE shift_swaps SET note = NULL, decision_reason = NULL WHERE offered_by_id = ? OR taken_by_id = ?', id, id);
  run('DELETE FROM unavailable_times WHERE staff_id = ?', id);
  run('DELETE FROM time_off WHERE staff_id = ?', id);
  // Names copied beside their id where a copy can change (never the journal or a Z report).
  run('UPDATE held_orders SET held_by_name = ? WHERE held_by_id = ?', name, id);
  run('UPDATE cash_movements SET by_name = ? WHERE by_id = ?', name, id);
  run('UPDATE drawer_openings SET by_name = ? WHERE by_id = ?', name, id);
  // The audit log keeps every action, under the anonymous name.
  run('UPDATE audit_log SET actor_name = ? WHERE actor_id = ?', name, id);
  run('UPDATE audit_log SET authorised_by_name = ? WHERE authorised_by_id = ?', name, id);
  // Their entries may quote what was personal (a reason, an employer): those words go too.
  const rewrite = db.prepare<[string, number]>('UPDATE audit_log SET summary = ? WHERE id = ?');
  const summaryOf = db.prepare<[number], { summary: string }>('SELECT summary FROM audit_log WHERE id = ?');
  for (const entry of entries) {
    const before = summaryOf.get(entry)?.summary ?? '';
    let after = before.split(staff.display_name).join(name);
    for (const text of personal) after = after.split(text).join('…');
    if (after !== before) rewrite.run(after, entry);
  }

  const kept = db
    .prepare<[string, string, string, string], { shifts: number; minutes: number; signOffs: number; outcomes: number }>(
      `SELECT (SELECT count(*) FROM shifts WHERE trainee_id = ?) AS shifts,
              (SELECT coalesce(sum(credited_minutes), 0) FROM shifts WHERE trainee_id = ?) AS minutes,
              (SELECT count(*) FROM skill_signoffs WHERE trainee_id = ? AND signed_off_at IS NOT NULL AND withdrawn_at IS NULL) AS signOffs,
              (SELECT count(*) FROM outcomes WHERE staff_id = ? AND removed_at IS NULL) AS outcomes`,
    )
    .get(id, id, id, id) ?? { shifts: 0, minutes: 0, signOffs: 0, outcomes: 0 };
  // The entry for the erasure itself names nobody: only the anonymous name and what stays.
  ctx.note({
    subjectType: 'staff',
    subjectId: id,
    summary: `Erased the personal details of a trainee who left (last active ${dayInWords(lastActive)}); now ${name}. Kept: ${kept.shifts} shifts, ${hoursInWords(kept.minutes)} credited, ${kept.signOffs} sign-offs, ${kept.outcomes} outcomes`,
  });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: id, what: 'record' } });
  ctx.emit({ event: 'skills.changed', payload: { staffId: id } });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
  return { staff: { id, displayName: name }, erasedAt: at, lastActive, kept: { shifts: kept.shifts, creditedMinutes: kept.minutes, signOffs: kept.signOffs, outcomes: kept.outcomes } };
}
