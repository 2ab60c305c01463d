import type { CertificationStatus, EvidenceShift } from '../../../shared/contract/index.ts';
import { fixedPoint, type CsvNumber } from '../../../shared/csv.ts';
import { cafeClockOf, cafeDayOf, weekdayOf } from '../rota/wallClock.ts';
import { pdfText } from './pdf.ts';

// How the evidence says things, the same in the PDF and the CSV: the café's clock, hours,
// rates and attendance in plain words. Support information, never discipline: lateness and
// absence are described, never judged.

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon 21 Oct 2030". */
export function shortDay(day: string): string {
  return `${WEEKDAYS_SHORT[weekdayOf(day) - 1] ?? ''} ${Number(day.slice(8, 10))} ${MONTHS_SHORT[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;
}

/** "21 October 2030". */
export function longDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;
}

/** "October 2030" from 'YYYY-MM'. */
export function monthWords(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

/** "Oct 30" from 'YYYY-MM', for chart labels. */
export function shortMonth(month: string): string {
  return `${MONTHS_SHORT[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(2, 4)}`;
}

/** "1 October 2030 to 31 October 2030". */
export function periodWords(from: string, to: string): string {
  return from === to ? longDay(from) : `${longDay(from)} to ${longDay(to)}`;
}

/** An instant on the café's clock, ISO-like for spreadsheets: "2030-10-21 09:20". */
export function cafeDateTime(at: string): string {
  return `${cafeDayOf(at)} ${cafeClockOf(at)}`;
}

/**
 * A span on the café's clock seen from the shift's day: "09:00–13:00", or "22:00–06:00 next day"
 * when it ends on a later day.
 */
export function clockSpan(day: string, startAt: string | null, endAt: string | null): string {
  if (!startAt && !endAt) return '';
  const start = startAt ? cafeClockOf(startAt) : '?';
  const end = endAt ? cafeClockOf(endAt) : 'no clock-out';
  const later = endAt !== null && cafeDayOf(endAt) > day;
  const earlier = startAt !== null && cafeDayOf(startAt) > day;
  return `${start}${earlier ? ' next day' : ''}–${end}${later ? ' next day' : ''}`;
}

/** "3 h 25 min", "4 h", "45 min", "0 h". */
export function hoursShort(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0 && m > 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Minutes as hours with two decimals, for a spreadsheet: 205 → 3.42. Exact minutes go beside it. */
export function hoursNumber(minutes: number): CsvNumber {
  return fixedPoint(Math.round((minutes * 100) / 60), 2);
}

/** "3.42" */
export function hoursDecimalText(minutes: number): string {
  return hoursNumber(minutes).csvNumber;
}

/** Basis points as a percentage with one decimal: 8750 → "87.5%". */
export function percentText(bp: number | null): string {
  if (bp === null) return 'none recorded';
  return `${fixedPoint(Math.round(bp / 10), 1).csvNumber}%`;
}

/** Basis points as a percentage number for a spreadsheet: 8750 → 87.50. */
export function percentNumber(bp: number | null): CsvNumber | null {
  return bp === null ? null : fixedPoint(bp, 2);
}

/** part / whole in basis points, or null when whole is nothing. */
export function rateBp(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 10000) / whole);
}

export function attendanceWords(shift: EvidenceShift): string {
  switch (shift.attendance) {
    case null:
      return 'Not approved yet';
    case 'attended':
      return 'Attended';
    case 'late':
      return `Late${shift.lateMinutes ? ` ${shift.lateMinutes} min` : ''}`;
    case 'absent':
      return shift.absenceAcceptable ? 'Absent (acceptable reason)' : 'Absent (reason not acceptable)';
    case 'cancelled':
      return 'Cancelled by the café';
  }
}

export function certificationWords(status: CertificationStatus): string {
  switch (status) {
    case 'certified':
      return 'Certified: every credited hour in this period is certified by a manager';
    case 'partly_certified':
      return 'Partly certified: only the hours marked certified are';
    case 'not_certified':
      return 'Not certified: the credited hours are approved but no manager has certified them yet';
    case 'nothing_to_certify':
      return 'No credited hours in this period';
  }
}

/** A name as part of a file name: "tom-walsh". */
export function fileSlug(text: string, fallback: string): string {
  const slug = pdfText(text).normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 40).replace(/-+$/, '') || fallback;
}

const OUTCOME_KINDS: Record<string, string> = { paid_job: 'Paid job', apprenticeship: 'Apprenticeship', training_education: 'Training or education', volunteering: 'Volunteering' };
const REFERRAL_SOURCES: Record<string, string> = { day_centre: 'Day centre', probation: 'Probation', mental_health_service: 'Mental-health service', college: 'College', self: 'Self-referral' };
const GENDERS: Record<string, string> = { woman: 'Woman', man: 'Man', non_binary: 'Non-binary', other: 'Another gender', prefer_not_to_say: 'Prefers not to say' };
const STATUSES: Record<string, string> = { active: 'Active', paused: 'Paused', completed: 'Completed', withdrawn: 'Withdrawn' };
const EVIDENCE_KINDS: Record<string, string> = { letter: 'Letter', payslip: 'Payslip', self_declaration: 'Self-declaration' };
const LEVELS: Record<string, string> = { shadowing: 'Shadowing', with_support: 'With support', independent: 'Independent' };

/** The café's words for the trainee record's and skills' stored codes ("paid_job" → "Paid job"). */
export const recordWords = {
  outcome: (kind: string): string => OUTCOME_KINDS[kind] ?? kind,
  referral: (source: string | null): string | null => (source === null ? null : (REFERRAL_SOURCES[source] ?? source)),
  gender: (gender: string | null): string | null => (gender === null ? null : (GENDERS[gender] ?? gender)),
  status: (status: string | null): string | null => (status === null ? null : (STATUSES[status] ?? status)),
  evidence: (kind: string | null): string | null => (kind === null ? null : (EVIDENCE_KINDS[kind] ?? kind)),
  level: (level: string | null): string | null => (level === null ? null : (LEVELS[level] ?? level)),
};
