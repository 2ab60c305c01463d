import type { ExportFile, ParsedInputOf, TraineeEvidence } from '../../../shared/contract/index.ts';
import type { ReadContext } from '../context.ts';
import { fail } from '../errors.ts';
import { traineeEvidenceCsv, traineeEvidencePdf } from './traineeFiles.ts';
import { withSkillsAndOutcomes } from './skillsRecord.ts';
import { traineeHoursRecord } from './traineeRecord.ts';
import { fileSlug, periodWords } from './words.ts';

// `evidence.trainee`: a manager exports anyone's record; anyone else only their own, their
// right of access. Asking for someone else's is refused as forbidden, which the dispatcher
// audits. A successful export is audited naming whose record and which period.

export function exportFile(filename: string, mimeType: ExportFile['mimeType'], bytes: Buffer): ExportFile {
  return { filename, mimeType, base64: bytes.toString('base64'), bytes: bytes.length };
}

export function traineeEvidence(ctx: ReadContext, input: ParsedInputOf<'evidence.trainee'>): TraineeEvidence {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const staffId = input.staffId ?? caller.id;
  if (caller.role !== 'manager' && staffId !== caller.id) {
    fail('forbidden', `${caller.displayName}, you can have your own record, but only a manager can export someone else's.`, { field: 'staffId' });
  }
  const document = withSkillsAndOutcomes(ctx.db, traineeHoursRecord(ctx.db, { staffId, from: input.from, to: input.to, includeReasons: input.includeReasons, now: ctx.now, by: { id: caller.id, displayName: caller.displayName } }));
  const empty = document.shifts.length === 0 && document.skills.length === 0 && document.outcomes.length === 0;
  const base = `apron-evidence-${fileSlug(document.trainee.name, 'trainee')}-${input.from}-to-${input.to}`;
  const period = periodWords(input.from, input.to);
  ctx.note?.({
    subjectType: 'staff',
    subjectId: staffId,
    summary: `Exported the placement-hours evidence of ${document.trainee.name} for ${period} (PDF and CSV${input.includeReasons ? ', with reasons' : ''})`,
  });
  return {
    document,
    emptyMessage: empty ? `${document.trainee.name} has no shifts, skills or outcomes on record for ${period}. The files are empty apart from their headings.` : null,
    pdf: exportFile(`${base}.pdf`, 'application/pdf', traineeEvidencePdf(document)),
    csv: exportFile(`${base}.csv`, 'text/csv', Buffer.from(traineeEvidenceCsv(document), 'utf8')),
  };
}
