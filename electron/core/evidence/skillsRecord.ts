import type { EvidenceOutcome, EvidenceQualification, EvidenceSkill, TraineeEvidenceDocument } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { cafePeriod } from '../reports/period.ts';
import { daysBetween } from '../rota/wallClock.ts';
import type { CohortPerson } from './cohort.ts';
import { recordWords } from './words.ts';

// What the skills and trainee-record tables (migration 0005) add to the evidence: the
// trainee record's start date, programme, referral and status; skills signed off in the
// period with their observers and signers (a withdrawn sign-off is not evidence); the
// qualifications held; outcomes that started in the period with their sustainment checks.
// Read straight from the tables, as they are kept: a sign-off keeps the competency as signed.

interface RecordRow {
  start_date: string | null;
  programme: string | null;
  referral_source: string | null;
  referral_date: string | null;
  status: string;
  gender: string | null;
}

interface SignOffRow {
  id: string;
  trainee_id: string;
  code: string;
  title: string;
  area_name: string;
  first_signer_name: string;
  second_signer_name: string | null;
  signed_off_at: string;
}

interface ObservationRow {
  signoff_id: string;
  level: string;
  observer_name: string;
  observed_at: string;
}

interface OutcomeRow {
  id: string;
  staff_id: string;
  kind: string;
  started_on: string;
  employer_or_provider: string;
  minutes_per_week: number | null;
  evidence: string | null;
}

const LEVEL_ORDER = ['shadowing', 'with_support', 'independent'];

function traineeRecordRow(db: ReadDb, staffId: string): RecordRow | undefined {
  return db.prepare<[string], RecordRow>('SELECT start_date, programme, referral_source, referral_date, status, gender FROM trainee_records WHERE staff_id = ?').get(staffId);
}

/** Standing sign-offs completed within the café days `from` to `to`, oldest first. */
function signOffsIn(db: ReadDb, staffId: string | null, from: string, to: string): SignOffRow[] {
  const { fromAt, toAt } = cafePeriod(from, to);
  return db
    .prepare<[string, string, string | null, string | null], SignOffRow>(
      `SELECT id, trainee_id, code, title, area_name, first_signer_name, second_signer_name, signed_off_at
       FROM skill_signoffs INDEXED BY skill_signoffs_by_day
       WHERE signed_off_at >= ? AND signed_off_at < ? AND withdrawn_at IS NULL AND (? IS NULL OR trainee_id = ?)
       ORDER BY signed_off_at, code`,
    )
    .all(fromAt, toAt, staffId, staffId);
}

function evidenceSkills(db: ReadDb, staffId: string, from: string, to: string): EvidenceSkill[] {
  const signOffs = signOffsIn(db, staffId, from, to);
  if (signOffs.length === 0) return [];
  const observations = db
    .prepare<[string], ObservationRow>(
      `SELECT so.signoff_id, o.level, o.observer_name, o.observed_at
       FROM skill_signoff_observations so JOIN skill_observations o ON o.id = so.observation_id
       WHERE so.signoff_id IN (SELECT value FROM json_each(?)) ORDER BY o.observed_at`,
    )
    .all(JSON.stringify(signOffs.map((s) => s.id)));
  return signOffs.map((s) => {
    const mine = observations.filter((o) => o.signoff_id === s.id);
    const level = mine.reduce<string | null>((best, o) => (best === null || LEVEL_ORDER.indexOf(o.level) > LEVEL_ORDER.indexOf(best) ? o.level : best), null);
    return {
      code: s.code,
      title: s.title,
      area: s.area_name,
      level: recordWords.level(level),
      signedOffAt: s.signed_off_at,
      signedOffBy: s.first_signer_name,
      secondSigner: s.second_signer_name,
      observations: mine.length,
      observers: [...new Set(mine.map((o) => o.observer_name))],
    };
  });
}

function outcomesIn(db: ReadDb, staffId: string | null, from: string, to: string): OutcomeRow[] {
  return db
    .prepare<[string, string, string | null, string | null], OutcomeRow>(
      `SELECT id, staff_id, kind, started_on, employer_or_provider, minutes_per_week, evidence
       FROM outcomes WHERE started_on BETWEEN ? AND ? AND removed_at IS NULL AND (? IS NULL OR staff_id = ?)
       ORDER BY started_on, recorded_at`,
    )
    .all(from, to, staffId, staffId);
}

/** The record with what the skills and trainee-record tables hold for the trainee and period. */
export function withSkillsAndOutcomes(db: ReadDb, document: TraineeEvidenceDocument): TraineeEvidenceDocument {
  const staffId = document.trainee.id;
  const record = traineeRecordRow(db, staffId);
  const startDate = record?.start_date ?? document.trainee.startDate;
  const signedOff = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM skill_signoffs WHERE trainee_id = ? AND signed_off_at IS NOT NULL AND withdrawn_at IS NULL').get(staffId)?.n ?? 0;
  const inFramework = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM competencies c JOIN skill_areas a ON a.id = c.area_id WHERE c.active = 1 AND a.active = 1').get()?.n ?? 0;
  const qualifications = db
    .prepare<[string, string], EvidenceQualification>(
      `SELECT title, awarded_on AS achievedOn, certificate_number AS certificateNumber, expires_on AS expiresOn
       FROM qualifications WHERE staff_id = ? AND awarded_on <= ? AND removed_at IS NULL ORDER BY awarded_on, title`,
    )
    .all(staffId, document.to);
  const checks = db.prepare<[string], { checkpoint: string; sustained: number }>('SELECT checkpoint, sustained FROM outcome_checks WHERE outcome_id = ?');
  const outcomes = outcomesIn(db, staffId, document.from, document.to).map((o): EvidenceOutcome => {
    const done = checks.all(o.id);
    const check = (checkpoint: string) => {
      const found = done.find((c) => c.checkpoint === checkpoint);
      return found ? found.sustained === 1 : null;
    };
    return {
      type: recordWords.outcome(o.kind),
      startDate: o.started_on,
      employerOrProvider: o.employer_or_provider,
      minutesPerWeek: o.minutes_per_week,
      evidence: recordWords.evidence(o.evidence),
      sustained6Weeks: check('six_weeks'),
      sustained6Months: check('six_months'),
      daysFromStart: startDate ? daysBetween(startDate, o.started_on) : null,
    };
  });
  return {
    ...document,
    trainee: {
      ...document.trainee,
      startDate,
      programme: record?.programme ?? null,
      referralSource: recordWords.referral(record?.referral_source ?? null),
      referralDate: record?.referral_date ?? null,
      status: recordWords.status(record?.status ?? null),
    },
    skills: evidenceSkills(db, staffId, document.from, document.to),
    skillsProgress: { signedOff, inFramework },
    qualifications,
    outcomes,
  };
}

/**
 * The cohort's people with their trainee records, sign-offs and outcomes. Participants are the
 * trainees given a shift in the period, and also those whose recorded start date or an outcome
 * falls in it. Returns how many were referred in the period but never came to a shift.
 */
export function addCohortRecords(db: ReadDb, people: Map<string, CohortPerson>, from: string, to: string): { neverStarted: number } {
  const blank = (id: string): CohortPerson => ({ id, startDate: null, creditedMinutes: 0, certifiedMinutes: 0, attended: 0, late: 0, absent: 0, skillsSignedOff: 0, completed: false, withdrawn: false, gender: null, referralSource: null, outcomes: [] });
  const outcomes = outcomesIn(db, null, from, to);
  const startedHere = db.prepare<[string, string], { staff_id: string }>("SELECT r.staff_id FROM trainee_records r JOIN staff s ON s.id = r.staff_id WHERE s.role = 'trainee' AND r.start_date BETWEEN ? AND ?").all(from, to);
  for (const id of [...startedHere.map((r) => r.staff_id), ...outcomes.map((o) => o.staff_id)]) if (!people.has(id)) people.set(id, blank(id));

  const ids = JSON.stringify([...people.keys()]);
  const records = db
    .prepare<[string], RecordRow & { staff_id: string }>('SELECT staff_id, start_date, programme, referral_source, referral_date, status, gender FROM trainee_records WHERE staff_id IN (SELECT value FROM json_each(?))')
    .all(ids);
  for (const r of records) {
    const p = people.get(r.staff_id);
    if (!p) continue;
    if (r.start_date) p.startDate = r.start_date;
    p.gender = recordWords.gender(r.gender);
    p.referralSource = recordWords.referral(r.referral_source);
  }
  const changes = db
    .prepare<[string, string, string], { staff_id: string; status: string }>(
      "SELECT DISTINCT staff_id, status FROM trainee_status_changes WHERE since BETWEEN ? AND ? AND status IN ('completed', 'withdrawn') AND staff_id IN (SELECT value FROM json_each(?))",
    )
    .all(from, to, ids);
  for (const c of changes) {
    const p = people.get(c.staff_id);
    if (p && c.status === 'completed') p.completed = true;
    if (p && c.status === 'withdrawn') p.withdrawn = true;
  }
  for (const s of signOffsIn(db, null, from, to)) {
    const p = people.get(s.trainee_id);
    if (p) p.skillsSignedOff += 1;
  }
  for (const o of outcomes) people.get(o.staff_id)?.outcomes.push({ type: recordWords.outcome(o.kind), startDate: o.started_on });

  const neverStarted = db
    .prepare<[string, string], { n: number }>(
      `SELECT count(*) AS n FROM trainee_records r
       WHERE r.referral_date BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM shifts s WHERE s.trainee_id = r.staff_id AND s.attendance IN ('attended', 'late'))`,
    )
    .get(from, to)?.n ?? 0;
  return { neverStarted };
}
