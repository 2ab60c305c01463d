import type { EvidenceShift, TraineeEvidenceDocument } from '../../../shared/contract/index.ts';
import type { CsvCell } from '../../../shared/csv.ts';
import { cafeDayOf } from '../rota/wallClock.ts';
import { csvSections } from './csvSections.ts';
import { PdfWriter, type TableColumn } from './pdf.ts';
import {
  attendanceWords,
  cafeDateTime,
  certificationWords,
  clockSpan,
  hoursDecimalText,
  hoursNumber,
  hoursShort,
  longDay,
  percentNumber,
  percentText,
  periodWords,
  shortDay,
} from './words.ts';

// One trainee's evidence rendered twice from the same document: a PDF a person can read and
// sign (landscape A4, every shift in a table, totals, skills, qualifications, outcomes,
// certification, signature lines) and a CSV for a spreadsheet with the same figures.

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'Yes' : 'No');

function attendanceAndNotes(shift: EvidenceShift): string {
  const words = [attendanceWords(shift)];
  if (shift.attendanceReason) words.push(`: ${shift.attendanceReason}`);
  if (shift.unplanned) words.push(' (unplanned shift)');
  if (shift.editReason) words.push(shift.editReason === shift.attendanceReason ? ' (times changed for this reason)' : `. Times changed: ${shift.editReason}`);
  return words.join('');
}

function approvedBy(shift: EvidenceShift): string {
  if (!shift.approvedBy || !shift.approvedAt) return '';
  return `${shift.approvedBy}, ${cafeDateTime(shift.approvedAt)}`;
}

function headerPairs(d: TraineeEvidenceDocument): [string, string][] {
  const t = d.trainee;
  return [
    ['Café', [d.cafe.name, d.cafe.address].filter((x) => x !== '').join(', ') + (d.cafe.charityNumber ? ` (charity ${d.cafe.charityNumber})` : '')],
    ['Trainee', t.name],
    ['Apron id', t.id],
    ['Period', periodWords(d.from, d.to)],
    ['Start date', t.startDate ? longDay(t.startDate) : 'Not recorded'],
    ['Programme', t.programme ?? 'Not recorded'],
    ['Referral', t.referralSource ? `${t.referralSource}${t.referralDate ? `, ${longDay(t.referralDate)}` : ''}` : 'Not recorded'],
    ['Status', t.status ?? 'Not recorded'],
    ['Certification', certificationWords(d.certification.status)],
    ['Generated', `${cafeDateTime(d.generatedAt)} by ${d.generatedBy.displayName}`],
  ];
}

function totalPairs(d: TraineeEvidenceDocument): [string, string][] {
  const t = d.totals;
  return [
    ['Shifts', String(t.shifts)],
    ['Scheduled hours', hoursShort(t.scheduledMinutes)],
    ['Shifts attended', `${t.attendedShifts} (${t.lateShifts} late)`],
    ['Absences', `${t.absentShifts} (${t.acceptableAbsences} with an acceptable reason)`],
    ['Cancelled by the café', String(t.cancelledShifts)],
    ['Not approved yet', String(t.waitingShifts)],
    ['Attendance rate', percentText(t.attendanceRateBp)],
    ['Credited hours', `${hoursShort(t.creditedMinutes)} (${hoursDecimalText(t.creditedMinutes)} hours)`],
    ['Certified hours', `${hoursShort(t.certifiedMinutes)} (${hoursDecimalText(t.certifiedMinutes)} hours)`],
    ['Not certified', `${hoursShort(t.notCertifiedMinutes)} (${hoursDecimalText(t.notCertifiedMinutes)} hours)`],
    ['Hours since start', `${hoursShort(t.creditedSinceStartMinutes)} credited up to ${longDay(d.to)}`],
    ['Weeks engaged', String(t.weeksEngaged)],
    ['Last seen', t.lastSeen ? longDay(t.lastSeen) : 'Not in this period'],
  ];
}

const SHIFT_COLUMNS: TableColumn[] = [
  { label: 'Date', width: 66 },
  { label: 'Station', width: 58 },
  { label: 'Scheduled', width: 62 },
  { label: 'Clocked', width: 62 },
  { label: 'Actual (approved)', width: 62 },
  { label: 'Break', width: 30, align: 'right' },
  { label: 'Credited', width: 60, align: 'right' },
  { label: 'Attendance and notes', width: 152 },
  { label: 'Supervisor', width: 62 },
  { label: 'Approved by', width: 104 },
  { label: 'Certified', width: 42 },
];

export function traineeEvidencePdf(d: TraineeEvidenceDocument): Buffer {
  const pdf = new PdfWriter({
    orientation: 'landscape',
    title: `Placement hours evidence: ${d.trainee.name}, ${periodWords(d.from, d.to)}`,
    author: d.cafe.name,
    subject: 'Placement hours evidence',
    createdAt: new Date(d.generatedAt),
    footer: `Placement hours evidence · ${d.trainee.name} · ${periodWords(d.from, d.to)} · ${d.cafe.name}`,
  });
  pdf.heading(d.cafe.name, 16);
  pdf.heading('Placement hours evidence', 13);
  pdf.keyValues(headerPairs(d), { columns: 2, labelWidth: 80 });

  pdf.heading('Shifts', 11);
  pdf.paragraph('Times are on the café’s clock (Europe/London). Only approved time less unpaid breaks is credited; only credited hours inside a period a manager has certified count as certified.', { size: 8, muted: true });
  pdf.table(
    SHIFT_COLUMNS,
    d.shifts.map((s) => [
      shortDay(s.day),
      s.station ?? '',
      clockSpan(s.day, s.scheduledStartAt, s.scheduledEndAt),
      clockSpan(s.day, s.clockedInAt, s.clockedOutAt),
      clockSpan(s.day, s.approvedStartAt, s.approvedEndAt),
      s.breakMinutes === null ? '' : String(s.breakMinutes),
      s.creditedMinutes === null ? '' : hoursShort(s.creditedMinutes),
      attendanceAndNotes(s),
      s.supervisor ?? '',
      approvedBy(s),
      s.creditedMinutes === null ? '' : yesNo(s.certified),
    ]),
    {
      empty: 'No shifts in this period.',
      totals: d.shifts.length > 0 ? ['Total', '', '', '', '', '', hoursShort(d.totals.creditedMinutes), `of which certified: ${hoursShort(d.totals.certifiedMinutes)}`, '', '', ''] : undefined,
    },
  );

  pdf.heading('Totals', 11);
  pdf.keyValues(totalPairs(d), { columns: 2, labelWidth: 100 });

  pdf.heading('Skills signed off in this period', 11);
  if (d.skillsProgress) pdf.paragraph(`${d.skillsProgress.signedOff} of ${d.skillsProgress.inFramework} skills in the café's framework signed off so far.`, { size: 8, muted: true });
  pdf.table(
    [
      { label: 'Code', width: 36 },
      { label: 'Skill', width: 150 },
      { label: 'Area', width: 90 },
      { label: 'Level', width: 62 },
      { label: 'Observed on shifts by', width: 150 },
      { label: 'Signed off by', width: 100 },
      { label: 'Second signer', width: 100 },
      { label: 'Date', width: 80 },
    ],
    d.skills.map((s) => [s.code, s.title, s.area, s.level ?? '', `${s.observations}: ${s.observers.join(', ')}`, s.signedOffBy, s.secondSigner ?? '', shortDay(cafeDayOf(s.signedOffAt))]),
    { empty: 'No skills signed off in this period.' },
  );

  pdf.heading('Qualifications', 11);
  pdf.table(
    [
      { label: 'Qualification', width: 300 },
      { label: 'Achieved', width: 100 },
      { label: 'Certificate number', width: 160 },
      { label: 'Expires', width: 100 },
    ],
    d.qualifications.map((q) => [q.title, longDay(q.achievedOn), q.certificateNumber ?? '', q.expiresOn ? longDay(q.expiresOn) : '']),
    { empty: 'No qualifications recorded.' },
  );

  pdf.heading('Outcomes in this period', 11);
  pdf.table(
    [
      { label: 'Outcome', width: 110 },
      { label: 'Started', width: 80 },
      { label: 'Employer or provider', width: 170 },
      { label: 'Hours a week', width: 60, align: 'right' },
      { label: 'Evidence', width: 90 },
      { label: 'Sustained 6 weeks', width: 70 },
      { label: 'Sustained 6 months', width: 70 },
      { label: 'Days from start', width: 60, align: 'right' },
    ],
    d.outcomes.map((o) => [
      o.type,
      longDay(o.startDate),
      o.employerOrProvider ?? '',
      o.minutesPerWeek === null ? '' : hoursDecimalText(o.minutesPerWeek),
      o.evidence ?? '',
      o.sustained6Weeks === null ? 'Not checked' : yesNo(o.sustained6Weeks),
      o.sustained6Months === null ? 'Not checked' : yesNo(o.sustained6Months),
      o.daysFromStart === null ? '' : String(o.daysFromStart),
    ]),
    { empty: 'No outcomes recorded.' },
  );

  if (d.certification.periods.length > 0) {
    pdf.heading('Certified periods', 11);
    pdf.table(
      [
        { label: 'Period', width: 200 },
        { label: 'For', width: 120 },
        { label: 'Certified by', width: 160 },
        { label: 'When', width: 120 },
      ],
      d.certification.periods.map((c) => [periodWords(c.from, c.to), c.forEveryone ? 'Every trainee' : d.trainee.name, c.certifiedBy, cafeDateTime(c.certifiedAt)]),
    );
  }

  pdf.signatures(`We confirm that this is a true record of ${d.trainee.name}'s placement at ${d.cafe.name} from ${periodWords(d.from, d.to)}.`, ['Trainee', 'Supervisor or manager']);
  return pdf.finish();
}

const SHIFT_HEADER = [
  'Date', 'Station', 'Scheduled start', 'Scheduled end', 'Scheduled minutes', 'Clocked in', 'Clocked out', 'Approved start', 'Approved end', 'Break minutes',
  'Credited minutes', 'Credited hours', 'Attendance', 'Minutes late', 'Absence acceptable', 'Reason', 'Edit reason', 'Supervisor', 'Approved by', 'Approved at', 'Certified', 'Unplanned', 'Shift id',
] as const;

function at(value: string | null): string | null {
  return value === null ? null : cafeDateTime(value);
}

function shiftCells(s: EvidenceShift): CsvCell[] {
  return [
    s.day, s.station, at(s.scheduledStartAt), at(s.scheduledEndAt), s.scheduledMinutes, at(s.clockedInAt), at(s.clockedOutAt), at(s.approvedStartAt), at(s.approvedEndAt), s.breakMinutes,
    s.creditedMinutes, s.creditedMinutes === null ? null : hoursNumber(s.creditedMinutes), s.attendance ?? 'not approved yet', s.lateMinutes,
    s.attendance === 'absent' ? yesNo(s.absenceAcceptable) : null, s.attendanceReason, s.editReason, s.supervisor, s.approvedBy, at(s.approvedAt),
    s.creditedMinutes === null ? null : yesNo(s.certified), yesNo(s.unplanned), s.shiftId,
  ];
}

export function traineeEvidenceCsv(d: TraineeEvidenceDocument): string {
  const t = d.totals;
  return csvSections([
    {
      title: 'Placement hours evidence',
      header: ['Field', 'Value'],
      rows: [
        ['Café', d.cafe.name],
        ['Café address', d.cafe.address],
        ['Charity number', d.cafe.charityNumber],
        ['Trainee', d.trainee.name],
        ['Apron id', d.trainee.id],
        ['Start date', d.trainee.startDate],
        ['Programme', d.trainee.programme],
        ['Referral source', d.trainee.referralSource],
        ['Referral date', d.trainee.referralDate],
        ['Status', d.trainee.status],
        ['Period from', d.from],
        ['Period to', d.to],
        ['Certification', d.certification.status],
        ['Generated at', cafeDateTime(d.generatedAt)],
        ['Generated by', d.generatedBy.displayName],
        ['Times', 'Europe/London'],
      ],
    },
    { title: 'Shifts', header: SHIFT_HEADER, rows: d.shifts.map(shiftCells) },
    {
      title: 'Totals',
      header: ['Measure', 'Value'],
      rows: [
        ['Shifts', t.shifts],
        ['Scheduled minutes', t.scheduledMinutes],
        ['Shifts attended', t.attendedShifts],
        ['Shifts late', t.lateShifts],
        ['Absences', t.absentShifts],
        ['Absences with an acceptable reason', t.acceptableAbsences],
        ['Cancelled by the café', t.cancelledShifts],
        ['Not approved yet', t.waitingShifts],
        ['Attendance rate (%)', percentNumber(t.attendanceRateBp)],
        ['Credited minutes', t.creditedMinutes],
        ['Credited hours', hoursNumber(t.creditedMinutes)],
        ['Certified minutes', t.certifiedMinutes],
        ['Certified hours', hoursNumber(t.certifiedMinutes)],
        ['Not certified minutes', t.notCertifiedMinutes],
        ['Credited minutes since start', t.creditedSinceStartMinutes],
        ['Weeks engaged', t.weeksEngaged],
        ['Last seen', t.lastSeen],
      ],
    },
    {
      title: 'Skills signed off',
      header: ['Code', 'Skill', 'Area', 'Level', 'Observations', 'Observed by', 'Signed off by', 'Second signer', 'Signed off at'],
      rows: d.skills.map((s) => [s.code, s.title, s.area, s.level, s.observations, s.observers.join('; '), s.signedOffBy, s.secondSigner, cafeDateTime(s.signedOffAt)]),
    },
    {
      title: 'Qualifications',
      header: ['Qualification', 'Achieved on', 'Certificate number', 'Expires on'],
      rows: d.qualifications.map((q) => [q.title, q.achievedOn, q.certificateNumber, q.expiresOn]),
    },
    {
      title: 'Outcomes',
      header: ['Outcome', 'Started on', 'Employer or provider', 'Hours a week', 'Evidence', 'Sustained at 6 weeks', 'Sustained at 6 months', 'Days from start'],
      rows: d.outcomes.map((o) => [
        o.type, o.startDate, o.employerOrProvider, o.minutesPerWeek === null ? null : hoursNumber(o.minutesPerWeek), o.evidence,
        o.sustained6Weeks === null ? 'not checked' : yesNo(o.sustained6Weeks), o.sustained6Months === null ? 'not checked' : yesNo(o.sustained6Months), o.daysFromStart,
      ]),
    },
    {
      title: 'Certified periods',
      header: ['From', 'To', 'Kind', 'For', 'Certified by', 'Certified at'],
      rows: d.certification.periods.map((c) => [c.from, c.to, c.kind, c.forEveryone ? 'every trainee' : d.trainee.name, c.certifiedBy, cafeDateTime(c.certifiedAt)]),
    },
  ]);
}
