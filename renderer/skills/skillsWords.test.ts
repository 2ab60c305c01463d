import { describe, expect, it } from 'vitest';
import type { SkillSignOff } from '../../shared/contract/index.ts';
import { cashSessionWords, cellWords, momentDayWords, myNextWords, myProgressWords, observationWords, qualificationWords, saleWords, shiftWords, signOffWords, summaryWords } from './skillsWords.ts';

const sam = { id: 'sam', displayName: 'Sam Supervisor' };
const maya = { id: 'maya', displayName: 'Maya Manager' };

describe('skills in words', () => {
  it('says each matrix cell in words, with a sign, never by colour alone', () => {
    expect(cellWords({ state: 'not_started', independentShifts: 0, observationsNeeded: 3 })).toEqual({ text: 'Not started', sign: '–', tone: 'none' });
    expect(cellWords({ state: 'in_progress', independentShifts: 1, observationsNeeded: 3 }).text).toBe('Observed 1 of 3');
    expect(cellWords({ state: 'ready_to_sign_off', independentShifts: 3, observationsNeeded: 3 }).text).toBe('Ready to sign off');
    expect(cellWords({ state: 'awaiting_second_signer', independentShifts: 3, observationsNeeded: 3 }).text).toBe('Waiting for second signer');
    expect(cellWords({ state: 'signed_off', independentShifts: 3, observationsNeeded: 3 })).toEqual({ text: 'Signed off', sign: '✓', tone: 'done' });
  });

  it('says a moment as its day in London, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    expect(momentDayWords('2030-06-30T23:30:00Z')).toBe('Monday 1 July 2030');
    expect(momentDayWords('2030-11-05T23:30:00Z')).toBe('Tuesday 5 November 2030');
  });

  it('names a shift by day, times and station', () => {
    expect(shiftWords({ day: '2030-11-05', start: '09:00', end: '13:00', stationName: 'Till' })).toBe('Tuesday 5 November 2030, 09:00–13:00, Till');
    expect(shiftWords({ day: '2030-11-05', start: null, end: null, stationName: null })).toBe('Tuesday 5 November 2030');
  });

  it('says an observation with its level, shift and observer', () => {
    expect(observationWords({ level: 'with_support', shift: { id: 's', day: '2030-11-05', start: '09:00', end: '13:00', stationName: 'Till' }, observer: sam })).toBe(
      'With support, Tuesday 5 November 2030 (Till), seen by Sam Supervisor',
    );
  });

  it('says the till evidence of a shift', () => {
    expect(saleWords({ kind: 'sale', receiptNumber: 12, at: '2030-11-05T10:04:00Z', totalPence: 450, tenders: ['cash'] })).toBe('Sale 12, 10:04, £4.50 (cash)');
    expect(saleWords({ kind: 'refund', receiptNumber: 13, at: '2030-11-05T10:10:00Z', totalPence: -250, tenders: [] })).toBe('Refund 13, 10:10, -£2.50');
    expect(cashSessionWords({ opened: true, closed: true, openedAt: '2030-11-05T08:55:00Z', closedAt: '2030-11-05T13:05:00Z', floatPence: 10000, variancePence: -200 })).toBe(
      'Counted the float of £100.00 at 08:55; cashed up at 13:05, £2.00 short',
    );
    expect(cashSessionWords({ opened: false, closed: true, openedAt: '2030-11-05T08:55:00Z', closedAt: '2030-11-05T13:05:00Z', floatPence: 10000, variancePence: 0 })).toBe('Cashed up at 13:05, exactly right');
  });

  it('says who signed off and when, and why one was withdrawn', () => {
    const base: Pick<SkillSignOff, 'state' | 'firstSigner' | 'firstSignedAt' | 'secondSigner' | 'secondSignedAt' | 'withdrawn'> = {
      state: 'awaiting_second_signer',
      firstSigner: sam,
      firstSignedAt: '2030-11-13T15:00:00Z',
      secondSigner: null,
      secondSignedAt: null,
      withdrawn: null,
    };
    expect(signOffWords(base)).toBe('Signed by Sam Supervisor on Wednesday 13 November 2030. Waiting for a second signer.');
    expect(signOffWords({ ...base, state: 'signed_off', secondSigner: maya, secondSignedAt: '2030-11-14T09:00:00Z' })).toBe(
      'Signed off by Sam Supervisor on Wednesday 13 November 2030, countersigned by Maya Manager on Thursday 14 November 2030.',
    );
    expect(signOffWords({ ...base, state: 'signed_off' })).toBe('Signed off by Sam Supervisor on Wednesday 13 November 2030.');
    expect(signOffWords({ ...base, state: 'withdrawn', withdrawn: { by: maya, at: '2030-11-14T09:00:00Z', reason: 'Signed for the wrong trainee' } })).toBe(
      'Signed by Sam Supervisor on Wednesday 13 November 2030. Withdrawn by Maya Manager on Thursday 14 November 2030: Signed for the wrong trainee.',
    );
  });

  it('speaks kindly to a trainee about where they are', () => {
    expect(myProgressWords({ state: 'in_progress', independentShifts: 0, observationsNeeded: 2 })).toBe('You have made a start. It needs you to do it on your own on 2 shifts.');
    expect(myProgressWords({ state: 'in_progress', independentShifts: 2, observationsNeeded: 3 })).toBe('You have done it on your own on 2 shifts of 3. One more to go.');
    expect(myProgressWords({ state: 'in_progress', independentShifts: 1, observationsNeeded: 5 })).toBe('You have done it on your own on 1 shift of 5. 4 more to go.');
    expect(myNextWords({ kind: 'start' }, undefined)).toBe('Something new to try when you are ready.');
    expect(myNextWords({ kind: 'sign_off' }, undefined)).toBe('Ready for a supervisor to sign off.');
  });

  it('says a qualification with what is known of it', () => {
    expect(qualificationWords({ awardingBody: 'Highfield', awardedOn: '2030-09-02', certificateNumber: 'HF-123', expiresOn: '2033-09-02', expired: false })).toBe(
      'Awarded by Highfield on Monday 2 September 2030, certificate HF-123, expires on Friday 2 September 2033.',
    );
    expect(qualificationWords({ awardingBody: null, awardedOn: '2027-01-04', certificateNumber: null, expiresOn: '2030-01-04', expired: true })).toBe(
      'Awarded on Monday 4 January 2027, expired on Friday 4 January 2030.',
    );
  });

  it('sums up a page', () => {
    expect(summaryWords({ signedOff: 1, inProgress: 2, total: 22 })).toBe('1 of 22 skills signed off, 2 under way.');
  });
});
