import type { CohortGroup, CohortReportDocument } from '../../../shared/contract/index.ts';
import type { CsvCell } from '../../../shared/csv.ts';
import { csvSections } from './csvSections.ts';
import { PdfWriter } from './pdf.ts';
import { cafeDateTime, hoursDecimalText, hoursNumber, hoursShort, monthWords, percentNumber, percentText, periodWords, shortMonth } from './words.ts';

// The cohort report rendered twice from one document: a PDF for funders (figures, then bar
// charts drawn as plain rectangles, then the breakdowns as tables) and a CSV with the same
// figures, one table per part.

function days(value: number | null): string {
  return value === null ? 'none yet' : `${value} ${value === 1 ? 'day' : 'days'}`;
}

function groupRows(groups: readonly CohortGroup[]): string[][] {
  return groups.map((g) => [g.group, String(g.participants), String(g.started), hoursShort(g.creditedMinutes), String(g.participantsWithOutcome), percentText(g.outcomeRateBp), days(g.averageDaysToOutcome)]);
}

const GROUP_COLUMNS = [
  { label: 'Group', width: 130 },
  { label: 'Participants', width: 60, align: 'right' as const },
  { label: 'Started', width: 50, align: 'right' as const },
  { label: 'Credited hours', width: 80, align: 'right' as const },
  { label: 'With an outcome', width: 60, align: 'right' as const },
  { label: 'Outcome rate', width: 60, align: 'right' as const },
  { label: 'Average days to outcome', width: 80, align: 'right' as const },
];

export function cohortReportPdf(d: CohortReportDocument): Buffer {
  const period = periodWords(d.from, d.to);
  const pdf = new PdfWriter({
    orientation: 'portrait',
    title: `Cohort report: ${period}`,
    author: d.cafe.name,
    subject: 'Cohort report',
    createdAt: new Date(d.generatedAt),
    footer: `Cohort report · ${period} · ${d.cafe.name}`,
  });
  pdf.heading(d.cafe.name, 16);
  pdf.heading('Cohort report', 13);
  pdf.keyValues([
    ['Period', period],
    ['Café', [d.cafe.address, d.cafe.charityNumber ? `charity ${d.cafe.charityNumber}` : ''].filter((x) => x !== '').join(', ')],
    ['Generated', `${cafeDateTime(d.generatedAt)} by ${d.generatedBy.displayName}`],
  ]);

  pdf.heading('People', 11);
  pdf.keyValues(
    [
      ['Participants', String(d.participants)],
      ['Started in the period', String(d.started)],
      ['Active (attended a shift)', String(d.active)],
      ['Completed', String(d.completed)],
      ['Withdrew', String(d.withdrawn)],
      ['Referred, never started', d.neverStarted === null ? 'Not recorded' : String(d.neverStarted)],
    ],
    { columns: 2, labelWidth: 130 },
  );
  pdf.heading('Hours and attendance', 11);
  pdf.keyValues(
    [
      ['Credited hours', `${hoursShort(d.creditedMinutes)} (${hoursDecimalText(d.creditedMinutes)} hours)`],
      ['Certified hours', `${hoursShort(d.certifiedMinutes)} (${hoursDecimalText(d.certifiedMinutes)} hours)`],
      ['Shifts attended', `${d.shiftsAttended} (${d.shiftsLate} late)`],
      ['Absences', String(d.shiftsAbsent)],
      ['Attendance rate', percentText(d.attendanceRateBp)],
      ['Skills signed off', String(d.skillsSignedOff)],
    ],
    { columns: 2, labelWidth: 130 },
  );
  pdf.heading('Outcomes', 11);
  pdf.keyValues(
    [
      ['Outcomes', String(d.outcomes)],
      ['Participants with an outcome', String(d.participantsWithOutcome)],
      ['Outcome rate', percentText(d.outcomeRateBp)],
      ['Average days to outcome', days(d.averageDaysToOutcome)],
    ],
    { columns: 2, labelWidth: 130 },
  );
  pdf.paragraph('The outcome rate is participants with an outcome that started in the period, out of all participants. Days to outcome count from the trainee’s start date to their first outcome in the period.', { size: 8, muted: true });

  pdf.barChart('Credited hours by month', d.byMonth.map((m) => ({ label: d.byMonth.length > 18 ? shortMonth(m.month) : monthWords(m.month), value: m.creditedMinutes, text: hoursShort(m.creditedMinutes) })), { colour: 0, labelWidth: 90 });
  pdf.barChart('Outcomes by type', d.outcomesByType.map((o) => ({ label: o.type, value: o.count, text: String(o.count) })), { colour: 1 });
  for (const [title, groups, colour] of [
    ['by gender', d.byGender, 2],
    ['by referral source', d.byReferralSource, 3],
  ] as const) {
    pdf.heading(`Participants and outcomes ${title}`, 11);
    if (groups === null) {
      pdf.paragraph(`Nobody's ${title === 'by gender' ? 'gender' : 'referral source'} is recorded.`, { size: 9, muted: true });
      continue;
    }
    pdf.barChart(`Participants ${title}`, groups.map((g) => ({ label: g.group, value: g.participants, text: String(g.participants) })), { colour });
    pdf.barChart(`Outcome rate ${title}`, groups.map((g) => ({ label: g.group, value: g.outcomeRateBp ?? 0, text: percentText(g.outcomeRateBp) })), { colour });
    pdf.table(GROUP_COLUMNS, groupRows(groups));
  }
  return pdf.finish();
}

function groupCells(groups: readonly CohortGroup[] | null): CsvCell[][] {
  return (groups ?? []).map((g) => [g.group, g.participants, g.started, g.creditedMinutes, hoursNumber(g.creditedMinutes), g.participantsWithOutcome, percentNumber(g.outcomeRateBp), g.averageDaysToOutcome]);
}

const GROUP_HEADER = ['Group', 'Participants', 'Started', 'Credited minutes', 'Credited hours', 'Participants with an outcome', 'Outcome rate (%)', 'Average days to outcome'];

export function cohortReportCsv(d: CohortReportDocument): string {
  return csvSections([
    {
      title: 'Cohort report',
      header: ['Measure', 'Value'],
      rows: [
        ['Café', d.cafe.name],
        ['Period from', d.from],
        ['Period to', d.to],
        ['Generated at', cafeDateTime(d.generatedAt)],
        ['Generated by', d.generatedBy.displayName],
        ['Participants', d.participants],
        ['Started', d.started],
        ['Active', d.active],
        ['Completed', d.completed],
        ['Withdrawn', d.withdrawn],
        ['Referred, never started', d.neverStarted],
        ['Shifts attended', d.shiftsAttended],
        ['Shifts late', d.shiftsLate],
        ['Absences', d.shiftsAbsent],
        ['Attendance rate (%)', percentNumber(d.attendanceRateBp)],
        ['Credited minutes', d.creditedMinutes],
        ['Credited hours', hoursNumber(d.creditedMinutes)],
        ['Certified minutes', d.certifiedMinutes],
        ['Certified hours', hoursNumber(d.certifiedMinutes)],
        ['Skills signed off', d.skillsSignedOff],
        ['Outcomes', d.outcomes],
        ['Participants with an outcome', d.participantsWithOutcome],
        ['Outcome rate (%)', percentNumber(d.outcomeRateBp)],
        ['Average days to outcome', d.averageDaysToOutcome],
      ],
    },
    { title: 'Outcomes by type', header: ['Outcome', 'Count'], rows: d.outcomesByType.map((o) => [o.type, o.count]) },
    { title: 'Hours by month', header: ['Month', 'Credited minutes', 'Credited hours', 'Trainees attending'], rows: d.byMonth.map((m) => [m.month, m.creditedMinutes, hoursNumber(m.creditedMinutes), m.trainees]) },
    { title: 'By gender', header: GROUP_HEADER, rows: groupCells(d.byGender) },
    { title: 'By referral source', header: GROUP_HEADER, rows: groupCells(d.byReferralSource) },
  ]);
}
