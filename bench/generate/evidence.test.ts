import { describe, expect, it } from 'vitest';
import { createTestCafe, valueOf } from '../../electron/core/testing/testCore.ts';
import { addEvidenceRecords } from './evidence.ts';
import { addBenchStation, addTrainees, generateRotaHistory } from './rota.ts';

// The benchmark's records must look like the core's own: records, sign-offs, qualifications
// and outcomes the skills pages and the evidence read as they read real ones, the same every
// time for a seed.

function generated(seed: number) {
  const t = createTestCafe();
  addBenchStation(t.db);
  const trainees = addTrainees(t.db, 12);
  const sam = { id: t.person('supervisor').id, displayName: 'Sam Reid' };
  const period = { from: '2029-01-07', to: '2030-03-03' };
  generateRotaHistory(t.db, { ...period, traineeIds: trainees, supervisor: sam, shiftsPerWeek: 3, approvedBefore: '2030-03-04', seed });
  const written = addEvidenceRecords(t.db, { ...period, traineeIds: trainees, signer: sam, seed });
  return { t, trainees, period, written };
}

describe('the evidence generator', () => {
  it('writes records, sign-offs, qualifications and outcomes the core reads back as its own', () => {
    const { t, trainees, period, written } = generated(7);
    expect(written.records).toBe(12);
    expect(written.signOffs).toBeGreaterThan(12);
    expect(written.outcomes).toBeGreaterThan(0);
    expect(written.qualifications).toBeGreaterThan(0);
    expect(t.count('skill_signoffs')).toBe(written.signOffs);
    expect(t.count('skill_observations')).toBe(written.observations);

    const maya = t.loginAs('manager');
    // Every sign-off stands on enough observations on separate shifts, never the trainee's own.
    const short = t.db
      .prepare(
        `SELECT count(*) FROM skill_signoffs so
         WHERE (SELECT count(DISTINCT o.shift_id) FROM skill_signoff_observations l JOIN skill_observations o ON o.id = l.observation_id WHERE l.signoff_id = so.id) < so.observations_needed`,
      )
      .pluck()
      .get();
    expect(short).toBe(0);
    // The skills pages agree with what was written.
    const matrix = valueOf(maya.call('skills.matrix', {}));
    const complete = t.db.prepare('SELECT count(*) FROM skill_signoffs WHERE signed_off_at IS NOT NULL').pluck().get();
    expect(matrix.rows.reduce((sum, r) => sum + r.signedOff, 0)).toBe(complete);
    // The cohort report counts them all, and its outcomes are the ones written.
    const cohort = valueOf(maya.call('evidence.cohort', period)).document;
    expect(cohort.participants).toBe(12);
    expect(cohort.skillsSignedOff).toBe(complete);
    expect(cohort.outcomes).toBe(written.outcomes);
    expect(cohort.completed + cohort.withdrawn).toBe(t.db.prepare("SELECT count(*) FROM trainee_records WHERE status IN ('completed', 'withdrawn')").pluck().get());
    // One trainee's evidence carries their sign-offs and outcomes.
    const first = trainees[0] ?? '';
    const evidence = valueOf(maya.call('evidence.trainee', { staffId: first, ...period })).document;
    expect(evidence.skills).toHaveLength(t.db.prepare('SELECT count(*) FROM skill_signoffs WHERE trainee_id = ? AND signed_off_at IS NOT NULL').pluck().get(first) as number);
  });

  it('is the same for the same seed', () => {
    const tables = (seed: number) => {
      const { t } = generated(seed);
      const all = t.snapshot().tables;
      return ['trainee_records', 'trainee_status_changes', 'skill_observations', 'skill_signoffs', 'qualifications', 'outcomes', 'outcome_checks'].map((name) => all[name]);
    };
    expect(tables(3)).toEqual(tables(3));
  });
});
