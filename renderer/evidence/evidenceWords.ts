import type { CertificationStatus, CohortGroup, CohortReportDocument, EvidenceTotals, ExportFile, TraineeEvidenceDocument } from '../../shared/contract/index.ts';
import { dayFromParts, partsOfDay, type DateParts } from '../availability/availabilityForm.ts';
import { durationWords } from '../hours/hoursWords.ts';
import { dayWords } from '../hours/periods.ts';
import { monthWords } from '../trainees/traineeWords.ts';

// Evidence for funders, colleges and probation officers: the period as typed, the files the
// core made, and a short summary of what is in them. The core counts everything; these only
// say what it sent.

export interface PeriodDraft {
  from: DateParts;
  to: DateParts;
}

export type PeriodCheck = { ok: true; input: { from: string; to: string } } | { ok: false; field: 'from' | 'to'; message: string };

/** The period typed, or what is wrong with it beside its boxes (a day that does not exist, an end before the start). */
export function periodInput(d: PeriodDraft): PeriodCheck {
  const from = dayFromParts(d.from, 'first day');
  if (!from.ok) return { ok: false, field: 'from', message: from.message };
  const to = dayFromParts(d.to, 'last day');
  if (!to.ok) return { ok: false, field: 'to', message: to.message };
  if (to.day < from.day) return { ok: false, field: 'to', message: `The last day must be on or after the first day (${dayWords(from.day)}).` };
  return { ok: true, input: { from: from.day, to: to.day } };
}

export function periodDraft(from: string, to: string): PeriodDraft {
  return { from: partsOfDay(from), to: partsOfDay(to) };
}

/** "Saturday 1 June 2030 to Sunday 30 June 2030" */
export function periodWords(p: { from: string; to: string }): string {
  return `${dayWords(p.from)} to ${dayWords(p.to)}`;
}

/** The file's bytes from the base64 the core sends. */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** "PDF, 12 KB" */
export function fileWords(file: Pick<ExportFile, 'mimeType' | 'bytes'>): string {
  const kind = file.mimeType === 'application/pdf' ? 'PDF' : 'CSV';
  const size = file.bytes < 1024 ? `${file.bytes} bytes` : `${Math.round(file.bytes / 1024)} KB`;
  return `${kind}, ${size}`;
}

/** "87.5%" from basis points; "No shifts to count" for none. */
export function rateWords(bp: number | null, none = 'Nothing to count'): string {
  if (bp === null) return none;
  const pct = bp / 100;
  return `${Number.isInteger(pct) ? pct : pct.toFixed(1)}%`;
}

export const certificationWords: Record<CertificationStatus, string> = {
  certified: 'Certified: every credited hour is in a certified period',
  partly_certified: 'Partly certified: only the hours marked certified are',
  not_certified: 'Not certified yet',
  nothing_to_certify: 'No credited hours to certify',
};

export interface SummaryLine {
  label: string;
  value: string;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The totals of one trainee's evidence, as the screen lists them. */
export function traineeSummary(d: Pick<TraineeEvidenceDocument, 'totals' | 'certification' | 'skills' | 'outcomes' | 'qualifications'>): SummaryLine[] {
  const t: EvidenceTotals = d.totals;
  return [
    { label: 'Shifts', value: count(t.shifts, 'shift', 'shifts') },
    { label: 'Attended', value: `${count(t.attendedShifts, 'shift', 'shifts')}${t.lateShifts > 0 ? ` (${t.lateShifts} late)` : ''}` },
    { label: 'Absent', value: `${count(t.absentShifts, 'shift', 'shifts')}${t.absentShifts > 0 ? ` (${t.acceptableAbsences} with an acceptable reason)` : ''}` },
    { label: 'Hours credited', value: durationWords(t.creditedMinutes) },
    { label: 'Hours certified', value: durationWords(t.certifiedMinutes) },
    { label: 'Attendance rate', value: rateWords(t.attendanceRateBp, 'No shifts to count') },
    { label: 'Certification', value: certificationWords[d.certification.status] },
    { label: 'Skills signed off', value: String(d.skills.length) },
    { label: 'Qualifications', value: String(d.qualifications.length) },
    { label: 'Outcomes', value: String(d.outcomes.length) },
  ];
}

/** The cohort report's headline figures. */
export function cohortSummary(d: CohortReportDocument): SummaryLine[] {
  return [
    { label: 'Trainees taking part', value: String(d.participants) },
    { label: 'Started in the period', value: String(d.started) },
    { label: 'Active (a shift attended)', value: String(d.active) },
    { label: 'Completed', value: String(d.completed) },
    { label: 'Withdrawn', value: String(d.withdrawn) },
    { label: 'Referred but never started', value: d.neverStarted === null ? 'Not recorded' : String(d.neverStarted) },
    { label: 'Hours credited', value: durationWords(d.creditedMinutes) },
    { label: 'Hours certified', value: durationWords(d.certifiedMinutes) },
    { label: 'Attendance rate', value: rateWords(d.attendanceRateBp, 'No shifts to count') },
    { label: 'Skills signed off', value: String(d.skillsSignedOff) },
    { label: 'Outcomes', value: String(d.outcomes) },
    { label: 'Outcome rate', value: rateWords(d.outcomeRateBp, 'Nobody to count') },
    { label: 'Average days to an outcome', value: d.averageDaysToOutcome === null ? 'No outcomes yet' : `${d.averageDaysToOutcome} days` },
  ];
}

export interface GroupRow {
  group: string;
  participants: number;
  hours: string;
  outcomes: string;
  days: string;
}

export function groupRows(groups: readonly CohortGroup[] | null): GroupRow[] {
  return (groups ?? []).map((g) => ({
    group: g.group,
    participants: g.participants,
    hours: durationWords(g.creditedMinutes),
    outcomes: `${g.participantsWithOutcome} (${rateWords(g.outcomeRateBp, '–')})`,
    days: g.averageDaysToOutcome === null ? '–' : `${g.averageDaysToOutcome} days`,
  }));
}

export function monthRows(d: Pick<CohortReportDocument, 'byMonth'>): { month: string; trainees: number; hours: string }[] {
  return d.byMonth.map((m) => ({ month: monthWords(m.month), trainees: m.trainees, hours: durationWords(m.creditedMinutes) }));
}
