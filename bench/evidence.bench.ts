import { addEvidenceRecords } from './generate/evidence.ts';
import { addTrainees, generateRotaHistory } from './generate/rota.ts';
import { medianMs, report } from './report.ts';
import { call, closeBenchCafe, openBenchCafe } from './sampleCafe.ts';

// Placement-hours evidence, through the dispatcher with the sample café's manager signed in
// (each call builds the document, renders the PDF and the CSV, base64s both and audits):
// - evidence.trainee_pdf_ms: one trainee's record for a year of shifts (five a week);
//   goal under 300 ms;
// - evidence.cohort_ms: the cohort report for 200 trainees over 3 years (three shifts a week
//   each, with trainee records, sign-offs and outcomes); goal under 2 s.

const NOW = new Date('2030-01-06T10:00:00.000Z');

const openCafe = () => openBenchCafe(NOW, { name: 'Maya Manager', pin: '1111' });

interface Files {
  pdf: { bytes: number };
  csv: { bytes: number };
  document: { shifts?: unknown[]; participants?: number; creditedMinutes?: number; totals?: { creditedMinutes: number } };
}

function runTraineeBench(): void {
  const cafe = openCafe();
  try {
    const [trainee] = addTrainees(cafe.core.db, 1, 'evidence-trainee');
    const year = { from: '2029-01-01', to: '2029-12-31' };
    generateRotaHistory(cafe.core.db, { ...year, traineeIds: [trainee ?? ''], supervisor: cafe.supervisor, shiftsPerWeek: 5, approvedBefore: '2030-01-01', seed: 1 });
    addEvidenceRecords(cafe.core.db, { traineeIds: [trainee ?? ''], from: year.from, to: year.to, signer: cafe.supervisor, seed: 1 });
    cafe.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const input = { staffId: trainee, ...year };
    const files = call(cafe.core, 'office', 'evidence.trainee', input) as Files;
    if ((files.document.shifts?.length ?? 0) < 250) throw new Error(`the year's record has ${files.document.shifts?.length ?? 0} shifts, not about 260`);
    report({ name: 'evidence.trainee_pdf_ms', unit: 'ms', value: medianMs(() => call(cafe.core, 'office', 'evidence.trainee', input), 15) });
    report({ name: 'evidence.trainee_shifts', unit: 'count', value: files.document.shifts?.length ?? 0 });
    report({ name: 'evidence.trainee_pdf_bytes', unit: 'count', value: files.pdf.bytes });
  } finally {
    closeBenchCafe(cafe);
  }
}

function runCohortBench(): void {
  const cafe = openCafe();
  try {
    const trainees = addTrainees(cafe.core.db, 200, 'cohort-trainee');
    const period = { from: '2027-01-01', to: '2029-12-31' };
    generateRotaHistory(cafe.core.db, { ...period, traineeIds: trainees, supervisor: cafe.supervisor, shiftsPerWeek: 3, approvedBefore: '2030-01-01', seed: 200 });
    addEvidenceRecords(cafe.core.db, { traineeIds: trainees, ...period, signer: cafe.supervisor, seed: 200 });
    cafe.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = call(cafe.core, 'office', 'evidence.cohort', period) as Files;
    if ((files.document.participants ?? 0) < 200) throw new Error(`the cohort has ${files.document.participants ?? 0} participants, not 200`);
    report({ name: 'evidence.cohort_ms', unit: 'ms', value: medianMs(() => call(cafe.core, 'office', 'evidence.cohort', period), 5) });
    report({ name: 'evidence.cohort_shifts', unit: 'count', value: cafe.core.db.prepare('SELECT count(*) FROM shifts WHERE day BETWEEN ? AND ?').pluck().get(period.from, period.to) as number });
    report({ name: 'evidence.cohort_pdf_bytes', unit: 'count', value: files.pdf.bytes });
  } finally {
    closeBenchCafe(cafe);
  }
}

export function runEvidenceBench(): void {
  runTraineeBench();
  runCohortBench();
}
