import { describe, expect, it } from 'vitest';
import type { CohortReportDocument } from '../../shared/contract/index.ts';
import { bytesOfBase64, cohortSummary, fileWords, groupRows, monthRows, periodDraft, periodInput, rateWords } from './evidenceWords.ts';

describe('the evidence period', () => {
  it('reads the days typed and refuses an end before the start beside the last day', () => {
    expect(periodInput(periodDraft('2030-06-01', '2030-06-30'))).toEqual({ ok: true, input: { from: '2030-06-01', to: '2030-06-30' } });
    expect(periodInput(periodDraft('2030-06-30', '2030-06-01'))).toEqual({ ok: false, field: 'to', message: 'The last day must be on or after the first day (Sunday 30 June 2030).' });
  });

  it('says a day that does not exist beside its own boxes', () => {
    expect(periodInput({ from: { day: '31', month: '2', year: '2030' }, to: { day: '1', month: '3', year: '2030' } })).toEqual({
      ok: false,
      field: 'from',
      message: '31 February 2030 does not exist: February has 28 days that year.',
    });
    expect(periodInput({ from: { day: '1', month: '2', year: '2030' }, to: { day: '', month: '', year: '' } })).toEqual({ ok: false, field: 'to', message: 'Enter the last day: day, month and year.' });
  });
});

describe('the files and figures', () => {
  it('decodes the base64 the core sends, byte for byte', () => {
    expect([...bytesOfBase64('JVBERi0=')]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect([...bytesOfBase64('77u/')]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fileWords({ mimeType: 'application/pdf', bytes: 12_800 })).toBe('PDF, 13 KB');
    expect(fileWords({ mimeType: 'text/csv', bytes: 300 })).toBe('CSV, 300 bytes');
  });

  it('says rates from basis points', () => {
    expect(rateWords(8750)).toBe('87.5%');
    expect(rateWords(10000)).toBe('100%');
    expect(rateWords(null, 'None')).toBe('None');
  });

  it('sums up a cohort report', () => {
    const d = {
      participants: 3, started: 1, active: 2, completed: 0, withdrawn: 1, neverStarted: null, creditedMinutes: 1500, certifiedMinutes: 0, attendanceRateBp: 9000,
      skillsSignedOff: 4, outcomes: 1, outcomeRateBp: 3333, averageDaysToOutcome: 12,
      byMonth: [{ month: '2030-05', creditedMinutes: 1500, trainees: 3 }],
      byGender: [{ group: 'Woman', participants: 1, started: 1, creditedMinutes: 60, participantsWithOutcome: 1, outcomeRateBp: 10000, averageDaysToOutcome: 12 }],
    } as unknown as CohortReportDocument;
    const lines = Object.fromEntries(cohortSummary(d).map((l) => [l.label, l.value]));
    expect(lines).toMatchObject({ 'Trainees taking part': '3', 'Hours credited': '25 hours', 'Outcome rate': '33.3%', 'Average days to an outcome': '12 days', 'Referred but never started': 'Not recorded' });
    expect(monthRows(d)).toEqual([{ month: 'May 2030', trainees: 3, hours: '25 hours' }]);
    expect(groupRows(d.byGender)).toEqual([{ group: 'Woman', participants: 1, hours: '1 hour', outcomes: '1 (100%)', days: '12 days' }]);
    expect(groupRows(null)).toEqual([]);
  });
});
