import type { Certification, ParsedInputOf } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { getStaff } from '../people/staffRows.ts';
import { durationInWords } from '../rota/conflicts.ts';
import type { CertificationRow } from '../rota/shiftRows.ts';
import { addDays, dayInWords, firstOfMonth, lastOfMonth, mondayOf, periodWords } from '../rota/wallClock.ts';

// Certified periods. A manager certifies a week or a calendar month of hours, for one person
// or everyone, once every shift in it is settled; the hours then lock (the core refuses
// changes, and the database's triggers back it up). Reopening needs a reason, is audited,
// and keeps the certification on record.

interface CertificationJoinRow extends CertificationRow {
  staff_name: string | null;
}

function toCertification(row: CertificationJoinRow): Certification {
  return {
    id: row.id,
    kind: row.kind,
    from: row.from_day,
    to: row.to_day,
    staff: row.staff_id ? { id: row.staff_id, displayName: row.staff_name ?? '' } : null,
    creditedMinutes: row.credited_minutes,
    certifiedBy: { id: row.certified_by_id, displayName: row.certified_by_name },
    certifiedAt: row.certified_at,
    reopened: row.reopened_at && row.reopened_by_id ? { by: { id: row.reopened_by_id, displayName: row.reopened_by_name ?? '' }, at: row.reopened_at, reason: row.reopen_reason ?? '' } : null,
  };
}

const SELECT_CERTIFICATIONS = 'SELECT c.*, s.display_name AS staff_name FROM hour_certifications c LEFT JOIN staff s ON s.id = c.staff_id';

function getCertification(db: ReadDb, id: string): CertificationJoinRow {
  return db.prepare<[string], CertificationJoinRow>(`${SELECT_CERTIFICATIONS} WHERE c.id = ?`).get(id) ?? fail('not_found', 'That certification is not on record.', { field: 'certificationId' });
}

export function listCertifications(ctx: ReadContext, input: ParsedInputOf<'hours.certifications'>): Certification[] {
  return ctx.db.prepare<[number], CertificationJoinRow>(`${SELECT_CERTIFICATIONS} ORDER BY c.from_day DESC, c.certified_at DESC LIMIT ?`).all(input.limit).map(toCertification);
}

export function certifyPeriod(ctx: WriteContext, input: ParsedInputOf<'hours.certify'>): Certification {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const from = input.period === 'week' ? mondayOf(input.date) : firstOfMonth(input.date);
  const to = input.period === 'week' ? addDays(from, 6) : lastOfMonth(input.date);
  const staff = input.staffId ? getStaff(ctx.db, input.staffId) : null;
  const whom = staff ? staff.display_name : 'everyone';
  const staffId = staff?.id ?? null;

  const same = ctx.db
    .prepare<[string, string, string | null], { id: string }>('SELECT id FROM hour_certifications WHERE reopened_at IS NULL AND from_day = ? AND to_day = ? AND staff_id IS ?')
    .get(from, to, staffId);
  if (same) fail('conflict', `The hours of ${periodWords(input.period, from)} are already certified for ${whom}.`, { field: 'date' });

  const unsettled = ctx.db
    .prepare<[string, string, string | null, string | null], { n: number; first_name: string | null; first_day: string | null }>(
      `SELECT count(*) AS n, min(st.display_name) AS first_name, min(s.day) AS first_day
       FROM shifts s JOIN staff st ON st.id = s.trainee_id
       WHERE s.day BETWEEN ? AND ? AND (? IS NULL OR s.trainee_id = ?)
         AND (s.state = 'published' OR s.unplanned = 1) AND s.approved_at IS NULL AND s.attendance IS NULL`,
    )
    .get(from, to, staffId, staffId);
  if (unsettled && unsettled.n > 0) {
    const first = unsettled.first_day ? ` (for example ${unsettled.first_name ?? 'someone'}'s on ${dayInWords(unsettled.first_day)})` : '';
    fail('conflict', `${unsettled.n} ${unsettled.n === 1 ? 'shift' : 'shifts'} in ${periodWords(input.period, from)} still ${unsettled.n === 1 ? 'needs' : 'need'} approving${first}. Approve them first.`, { field: 'date' });
  }

  const credited = ctx.db
    .prepare<[string, string, string | null, string | null], { minutes: number | null }>(
      'SELECT sum(credited_minutes) AS minutes FROM shifts WHERE day BETWEEN ? AND ? AND credited_minutes IS NOT NULL AND (? IS NULL OR trainee_id = ?)',
    )
    .get(from, to, staffId, staffId)?.minutes ?? 0;
  const id = ctx.ids();
  ctx.db
    .prepare(
      `INSERT INTO hour_certifications (id, kind, from_day, to_day, staff_id, credited_minutes, certified_by_id, certified_by_name, certified_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, input.period, from, to, staffId, credited, caller.id, caller.displayName, ctx.now.toISOString());
  ctx.note({ subjectType: 'hour_certification', subjectId: id, summary: `Certified the hours of ${periodWords(input.period, from)} for ${whom}: ${durationInWords(credited)} credited` });
  ctx.emit({ event: 'attendance.changed', payload: { staffId, action: 'certified' } });
  return toCertification(getCertification(ctx.db, id));
}

export function reopenPeriod(ctx: WriteContext, input: ParsedInputOf<'hours.reopen'>): Certification {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const cert = getCertification(ctx.db, input.certificationId);
  if (cert.reopened_at) fail('conflict', `This certification was already reopened by ${cert.reopened_by_name ?? 'someone'}.`, { field: 'certificationId' });
  ctx.db
    .prepare('UPDATE hour_certifications SET reopened_by_id = ?, reopened_by_name = ?, reopened_at = ?, reopen_reason = ? WHERE id = ?')
    .run(caller.id, caller.displayName, ctx.now.toISOString(), input.reason, cert.id);
  ctx.note({ subjectType: 'hour_certification', subjectId: cert.id, summary: `Reopened the hours of ${periodWords(cert.kind, cert.from_day)} for ${cert.staff_name ?? 'everyone'}: ${input.reason}` });
  ctx.emit({ event: 'attendance.changed', payload: { staffId: cert.staff_id, action: 'reopened' } });
  return toCertification(getCertification(ctx.db, cert.id));
}
