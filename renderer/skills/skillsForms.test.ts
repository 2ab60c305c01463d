import { describe, expect, it } from 'vitest';
import type { Competency, Qualification } from '../../shared/contract/index.ts';
import {
  competencyDraft,
  competencyInput,
  emptyObservation,
  emptyQualification,
  matrixToDo,
  moveInOrder,
  newCompetencyDraft,
  observationInput,
  qualificationInput,
  sortQualifications,
  toggle,
  withShift,
} from './skillsForms.ts';

describe('recording an observation', () => {
  it('asks for the shift, the skill and the level before sending, in that order', () => {
    expect(observationInput(emptyObservation())).toEqual({ ok: false, problem: 'Choose the shift you saw them on.', field: 'shiftId' });
    expect(observationInput({ ...emptyObservation(), shiftId: 's1' })).toMatchObject({ ok: false, field: 'competencyId' });
    expect(observationInput({ ...emptyObservation('c1'), shiftId: 's1' })).toMatchObject({ ok: false, field: 'level' });
  });

  it('sends the note only when there is one, with the till evidence ticked', () => {
    const draft = { ...emptyObservation('c1'), shiftId: 's1', level: 'independent' as const, note: '  ', saleIds: ['sale1'] };
    expect(observationInput(draft)).toEqual({ ok: true, input: { shiftId: 's1', competencyId: 'c1', level: 'independent', saleIds: ['sale1'], cashSessionIds: [] } });
    expect(observationInput({ ...draft, note: ' Calm at the peak ' })).toMatchObject({ ok: true, input: { note: 'Calm at the peak' } });
  });

  it('drops the till evidence of one shift when another is chosen', () => {
    const draft = { ...emptyObservation('c1'), shiftId: 's1', saleIds: ['a'], cashSessionIds: ['b'] };
    expect(withShift(draft, 's1')).toBe(draft);
    expect(withShift(draft, 's2')).toMatchObject({ shiftId: 's2', saleIds: [], cashSessionIds: [] });
  });

  it('ticks and unticks', () => {
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggle(['a'], 'a', true)).toEqual(['a']);
  });
});

describe('recording a qualification', () => {
  const typed = { ...emptyQualification, title: 'Level 2 Food Safety', awardedOn: { day: '2', month: '9', year: '2030' } };

  it('sends the date awarded as a café day, and no expiry when none is typed', () => {
    expect(qualificationInput('tom', typed)).toEqual({ ok: true, input: { staffId: 'tom', title: 'Level 2 Food Safety', awardedOn: '2030-09-02', expiresOn: null } });
  });

  it('says a date that does not exist beside its boxes', () => {
    expect(qualificationInput('tom', { ...typed, awardedOn: { day: '31', month: '9', year: '2030' } })).toEqual({
      ok: false,
      problem: '31 September 2030 does not exist: September has 30 days.',
      field: 'awardedOn',
    });
    expect(qualificationInput('tom', { ...typed, expiresOn: { day: '2', month: '', year: '2033' } })).toMatchObject({ ok: false, field: 'expiresOn' });
  });

  it('sends the awarding body, certificate and expiry when typed', () => {
    expect(qualificationInput('tom', { ...typed, awardingBody: ' Highfield ', certificateNumber: 'HF-1', expiresOn: { day: '2', month: '9', year: '2033' } })).toMatchObject({
      ok: true,
      input: { awardingBody: 'Highfield', certificateNumber: 'HF-1', expiresOn: '2033-09-02' },
    });
  });

  it('lists those on record first, newest first, then those removed', () => {
    const q = (id: string, awardedOn: string, removed: boolean) => ({ id, awardedOn, removed: removed ? { by: { id: 'm', displayName: 'M' }, at: '', reason: 'x' } : null }) as Qualification;
    expect(sortQualifications([q('a', '2029-01-01', false), q('b', '2030-01-01', true), q('c', '2030-02-01', false)]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('the framework forms', () => {
  const competency: Competency = {
    id: 'c1',
    areaId: 'area-till-cash',
    code: 'TC2',
    title: 'Orders and payments',
    criterion: 'Correct sales',
    observationsNeeded: 3,
    secondSignerNeeded: false,
    position: 2,
    active: true,
    stations: [{ id: 'station-till', name: 'Till' }],
  };

  it('edits a competency as it is and sends the number typed as a number', () => {
    const draft = competencyDraft(competency);
    expect(draft).toMatchObject({ code: 'TC2', observationsNeeded: '3', stationIds: ['station-till'] });
    expect(competencyInput({ ...draft, observationsNeeded: ' 4 ' })).toMatchObject({ ok: true, input: { id: 'c1', observationsNeeded: 4, stationIds: ['station-till'] } });
    expect(competencyInput({ ...draft, observationsNeeded: 'three' })).toEqual({ ok: false, problem: 'Type the observations needed as a whole number, like 3.', field: 'observationsNeeded' });
  });

  it('starts a new food-safety competency needing a second signer, after the last', () => {
    const draft = newCompetencyDraft({ id: 'area-food-safety', foodSafety: true, competencies: [competency] });
    expect(draft).toMatchObject({ id: null, secondSignerNeeded: true, position: 3 });
    const input = competencyInput({ ...draft, code: ' FS7 ', title: 'Pest control', criterion: 'Spots and reports signs of pests' });
    expect(input.ok && 'id' in input.input).toBe(false);
    expect(input).toMatchObject({ ok: true, input: { code: 'FS7' } });
  });

  it('moves one up or down, renumbering only those that changed', () => {
    const items = [
      { id: 'a', position: 1 },
      { id: 'b', position: 2 },
      { id: 'c', position: 3 },
    ];
    expect(moveInOrder(items, 'c', -1)).toEqual([
      { id: 'c', position: 2 },
      { id: 'b', position: 3 },
    ]);
    expect(moveInOrder(items, 'a', -1)).toEqual([]);
    expect(moveInOrder(items, 'c', 1)).toEqual([]);
  });

  it('counts what waits for a signature on the matrix', () => {
    const cell = (state: 'ready_to_sign_off' | 'awaiting_second_signer' | 'signed_off') => ({ competencyId: 'x', state, latestLevel: null, independentShifts: 0, observationsNeeded: 1, signedOffAt: null });
    expect(matrixToDo({ rows: [{ trainee: { id: 't', displayName: 'T' }, signedOff: 1, cells: [cell('ready_to_sign_off'), cell('awaiting_second_signer'), cell('signed_off')] }] })).toEqual({ ready: 1, waiting: 1 });
  });
});
