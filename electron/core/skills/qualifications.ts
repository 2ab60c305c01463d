import type { ParsedInputOf, Qualification } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { cafeDayOf, dayInWords } from '../rota/wallClock.ts';
import { removalOf, type RemovableRow } from '../trainees/removal.ts';
import { subjectOf, traineeFor } from '../trainees/subject.ts';

// Qualifications (Level 2 Food Safety and the like): exams, recorded with the date awarded,
// the certificate number and any expiry. One recorded by mistake is removed with a reason and
// stays on record.

interface QualificationRow extends RemovableRow {
  id: string;
  staff_id: string;
  staff_name: string;
  title: string;
  awarding_body: string | null;
  awarded_on: string;
  certificate_number: string | null;
  expires_on: string | null;
}

const SELECT_QUALIFICATIONS = `
  SELECT q.*, s.display_name AS staff_name, r.display_name AS removed_by_name
  FROM qualifications q JOIN staff s ON s.id = q.staff_id LEFT JOIN staff r ON r.id = q.removed_by_id`;

function toQualification(row: QualificationRow, today: string): Qualification {
  return {
    id: row.id,
    staff: { id: row.staff_id, displayName: row.staff_name },
    title: row.title,
    awardingBody: row.awarding_body,
    awardedOn: row.awarded_on,
    certificateNumber: row.certificate_number,
    expiresOn: row.expires_on,
    expired: row.expires_on !== null && row.expires_on < today,
    recordedBy: { id: row.recorded_by_id, displayName: row.recorded_by_name },
    recordedAt: row.recorded_at,
    removed: removalOf(row),
  };
}

/** A person's qualifications, newest award first. */
export function qualificationsOf(db: ReadDb, staffId: string, now: Date, includeRemoved = false): Qualification[] {
  const today = cafeDayOf(now);
  return db
    .prepare<[string, number], QualificationRow>(`${SELECT_QUALIFICATIONS} WHERE q.staff_id = ? AND (q.removed_at IS NULL OR ? = 1) ORDER BY q.awarded_on DESC, q.recorded_at DESC`)
    .all(staffId, includeRemoved ? 1 : 0)
    .map((r) => toQualification(r, today));
}

function loadQualification(db: ReadDb, id: string, now: Date): Qualification {
  const row = db.prepare<[string], QualificationRow>(`${SELECT_QUALIFICATIONS} WHERE q.id = ?`).get(id) ?? fail('not_found', 'That qualification is not on record.', { field: 'qualificationId' });
  return toQualification(row, cafeDayOf(now));
}

export function listQualifications(ctx: ReadContext, input: ParsedInputOf<'qualifications.list'>): Qualification[] {
  const person = subjectOf(ctx, input.staffId, 'qualifications', ['supervisor', 'manager']);
  return qualificationsOf(ctx.db, person.id, ctx.now, input.includeRemoved);
}

export function addQualification(ctx: WriteContext, input: ParsedInputOf<'qualifications.add'>): Qualification {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const person = traineeFor(ctx.db, input.staffId);
  if (input.awardedOn > cafeDayOf(ctx.now)) fail('invalid_input', 'The date awarded cannot be in the future: record it once it is awarded.', { field: 'awardedOn' });
  const id = ctx.ids();
  ctx.db
    .prepare(
      `INSERT INTO qualifications (id, staff_id, title, awarding_body, awarded_on, certificate_number, expires_on, recorded_by_id, recorded_by_name, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, person.id, input.title, input.awardingBody, input.awardedOn, input.certificateNumber, input.expiresOn, caller.id, caller.displayName, ctx.now.toISOString());
  ctx.note({ subjectType: 'staff', subjectId: person.id, summary: `Recorded ${input.title} for ${person.display_name}, awarded ${dayInWords(input.awardedOn)}` });
  ctx.emit({ event: 'skills.changed', payload: { staffId: person.id } });
  return loadQualification(ctx.db, id, ctx.now);
}

export function removeQualification(ctx: WriteContext, input: ParsedInputOf<'qualifications.remove'>): Qualification {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const before = loadQualification(ctx.db, input.qualificationId, ctx.now);
  if (before.removed) fail('conflict', `${before.title} was already removed by ${before.removed.by.displayName}.`, { field: 'qualificationId' });
  ctx.db.prepare('UPDATE qualifications SET removed_by_id = ?, removed_at = ?, removed_reason = ? WHERE id = ?').run(caller.id, ctx.now.toISOString(), input.reason, before.id);
  ctx.note({ subjectType: 'staff', subjectId: before.staff.id, summary: `Removed ${before.title} from ${before.staff.displayName}'s qualifications: ${input.reason}` });
  ctx.emit({ event: 'skills.changed', payload: { staffId: before.staff.id } });
  return loadQualification(ctx.db, before.id, ctx.now);
}
