import type { CohortReport, ParsedInputOf } from '../../../shared/contract/index.ts';
import type { Handlers, ReadContext } from '../context.ts';
import { fail } from '../errors.ts';
import { cohortDocument, cohortHours } from './cohort.ts';
import { cohortReportCsv, cohortReportPdf } from './cohortFiles.ts';
import { addCohortRecords } from './skillsRecord.ts';
import { exportFile, traineeEvidence } from './traineeEvidence.ts';
import { periodWords } from './words.ts';

type EvidenceHandlers = Pick<Handlers, 'evidence.trainee' | 'evidence.cohort'>;

function cohortReport(ctx: ReadContext, input: ParsedInputOf<'evidence.cohort'>): CohortReport {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const { people, byMonth } = cohortHours(ctx.db, input.from, input.to);
  const { neverStarted } = addCohortRecords(ctx.db, people, input.from, input.to);
  const document = cohortDocument(ctx.db, { people: [...people.values()], byMonth, neverStarted }, { from: input.from, to: input.to, now: ctx.now, by: { id: caller.id, displayName: caller.displayName } });
  const period = periodWords(input.from, input.to);
  const base = `apron-cohort-report-${input.from}-to-${input.to}`;
  ctx.note?.({ subjectType: 'cohort_report', subjectId: `${input.from}/${input.to}`, summary: `Exported the cohort report for ${period} (PDF and CSV): ${document.participants} ${document.participants === 1 ? 'trainee' : 'trainees'}` });
  const empty = document.participants === 0 && document.outcomes === 0;
  return {
    document,
    emptyMessage: empty ? `Nobody had a shift or an outcome from ${period}. The files are empty apart from their headings.` : null,
    pdf: exportFile(`${base}.pdf`, 'application/pdf', cohortReportPdf(document)),
    csv: exportFile(`${base}.csv`, 'text/csv', Buffer.from(cohortReportCsv(document), 'utf8')),
  };
}

export function evidenceHandlers(): EvidenceHandlers {
  return {
    'evidence.trainee': traineeEvidence,
    'evidence.cohort': cohortReport,
  };
}
