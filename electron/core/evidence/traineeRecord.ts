import type { EvidenceCafe, EvidenceCertification, EvidenceShift, EvidenceTotals, PersonRef, TraineeEvidenceDocument } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { getStaff } from '../people/staffRows.ts';
import { coveredBy, shiftRows, standingCertifications, type CertificationRow, type JoinedShiftRow } from '../rota/shiftRows.ts';
import { mondayOf } from '../rota/wallClock.ts';
import { rateBp } from './words.ts';

// One trainee's placement-hours evidence for a period, as data: every shift they were given
// (published, or clocked without a plan) with its scheduled, clocked and approved times,
// break, credited minutes, attendance and approver; the period's totals; and whether the
// hours are certified. Only approved time is credited, and only credited minutes inside a
// standing certification count as certified. Drafts are not shifts yet and are left out.

/** Shifts that are someone's: published or clocked (not drafts). */
const GIVEN = "(s.state = 'published' OR s.unplanned = 1)";

export function cafeOf(db: ReadDb): EvidenceCafe {
  const row = db.prepare<[], { name: string; address: string; charity_number: string | null }>('SELECT name, address, charity_number FROM cafe WHERE id = 1').get();
  return { name: row?.name ?? 'The café', address: row?.address ?? '', charityNumber: row?.charity_number ?? null };
}

function toEvidenceShift(row: JoinedShiftRow, certified: boolean, includeReasons: boolean): EvidenceShift {
  const worked = row.approved_start_at !== null;
  return {
    shiftId: row.id,
    day: row.day,
    station: row.station_name,
    scheduledStartAt: row.start_at,
    scheduledEndAt: row.end_at,
    scheduledMinutes: row.start_at && row.end_at ? Math.round((Date.parse(row.end_at) - Date.parse(row.start_at)) / 60000) : null,
    clockedInAt: row.clock_in_at,
    clockedOutAt: row.clock_out_at,
    approvedStartAt: row.approved_start_at,
    approvedEndAt: row.approved_end_at,
    breakMinutes: worked ? (row.approved_break_minutes ?? 0) : null,
    creditedMinutes: row.credited_minutes,
    attendance: row.attendance,
    lateMinutes: row.late_minutes,
    absenceAcceptable: row.absence_acceptable === null ? null : row.absence_acceptable === 1,
    attendanceReason: includeReasons ? row.attendance_reason : null,
    supervisor: row.supervisor_name,
    approvedBy: row.approved_by_name,
    approvedAt: row.approved_at,
    editReason: includeReasons ? row.approval_reason : null,
    certified: certified && row.credited_minutes !== null,
    unplanned: row.unplanned === 1,
  };
}

export function evidenceTotals(shifts: readonly EvidenceShift[], sinceStart: number): EvidenceTotals {
  let scheduled = 0;
  let attended = 0;
  let late = 0;
  let absent = 0;
  let acceptable = 0;
  let cancelled = 0;
  let waiting = 0;
  let credited = 0;
  let certified = 0;
  let lastSeen: string | null = null;
  const weeks = new Set<string>();
  for (const s of shifts) {
    if (s.attendance !== 'cancelled') scheduled += s.scheduledMinutes ?? 0;
    credited += s.creditedMinutes ?? 0;
    if (s.certified) certified += s.creditedMinutes ?? 0;
    switch (s.attendance) {
      case 'late':
      case 'attended':
        // Late is attended too.
        if (s.attendance === 'late') late += 1;
        attended += 1;
        weeks.add(mondayOf(s.day));
        if (lastSeen === null || s.day > lastSeen) lastSeen = s.day;
        break;
      case 'absent':
        absent += 1;
        if (s.absenceAcceptable) acceptable += 1;
        break;
      case 'cancelled':
        cancelled += 1;
        break;
      case null:
        waiting += 1;
        break;
    }
  }
  return {
    shifts: shifts.length,
    scheduledMinutes: scheduled,
    attendedShifts: attended,
    lateShifts: late,
    absentShifts: absent,
    acceptableAbsences: acceptable,
    cancelledShifts: cancelled,
    waitingShifts: waiting,
    creditedMinutes: credited,
    certifiedMinutes: certified,
    notCertifiedMinutes: credited - certified,
    attendanceRateBp: rateBp(attended, attended + absent),
    creditedSinceStartMinutes: sinceStart,
    weeksEngaged: weeks.size,
    lastSeen,
  };
}

function relevantCertifications(certs: readonly CertificationRow[], traineeId: string): EvidenceCertification[] {
  return certs
    .filter((c) => c.staff_id === null || c.staff_id === traineeId)
    .sort((a, b) => (a.from_day === b.from_day ? a.certified_at.localeCompare(b.certified_at) : a.from_day.localeCompare(b.from_day)))
    .map((c) => ({ kind: c.kind, from: c.from_day, to: c.to_day, forEveryone: c.staff_id === null, certifiedBy: c.certified_by_name, certifiedAt: c.certified_at }));
}

export interface TraineeRecordRequest {
  staffId: string;
  from: string;
  to: string;
  includeReasons: boolean;
  now: Date;
  by: PersonRef;
}

/** The record from the hours alone; the trainee record, skills, qualifications and outcomes are added by `withSkillsAndOutcomes`. */
export function traineeHoursRecord(db: ReadDb, request: TraineeRecordRequest): TraineeEvidenceDocument {
  const person = getStaff(db, request.staffId);
  const rows = shiftRows(db, `s.trainee_id = ? AND s.day BETWEEN ? AND ? AND ${GIVEN}`, [person.id, request.from, request.to], 's.day, coalesce(s.start_at, s.clock_in_at), s.id');
  const certs = standingCertifications(db, request.from, request.to);
  const shifts = rows.map((r) => toEvidenceShift(r, coveredBy(certs, r.day, person.id) !== undefined, request.includeReasons));
  const history = db
    .prepare<[string, string], { first: string | null; minutes: number | null }>(
      `SELECT min(day) FILTER (WHERE attendance IN ('attended', 'late')) AS first, sum(credited_minutes) AS minutes
       FROM shifts WHERE trainee_id = ? AND day <= ? AND credited_minutes IS NOT NULL`,
    )
    .get(person.id, request.to);
  const totals = evidenceTotals(shifts, history?.minutes ?? 0);
  const status = totals.creditedMinutes === 0 ? 'nothing_to_certify' : totals.certifiedMinutes === totals.creditedMinutes ? 'certified' : totals.certifiedMinutes === 0 ? 'not_certified' : 'partly_certified';
  return {
    cafe: cafeOf(db),
    from: request.from,
    to: request.to,
    generatedAt: request.now.toISOString(),
    generatedBy: request.by,
    trainee: { id: person.id, name: person.display_name, startDate: history?.first ?? null, programme: null, referralSource: null, referralDate: null, status: null, erased: false },
    certification: { status, periods: relevantCertifications(certs, person.id) },
    shifts,
    totals,
    skills: [],
    skillsProgress: null,
    qualifications: [],
    outcomes: [],
    includesReasons: request.includeReasons,
  };
}
