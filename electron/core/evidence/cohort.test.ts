import { describe, expect, it } from 'vitest';
import { csvTables, csvText, readPdf, records } from '../testing/evidence.ts';
import { createEvidenceCafe } from '../testing/evidenceCafe.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// The cohort report for funders, through the dispatcher on a real database: its figures are
// the hours core's, its breakdowns add up to its totals, outcomes count with their days from
// the start, and neither file names anybody.

const OCTOBER = { from: '2030-10-01', to: '2030-10-31' };
const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

describe('the cohort report', () => {
  it('adds up: the hours core’s minutes, split by month, gender and referral source; outcomes and days to outcome; no names in the files', async () => {
    const { t, zoe, tom } = createEvidenceCafe();
    const maya = t.loginAs('manager');
    valueOf(maya.call('trainees.save', { staffId: zoe.id, startDate: '2030-10-01', referralSource: 'probation', gender: 'woman' }));
    valueOf(maya.call('trainees.save', { staffId: tom.id, startDate: '2030-09-02', referralSource: 'college' }));
    valueOf(maya.call('outcomes.add', { staffId: zoe.id, kind: 'paid_job', date: '2030-10-31', employerOrProvider: 'Northern Quarter, "NQ" Coffee', hoursPerWeek: 16, evidence: 'letter' }));

    const report = valueOf(maya.call('evidence.cohort', OCTOBER));
    const d = report.document;
    const hours = valueOf(maya.call('hours.summary', OCTOBER));
    expect(d.participants).toBe(2);
    expect(d.creditedMinutes).toBe(hours.creditedMinutes);
    expect(d.creditedMinutes).toBeGreaterThanOrEqual(1225);
    expect(sum(d.byMonth.map((m) => m.creditedMinutes))).toBe(d.creditedMinutes);
    for (const groups of [d.byGender, d.byReferralSource]) {
      expect(groups).not.toBeNull();
      expect(sum((groups ?? []).map((g) => g.participants))).toBe(d.participants);
      expect(sum((groups ?? []).map((g) => g.creditedMinutes))).toBe(d.creditedMinutes);
    }
    expect(d.outcomes).toBe(1);
    expect(d.participantsWithOutcome).toBe(1);
    expect(d.outcomeRateBp).toBe(5000);
    expect(d.averageDaysToOutcome).toBe(30);
    expect(report.emptyMessage).toBeNull();

    const csv = csvTables(report.csv);
    const measures = Object.fromEntries(csv.get('Cohort report')?.rows.map((r) => [r[0], r[1]]) ?? []);
    expect(Number(measures['Credited minutes'])).toBe(d.creditedMinutes);
    expect(Number(measures.Participants)).toBe(2);
    expect(sum(records(csv.get('Hours by month')).map((m) => Number(m['Credited minutes'])))).toBe(d.creditedMinutes);
    expect(sum(records(csv.get('By referral source')).map((g) => Number(g.Participants)))).toBe(2);
    const pdf = await readPdf(report.pdf);
    expect(pdf.text).toContain('Cohort report');
    for (const text of [pdf.text, csvText(report.csv)]) {
      expect(text).not.toContain('Zoë');
      expect(text).not.toContain('Northern Quarter');
    }
    expect(t.lastAudit()).toMatchObject({ action: 'evidence.cohort', outcome: 'done', subject_id: '2030-10-01/2030-10-31' });
  });

  it('is for managers: a supervisor or a trainee is refused and the attempt audited', () => {
    const { t } = createEvidenceCafe();
    for (const role of ['supervisor', 'trainee'] as const) {
      expect(errorOf(t.loginAs(role).call('evidence.cohort', OCTOBER)).code).toBe('forbidden');
      expect(t.lastAudit()).toMatchObject({ action: 'evidence.cohort', outcome: 'refused' });
    }
  });
});
