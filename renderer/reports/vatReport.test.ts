import { describe, expect, it } from 'vitest';
import type { VatSummary } from '../../shared/contract/index.ts';
import { answered, asking, pickRange, refused, setFrom, setTo, startingReport } from './vatReport.ts';

const quarter = { from: '2026-08-01', to: '2026-10-31' };
const summary: VatSummary = { ...quarter, byRate: [{ rateBp: 2000, grossPence: 1200, vatPence: 200, netPence: 1000 }], totals: { grossPence: 1200, vatPence: 200, netPence: 1000 }, csv: 'x' };

describe('the VAT summary screen', () => {
  it('shows the figures for the dates in the boxes', () => {
    const s = answered(asking(startingReport(quarter)), summary);
    expect(s).toMatchObject({ summary, busy: false, error: null });
  });

  it('takes the figures away as soon as a date changes, so old figures are never downloaded for new dates', () => {
    const s = answered(startingReport(quarter), summary);
    expect(setFrom(s, '2026-09-01').summary).toBeNull();
    expect(setTo(s, '2026-09-30').summary).toBeNull();
    expect(setTo(s, quarter.to)).toBe(s);
    expect(pickRange(s, { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ from: '2026-11-01', summary: null });
  });

  it('ignores a late answer for dates no longer in the boxes', () => {
    const s = setFrom(asking(startingReport(quarter)), '2026-07-01');
    expect(answered(s, summary)).toMatchObject({ summary: null, busy: false });
  });

  it('keeps the core’s refusal to show beside the box it names', () => {
    const error = { code: 'invalid_input' as const, message: 'The end date must be on or after the start date.', field: 'to' };
    expect(refused(asking(startingReport(quarter)), error)).toMatchObject({ error, busy: false, summary: null });
  });
});
