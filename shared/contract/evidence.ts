import { z } from 'zod';
import { method } from './define.ts';
import { idSchema } from './fields.ts';
import { rotaDay, type AttendanceStatus, type PersonRef } from './rota.ts';

// Placement-hours evidence for funders, colleges and probation officers: one trainee's record
// for a period, and a cohort report. Each is built as a document (data the screen can show),
// then rendered twice, as a PDF a person can sign and as CSV for a spreadsheet, and the files
// travel to the screen as base64 with their name and type. Every export is audited. Only
// approved time is credited, and only hours inside a certified period count as certified.

/** A file for the screen to download. */
export interface ExportFile {
  filename: string;
  mimeType: 'application/pdf' | 'text/csv';
  /** The file's bytes, base64. */
  base64: string;
  /** Its size in bytes. */
  bytes: number;
}

export interface EvidenceCafe {
  name: string;
  address: string;
  charityNumber: string | null;
}

/**
 * Whether the period's credited hours are certified: every approved shift inside a standing
 * certification, some, none, or no credited hours at all.
 */
export type CertificationStatus = 'certified' | 'partly_certified' | 'not_certified' | 'nothing_to_certify';

export interface EvidenceCertification {
  kind: 'week' | 'month';
  from: string;
  to: string;
  /** Null: certified for everyone. */
  forEveryone: boolean;
  certifiedBy: string;
  certifiedAt: string;
}

export interface EvidenceTrainee {
  /** The Apron id. */
  id: string;
  name: string;
  /** From the trainee's record, when there is one; else the day of their first shift. */
  startDate: string | null;
  programme: string | null;
  referralSource: string | null;
  referralDate: string | null;
  /** active, paused, completed, withdrawn; null before a trainee record exists. */
  status: string | null;
  /** Erased: the name is gone, the totals stay. */
  erased: boolean;
}

/** One shift, as the record shows it. Instants are UTC ISO; the renderings show the café's clock. */
export interface EvidenceShift {
  shiftId: string;
  /** The café day (Europe/London). */
  day: string;
  station: string | null;
  scheduledStartAt: string | null;
  scheduledEndAt: string | null;
  scheduledMinutes: number | null;
  clockedInAt: string | null;
  clockedOutAt: string | null;
  /** Approved ("actual") times; null for an absence, a cancelled shift or one not approved yet. */
  approvedStartAt: string | null;
  approvedEndAt: string | null;
  breakMinutes: number | null;
  /** Approved time less unpaid breaks; null until approved. */
  creditedMinutes: number | null;
  /** Null: not approved yet. */
  attendance: AttendanceStatus | null;
  lateMinutes: number | null;
  absenceAcceptable: boolean | null;
  /** Why late or absent, when reasons are included. */
  attendanceReason: string | null;
  supervisor: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Why the approved times differ from the clocks, when reasons are included. */
  editReason: string | null;
  /** Inside a standing certification. */
  certified: boolean;
  unplanned: boolean;
}

export interface EvidenceTotals {
  shifts: number;
  /** Scheduled minutes of planned shifts the café did not cancel. */
  scheduledMinutes: number;
  /** Shifts attended, on time or late. */
  attendedShifts: number;
  lateShifts: number;
  absentShifts: number;
  /** Of the absences, those with an acceptable reason. */
  acceptableAbsences: number;
  cancelledShifts: number;
  /** Shifts not approved yet: they credit nothing. */
  waitingShifts: number;
  creditedMinutes: number;
  /** Credited minutes inside certified periods. */
  certifiedMinutes: number;
  notCertifiedMinutes: number;
  /** Attended (on time or late) out of attended and absent, in basis points (8750 = 87.5%); null with neither. */
  attendanceRateBp: number | null;
  /** Credited minutes from the first shift ever to the end of the period. */
  creditedSinceStartMinutes: number;
  /** Weeks (Monday to Sunday) in the period with a shift attended. */
  weeksEngaged: number;
  /** The last day attended, up to the end of the period. */
  lastSeen: string | null;
}

export interface EvidenceSkill {
  code: string;
  title: string;
  area: string;
  /** The level observed at sign-off (shadowing, with support, independent), when recorded. */
  level: string | null;
  signedOffAt: string;
  signedOffBy: string;
  secondSigner: string | null;
  /** Observations behind the sign-off. */
  observations: number;
  /** Who observed them, in the order they observed. */
  observers: string[];
}

export interface EvidenceQualification {
  title: string;
  achievedOn: string;
  certificateNumber: string | null;
  expiresOn: string | null;
}

export interface EvidenceOutcome {
  /** paid job, apprenticeship, training or education, volunteering. */
  type: string;
  startDate: string;
  employerOrProvider: string | null;
  /** Minutes a week (16.5 hours is 990). */
  minutesPerWeek: number | null;
  evidence: string | null;
  /** Null: not checked yet (or not due). */
  sustained6Weeks: boolean | null;
  sustained6Months: boolean | null;
  daysFromStart: number | null;
}

export interface TraineeEvidenceDocument {
  cafe: EvidenceCafe;
  from: string;
  to: string;
  generatedAt: string;
  generatedBy: PersonRef;
  trainee: EvidenceTrainee;
  certification: { status: CertificationStatus; periods: EvidenceCertification[] };
  /** Published or clocked shifts of the period, oldest first (drafts are not shifts yet). */
  shifts: EvidenceShift[];
  totals: EvidenceTotals;
  /** Skills signed off in the period (withdrawn sign-offs are not evidence). */
  skills: EvidenceSkill[];
  /** Signed off ever, out of the framework's items; null before the skills framework exists. */
  skillsProgress: { signedOff: number; inFramework: number } | null;
  /** Qualifications held by the end of the period. */
  qualifications: EvidenceQualification[];
  /** Outcomes that started in the period. */
  outcomes: EvidenceOutcome[];
  /** Lateness and absence reasons and edit reasons are in the record. */
  includesReasons: boolean;
}

export interface TraineeEvidence {
  document: TraineeEvidenceDocument;
  /** What the screen should say when the period holds nothing; the files are then empty but valid. */
  emptyMessage: string | null;
  pdf: ExportFile;
  csv: ExportFile;
}

/** One row of a cohort breakdown (a gender, a referral source, or "Not recorded"). */
export interface CohortGroup {
  group: string;
  participants: number;
  started: number;
  creditedMinutes: number;
  participantsWithOutcome: number;
  /** Of the group's participants, those with an outcome in the period, in basis points. */
  outcomeRateBp: number | null;
  averageDaysToOutcome: number | null;
}

export interface CohortMonth {
  /** 'YYYY-MM'. */
  month: string;
  creditedMinutes: number;
  /** Trainees with a shift attended that month. */
  trainees: number;
}

export interface CohortReportDocument {
  cafe: EvidenceCafe;
  from: string;
  to: string;
  generatedAt: string;
  generatedBy: PersonRef;
  /** Trainees engaged in the period: a shift in it, or a placement that overlaps it. */
  participants: number;
  /** Started in the period (start date, or first shift). */
  started: number;
  /** With a shift attended in the period. */
  active: number;
  completed: number;
  withdrawn: number;
  /** Referred in the period but never came to a first shift; null before trainee records exist. */
  neverStarted: number | null;
  shiftsAttended: number;
  shiftsLate: number;
  shiftsAbsent: number;
  creditedMinutes: number;
  certifiedMinutes: number;
  attendanceRateBp: number | null;
  skillsSignedOff: number;
  outcomes: number;
  participantsWithOutcome: number;
  outcomeRateBp: number | null;
  averageDaysToOutcome: number | null;
  outcomesByType: { type: string; count: number }[];
  byMonth: CohortMonth[];
  /** Null when nobody's gender (or referral source) is recorded. */
  byGender: CohortGroup[] | null;
  byReferralSource: CohortGroup[] | null;
}

export interface CohortReport {
  document: CohortReportDocument;
  emptyMessage: string | null;
  pdf: ExportFile;
  csv: ExportFile;
}

/** The longest period one export covers: a cohort report's cost follows its period. */
export const EVIDENCE_MAX_DAYS = 3660;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

const endsAfterStart = (r: { from: string; to: string }) => r.to >= r.from;
const notTooLong = (r: { from: string; to: string }) => dayNumber(r.to) - dayNumber(r.from) < EVIDENCE_MAX_DAYS;
const END_BEFORE_START = { path: ['to'], message: 'The end date must be on or after the start date.' };
const TOO_LONG = { path: ['to'], message: 'One export can cover at most 10 years: choose a later start date.' };

export const evidenceMethods = {
  /**
   * One trainee's placement-hours evidence for a period, as a PDF to sign and as CSV. A manager
   * may export anyone's; anyone else only their own (their right of access). Audited.
   */
  'evidence.trainee': method<TraineeEvidence>()({
    input: z
      .strictObject({
        from: rotaDay('start date'),
        to: rotaDay('end date'),
        staffId: idSchema.optional(),
        includeReasons: z.boolean({ error: 'Include reasons must be yes or no.' }).default(true),
      })
      .refine(endsAfterStart, END_BEFORE_START)
      .refine(notTooLong, TOO_LONG),
    access: 'signed-in',
    kind: 'read',
    auditRead: true,
  }),
  /** The cohort report for funders: people, hours, attendance, skills and outcomes for a period. Audited. */
  'evidence.cohort': method<CohortReport>()({
    input: z.strictObject({ from: rotaDay('start date'), to: rotaDay('end date') }).refine(endsAfterStart, END_BEFORE_START).refine(notTooLong, TOO_LONG),
    access: ['manager'],
    kind: 'read',
    auditRead: true,
  }),
};
