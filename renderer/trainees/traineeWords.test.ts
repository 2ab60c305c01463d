import { describe, expect, it } from 'vitest';
import type { Progression } from '../../shared/contract/index.ts';
import { bars, checkWords, daysToOutcomeWords, hoursByMonthBars, keptWords, monthWords, myCheckWords, myProgressSentences, outcomeDetails, outcomeHeadline, skillAreaBars, stationBars, statusChangeWords } from './traineeWords.ts';

const progression = {
  preferredName: 'Tommy',
  hours: { creditedMinutes: 1440, attended: 5, late: 1, absent: 1, cancelled: 0, waiting: 2, byMonth: [{ month: '2030-05', creditedMinutes: 960 }, { month: '2030-06', creditedMinutes: 480 }] },
  stations: [
    { station: { id: 'station-till', name: 'Till' }, shifts: 4, creditedMinutes: 960 },
    { station: null, shifts: 1, creditedMinutes: 240 },
  ],
  skills: { signedOff: 2, inProgress: 1, total: 20, byArea: [{ id: 'a', name: 'Food safety', signedOff: 1, inProgress: 1, total: 4 }], signedOffList: [], inProgressList: [] },
  readiness: { staff: { id: 't', displayName: 'Tom Trainee' }, items: [], ticked: 2, total: 3 },
  outcomes: [],
} as unknown as Progression;

describe('a trainee in words', () => {
  it('says a status change with its day, reason and who', () => {
    expect(statusChangeWords({ status: 'withdrawn', since: '2030-06-03', reason: 'Moved to Hull', by: { id: 'm', displayName: 'Maya Manager' } })).toBe(
      'Withdrawn from Monday 3 June 2030: Moved to Hull. Recorded by Maya Manager.',
    );
    expect(statusChangeWords({ status: 'active', since: '2030-05-20', reason: null, by: null })).toBe('Active from Monday 20 May 2030.');
  });

  it('says an outcome, its time from the start and its checks', () => {
    expect(outcomeHeadline({ kind: 'paid_job', employerOrProvider: 'Leeds Kitchen Co', date: '2030-06-01' })).toBe('Paid job at Leeds Kitchen Co, from Saturday 1 June 2030');
    expect(outcomeHeadline({ kind: 'training_education', employerOrProvider: 'Leeds College', date: '2030-06-01' })).toBe('Training or education with Leeds College, from Saturday 1 June 2030');
    expect(outcomeDetails({ hoursPerWeek: 16.5, evidence: 'payslip', daysFromStart: 12 })).toEqual(['16.5 hours a week', '12 days after starting', 'Evidence: payslip']);
    expect(outcomeDetails({ hoursPerWeek: null, evidence: null, daysFromStart: 0 }, true)).toEqual(['On the day you started', 'No evidence recorded']);
    expect(daysToOutcomeWords(1)).toBe('1 day after starting');
    expect(daysToOutcomeWords(null)).toBeNull();
    expect(checkWords({ checkpoint: 'six_weeks', dueOn: '2030-07-13', state: 'not_due', checkedOn: null, evidence: null, checkedBy: null })).toEqual({ text: '6-week check: due on Saturday 13 July 2030.', tone: 'waiting' });
    expect(checkWords({ checkpoint: 'six_weeks', dueOn: '2030-07-13', state: 'due', checkedOn: null, evidence: null, checkedBy: null }).text).toBe('6-week check: due now (since Saturday 13 July 2030).');
    expect(
      checkWords({ checkpoint: 'six_months', dueOn: '2030-12-01', state: 'sustained', checkedOn: '2030-12-02', evidence: 'payslip', checkedBy: { id: 'm', displayName: 'Maya Manager' } }),
    ).toEqual({ text: '6-month check: still in it on Monday 2 December 2030, payslip. Checked by Maya Manager.', tone: 'done' });
    expect(myCheckWords({ checkpoint: 'six_weeks', dueOn: '2030-07-13', state: 'sustained' })).toBe('Still going after 6 weeks. Brilliant.');
  });

  it('draws bars in proportion to the biggest, with a sliver for a small value and none for zero', () => {
    expect(bars([{ key: 'a', label: 'A', value: 100, words: '' }, { key: 'b', label: 'B', value: 1, words: '' }, { key: 'c', label: 'C', value: 0, words: '' }]).map((b) => b.percent)).toEqual([100, 2, 0]);
    expect(bars([{ key: 'a', label: 'A', value: 0, words: '' }]).map((b) => b.percent)).toEqual([0]);
    expect(hoursByMonthBars(progression)).toEqual([
      { key: '2030-05', label: 'May 2030', value: 960, percent: 100, words: '16 hours' },
      { key: '2030-06', label: 'June 2030', value: 480, percent: 50, words: '8 hours' },
    ]);
    expect(stationBars(progression).map((b) => [b.label, b.words, b.percent])).toEqual([
      ['Till', '4 shifts, 16 hours', 100],
      ['No station', '1 shift, 4 hours', 25],
    ]);
    expect(skillAreaBars(progression)).toEqual([{ id: 'a', name: 'Food safety', signedOffPercent: 25, inProgressPercent: 25, words: '1 of 4 signed off, 1 under way' }]);
    expect(monthWords('2030-12')).toBe('December 2030');
  });

  it('tells the trainee their progress kindly, by the name they go by', () => {
    expect(myProgressSentences(progression, 'Tom Trainee')).toEqual([
      'Well done, Tommy: you have done 24 hours on placement over 6 shifts.',
      '2 more shifts are waiting for a supervisor to approve.',
      'You have 2 skills signed off and 1 under way.',
      'Getting ready for work: 2 of 3 done.',
    ]);
    const fresh = { ...progression, preferredName: null, hours: { ...progression.hours, creditedMinutes: 0, attended: 0, late: 0, waiting: 0 }, skills: { ...progression.skills, signedOff: 0, inProgress: 0 }, readiness: { ...progression.readiness, total: 0 } };
    expect(myProgressSentences(fresh, 'Jordan Trainee')).toEqual(['Welcome, Jordan. Your hours show here once a supervisor approves your first shift.']);
  });
});

describe('an erasure in words', () => {
  it('says the anonymous name and what was kept', () => {
    expect(keptWords({ staff: { id: 'j', displayName: 'Former trainee 3F2A' }, kept: { shifts: 6, creditedMinutes: 1440, signOffs: 1, outcomes: 0 } })).toBe(
      'Erased. The record is now “Former trainee 3F2A”. Kept, without a name: 6 shifts, 24 hours credited, 1 sign-off and 0 outcomes.',
    );
  });
});
