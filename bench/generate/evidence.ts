import type Database from 'better-sqlite3';
import { addDays } from '../../electron/core/rota/wallClock.ts';

// A data generator for the evidence benchmarks: what the skills and trainee-record tables
// hold for trainees who already have shifts (bench/generate/rota.ts). Written straight into
// the tables with prepared inserts, as the core would have written them: a record for each
// trainee (start date at their first shift, referral, gender, status: some completed, some
// withdrawn with a reason), observations at the independent level on separate shifts they
// worked and the sign-offs that stand on them (food-safety ones countersigned by a second
// signer, now and then one still waiting), a food-safety qualification for about half, and
// outcomes with a 6-week check for about two in five. Deterministic for a given seed.

export interface EvidenceRecordsOptions {
  traineeIds: readonly string[];
  /** The café days whose shifts are observed and in which outcomes fall, both included. */
  from: string;
  to: string;
  /** The supervisor who observes and signs first. */
  signer: { id: string; displayName: string };
  /** Who countersigns food-safety sign-offs; defaults to the café's manager. */
  secondSigner?: { id: string; displayName: string };
  seed?: number;
}

export interface EvidenceRecordsWritten {
  records: number;
  observations: number;
  signOffs: number;
  qualifications: number;
  outcomes: number;
}

function random(seed: number): () => number {
  let a = (seed * 2654435761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REFERRALS = ['day_centre', 'probation', 'mental_health_service', 'college', 'self'] as const;
const GENDERS = ['woman', 'man', 'non_binary', 'prefer_not_to_say', null] as const;
const OUTCOMES = ['paid_job', 'apprenticeship', 'training_education', 'volunteering'] as const;
const EMPLOYERS = ['Canal Street Coffee', 'Northern Quarter Kitchen', 'Manchester College', 'FareShare Greater Manchester', 'The Bakehouse'] as const;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

interface CompetencyRow {
  id: string;
  code: string;
  title: string;
  criterion: string;
  area_name: string;
  observations_needed: number;
  second_signer: number;
}

/** Writes the records, sign-offs, qualifications and outcomes of `traineeIds`. */
export function addEvidenceRecords(db: Database.Database, options: EvidenceRecordsOptions): EvidenceRecordsWritten {
  const rand = random(options.seed ?? 1);
  const second =
    options.secondSigner ??
    db.prepare<[string], { id: string; displayName: string }>("SELECT id, display_name AS displayName FROM staff WHERE role = 'manager' AND id <> ? ORDER BY created_at LIMIT 1").get(options.signer.id) ??
    options.signer;
  const competencies = db
    .prepare<[], CompetencyRow>(
      `SELECT c.id, c.code, c.title, c.criterion, a.name AS area_name, c.observations_needed, c.second_signer
       FROM competencies c JOIN skill_areas a ON a.id = c.area_id WHERE c.active = 1 AND a.active = 1 ORDER BY a.position, c.position`,
    )
    .all();
  const worked = db.prepare<[string, string, string], { id: string; day: string; seen_at: string }>(
    `SELECT id, day, coalesce(clock_out_at, end_at) AS seen_at FROM shifts
     WHERE trainee_id = ? AND day BETWEEN ? AND ? AND attendance IN ('attended', 'late') ORDER BY day`,
  );
  const firstShift = db.prepare<[string], { day: string | null }>('SELECT min(day) AS day FROM shifts WHERE trainee_id = ?');
  const lastShift = db.prepare<[string], { day: string | null }>('SELECT max(day) AS day FROM shifts WHERE trainee_id = ?');
  const record = db.prepare(
    `INSERT INTO trainee_records (staff_id, start_date, programme, referral_source, referral_date, goal, status, status_since, status_reason, gender, updated_by_id, updated_at)
     VALUES (?, ?, 'Café skills', ?, ?, 'A job in hospitality', ?, ?, ?, ?, ?, ?)`,
  );
  const status = db.prepare('INSERT INTO trainee_status_changes (id, staff_id, status, since, reason, changed_by_id, changed_by_name, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const observe = db.prepare(
    `INSERT INTO skill_observations (id, trainee_id, competency_id, shift_id, level, note, observer_id, observer_name, observed_at)
     VALUES (?, ?, ?, ?, 'independent', NULL, ?, ?, ?)`,
  );
  const signOff = db.prepare(
    `INSERT INTO skill_signoffs (id, trainee_id, competency_id, code, title, criterion, area_name, observations_needed, second_signer_needed,
       first_signer_id, first_signer_name, first_signed_at, second_signer_id, second_signer_name, second_signed_at, signed_off_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO skill_signoff_observations (signoff_id, observation_id) VALUES (?, ?)');
  const qualification = db.prepare(
    `INSERT INTO qualifications (id, staff_id, title, awarding_body, awarded_on, certificate_number, expires_on, recorded_by_id, recorded_by_name, recorded_at)
     VALUES (?, ?, 'Level 2 Food Safety and Hygiene for Catering', 'Highfield', ?, ?, ?, ?, ?, ?)`,
  );
  const outcome = db.prepare(
    `INSERT INTO outcomes (id, staff_id, kind, started_on, employer_or_provider, minutes_per_week, evidence, note, recorded_by_id, recorded_by_name, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'letter', NULL, ?, ?, ?, ?)`,
  );
  const check = db.prepare(
    `INSERT INTO outcome_checks (outcome_id, checkpoint, checked_on, sustained, evidence, note, checked_by_id, checked_by_name, recorded_at)
     VALUES (?, 'six_weeks', ?, ?, 'payslip', NULL, ?, ?, ?)`,
  );

  const written: EvidenceRecordsWritten = { records: 0, observations: 0, signOffs: 0, qualifications: 0, outcomes: 0 };
  let n = 0;
  const id = (kind: string) => `bench-${kind}-${String((n += 1)).padStart(9, '0')}`;
  const by = options.signer;
  db.transaction(() => {
    for (const traineeId of options.traineeIds) {
      const start = firstShift.get(traineeId)?.day ?? options.from;
      const last = lastShift.get(traineeId)?.day ?? options.to;
      const at = `${start}T08:00:00.000Z`;
      const roll = rand();
      const state = roll < 0.15 ? 'withdrawn' : roll < 0.35 ? 'completed' : 'active';
      const since = state === 'active' ? start : last;
      const reason = state === 'withdrawn' ? 'Moved away' : null;
      record.run(traineeId, start, pick(rand, REFERRALS), addDays(start, -14), state, since, reason, pick(rand, GENDERS), by.id, at);
      status.run(id('status'), traineeId, 'active', start, null, by.id, by.displayName, at);
      if (state !== 'active') status.run(id('status'), traineeId, state, since, reason, by.id, by.displayName, `${since}T17:00:00.000Z`);
      written.records += 1;

      // Sign-offs: a handful of skills, each on the next shifts they worked.
      const shifts = worked.all(traineeId, options.from, options.to);
      let next = Math.floor(rand() * 4);
      const wanted = 2 + Math.floor(rand() * 7);
      const chosen = [...competencies].sort(() => rand() - 0.5).slice(0, wanted);
      for (const c of chosen) {
        const on = shifts.slice(next, next + c.observations_needed);
        if (on.length < c.observations_needed) break;
        next += c.observations_needed;
        const observed = on.map((shift) => {
          const obs = id('obs');
          observe.run(obs, traineeId, c.id, shift.id, by.id, by.displayName, shift.seen_at);
          return obs;
        });
        written.observations += observed.length;
        const signedAt = on.at(-1)?.seen_at ?? at;
        const waiting = c.second_signer === 1 && rand() < 0.1;
        const countersigned = c.second_signer === 1 && !waiting;
        const so = id('signoff');
        signOff.run(
          so, traineeId, c.id, c.code, c.title, c.criterion, c.area_name, c.observations_needed, c.second_signer,
          by.id, by.displayName, signedAt,
          countersigned ? second.id : null, countersigned ? second.displayName : null, countersigned ? signedAt : null,
          waiting ? null : signedAt,
        );
        for (const obs of observed) link.run(so, obs);
        written.signOffs += 1;
      }

      if (rand() < 0.5) {
        const awarded = addDays(start, 7 + Math.floor(rand() * 60));
        if (awarded <= options.to) {
          qualification.run(id('qual'), traineeId, awarded, `HQ-${String(n).padStart(6, '0')}`, addDays(awarded, 3 * 365), by.id, by.displayName, `${awarded}T12:00:00.000Z`);
          written.qualifications += 1;
        }
      }

      if (state !== 'withdrawn' && rand() < 0.45) {
        // While still coming in, or after: many start a part-time job during the placement.
        const day = addDays(start, 60 + Math.floor(rand() * 600));
        if (day <= options.to && day <= last) {
          const out = id('outcome');
          outcome.run(out, traineeId, pick(rand, OUTCOMES), day, pick(rand, EMPLOYERS), (8 + Math.floor(rand() * 30)) * 60, by.id, by.displayName, `${day}T12:00:00.000Z`, `${day}T12:00:00.000Z`);
          const checked = addDays(day, 42);
          if (checked <= options.to) check.run(out, checked, rand() < 0.8 ? 1 : 0, by.id, by.displayName, `${checked}T12:00:00.000Z`);
          written.outcomes += 1;
        }
      }
    }
  })();
  return written;
}
