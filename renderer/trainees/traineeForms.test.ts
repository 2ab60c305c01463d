import { describe, expect, it } from 'vitest';
import type { ReadinessItem, TraineeRecord } from '../../shared/contract/index.ts';
import { emptyDate } from '../availability/availabilityForm.ts';
import { changedPositions, checkInput, emptyCheck, emptyOutcome, moveItem, nextItemPosition, outcomeDraftOf, outcomeInput, outcomeUpdateInput, parseHours, recordDraftOf, recordInput, statusInput } from './traineeForms.ts';

const record: TraineeRecord = {
  staff: { id: 'tom', displayName: 'Tom Trainee' },
  active: true,
  preferredName: null,
  startDate: '2030-05-20',
  programme: 'Café skills',
  referralSource: 'probation',
  referralDate: null,
  goal: null,
  status: 'active',
  statusSince: null,
  statusReason: null,
  gender: null,
  namedOnReceipts: false,
  statusHistory: [],
  updatedAt: null,
};

describe('the trainee record form', () => {
  it('sends every field, empty boxes clearing theirs', () => {
    const draft = recordDraftOf(record);
    expect(draft.startDate).toEqual({ day: '20', month: '5', year: '2030' });
    expect(draft.referralDate).toEqual(emptyDate);
    expect(recordInput('tom', { ...draft, goal: 'A job in a kitchen', gender: 'man' })).toEqual({
      ok: true,
      input: { staffId: 'tom', preferredName: '', startDate: '2030-05-20', programme: 'Café skills', referralSource: 'probation', referralDate: null, goal: 'A job in a kitchen', gender: 'man', namedOnReceipts: false },
    });
  });

  it('says a day that does not exist beside its boxes', () => {
    const draft = { ...recordDraftOf(record), startDate: { day: '31', month: '4', year: '2030' } };
    expect(recordInput('tom', draft)).toEqual({ ok: false, field: 'startDate', message: '31 April 2030 does not exist: April has 30 days.' });
    const referral = { ...recordDraftOf(record), referralDate: { day: '1', month: '', year: '2030' } };
    expect(recordInput('tom', referral)).toMatchObject({ ok: false, field: 'referralDate' });
  });

  it('a status change is from today unless a day is typed', () => {
    expect(statusInput('tom', { status: '', since: emptyDate, reason: '' })).toMatchObject({ ok: false, field: 'status' });
    expect(statusInput('tom', { status: 'paused', since: emptyDate, reason: 'Hospital' })).toEqual({ ok: true, input: { staffId: 'tom', status: 'paused', reason: 'Hospital' } });
    expect(statusInput('tom', { status: 'withdrawn', since: { day: '3', month: '6', year: '2030' }, reason: 'Moved' })).toEqual({
      ok: true,
      input: { staffId: 'tom', status: 'withdrawn', since: '2030-06-03', reason: 'Moved' },
    });
  });
});

describe('the outcome and check forms', () => {
  it('reads hours a week as people type them', () => {
    expect(parseHours('16')).toBe(16);
    expect(parseHours('37.5')).toBe(37.5);
    expect(parseHours('16,5 hours')).toBe(16.5);
    expect(parseHours('7½')).toBe(7.5);
    expect(parseHours(' ')).toBeNull();
    expect(parseHours('sixteen')).toBeNaN();
  });

  it('an outcome needs its kind and a real date; the rest goes to the core to judge', () => {
    expect(outcomeInput('tom', emptyOutcome)).toMatchObject({ ok: false, field: 'kind' });
    expect(outcomeInput('tom', { ...emptyOutcome, kind: 'paid_job', date: { day: '30', month: '2', year: '2030' } })).toEqual({
      ok: false,
      field: 'date',
      message: '30 February 2030 does not exist: February has 28 days that year.',
    });
    expect(outcomeInput('tom', { ...emptyOutcome, kind: 'paid_job', date: { day: '1', month: '6', year: '2030' }, hoursPerWeek: 'lots' })).toMatchObject({ ok: false, field: 'hoursPerWeek' });
    expect(outcomeInput('tom', { kind: 'paid_job', date: { day: '1', month: '6', year: '2030' }, employerOrProvider: 'Leeds Kitchen Co', hoursPerWeek: '16', evidence: 'letter', note: '' })).toEqual({
      ok: true,
      input: { staffId: 'tom', kind: 'paid_job', date: '2030-06-01', employerOrProvider: 'Leeds Kitchen Co', hoursPerWeek: 16, evidence: 'letter', note: '' },
    });
  });

  it('an outcome opens in its form as recorded, and a change is checked the same way and sent for that outcome', () => {
    const recorded = {
      id: 'o1', staff: { id: 'tom', displayName: 'Tom' }, kind: 'apprenticeship' as const, date: '2030-06-01', employerOrProvider: 'Leeds Kitchen Co', hoursPerWeek: 37.5,
      evidence: null, note: null, daysFromStart: 30, recordedBy: { id: 'maya', displayName: 'Maya' }, recordedAt: '2030-06-02T10:00:00.000Z', checks: [], removed: null,
    };
    const draft = outcomeDraftOf(recorded);
    expect(draft).toEqual({ kind: 'apprenticeship', date: { day: '1', month: '6', year: '2030' }, employerOrProvider: 'Leeds Kitchen Co', hoursPerWeek: '37.5', evidence: '', note: '' });
    expect(outcomeUpdateInput('o1', { ...draft, employerOrProvider: 'Leeds Kitchen Company', evidence: 'payslip' })).toEqual({
      ok: true,
      input: { outcomeId: 'o1', kind: 'apprenticeship', date: '2030-06-01', employerOrProvider: 'Leeds Kitchen Company', hoursPerWeek: 37.5, evidence: 'payslip', note: '' },
    });
    expect(outcomeUpdateInput('o1', { ...draft, date: { day: '31', month: '6', year: '2030' } })).toMatchObject({ ok: false, field: 'date' });
  });

  it('a sustainment check says whether they are still in it', () => {
    const draft = { ...emptyCheck('six_weeks'), checkedOn: { day: '15', month: '7', year: '2030' } };
    expect(checkInput('o1', draft)).toEqual({ ok: false, field: 'sustained', message: 'Say whether they are still in it.' });
    expect(checkInput('o1', { ...draft, sustained: 'yes', evidence: 'payslip' })).toEqual({
      ok: true,
      input: { outcomeId: 'o1', checkpoint: 'six_weeks', checkedOn: '2030-07-15', sustained: true, evidence: 'payslip', note: '' },
    });
  });
});

describe('the readiness checklist order', () => {
  const items: ReadinessItem[] = [
    { id: 'cv', title: 'A CV', position: 0, active: true },
    { id: 'interview', title: 'Interview practice', position: 5, active: true },
    { id: 'travel', title: 'Travel planned', position: 9, active: true },
  ];

  it('moves an item and renumbers, saving only what changed', () => {
    const after = moveItem(items, 'travel', -1);
    expect(after.map((i) => [i.id, i.position])).toEqual([
      ['cv', 0],
      ['travel', 1],
      ['interview', 2],
    ]);
    expect(changedPositions(items, after).map((i) => i.id)).toEqual(['travel', 'interview']);
    expect(moveItem(items, 'cv', -1).map((i) => i.id)).toEqual(['cv', 'interview', 'travel']);
    expect(nextItemPosition(items)).toBe(10);
    expect(nextItemPosition([])).toBe(0);
  });
});
