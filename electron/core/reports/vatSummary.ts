import type { ParsedInputOf, VatSummary } from '../../../shared/contract/index.ts';
import { pounds, toCsv } from '../../../shared/csv.ts';
import type { VatBreakdown } from '../../../shared/till/pricing.ts';
import type { ReadContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { cafePeriod, type Period } from './period.ts';

// The VAT summary for the café's return: every journal line in the period (sales, and the
// refunds and voids that reverse them, stored negative, so they net off in the period they
// were made), summed by rate. One range scan of the covering index journal_lines_vat on
// (at, vat_rate_bp, total_pence, vat_pence): the table itself is never read. Practice sales
// live in their own table and never reach it.

export function vatByRateBetween(db: ReadDb, period: Period): VatBreakdown[] {
  return db
    .prepare<[string, string], { rateBp: number; grossPence: number; vatPence: number }>(
      'SELECT vat_rate_bp AS rateBp, sum(total_pence) AS grossPence, sum(vat_pence) AS vatPence FROM journal_lines WHERE at >= ? AND at < ? GROUP BY vat_rate_bp',
    )
    .all(period.fromAt, period.toAt)
    .map((r) => ({ rateBp: r.rateBp, grossPence: r.grossPence, vatPence: r.vatPence, netPence: r.grossPence - r.vatPence }))
    .sort((a, b) => b.rateBp - a.rateBp);
}

export const VAT_CSV_HEADER = ['From', 'To', 'VAT rate (%)', 'Net sales (GBP)', 'VAT (GBP)', 'Gross sales (GBP)'] as const;

/** The summary as a spreadsheet: one row per rate and a total row; amounts in pounds, dates ISO. */
export function vatSummaryCsv(from: string, to: string, byRate: readonly VatBreakdown[], totals: VatSummary['totals']): string {
  return toCsv(VAT_CSV_HEADER, [
    ...byRate.map((r) => [from, to, r.rateBp / 100, pounds(r.netPence), pounds(r.vatPence), pounds(r.grossPence)]),
    [from, to, 'All rates', pounds(totals.netPence), pounds(totals.vatPence), pounds(totals.grossPence)],
  ]);
}

/** reports.vatSummary: VAT by rate for the café days from `from` to `to`, both included. */
export function vatSummary(ctx: ReadContext, input: ParsedInputOf<'reports.vatSummary'>): VatSummary {
  const byRate = vatByRateBetween(ctx.db, cafePeriod(input.from, input.to));
  const totals = byRate.reduce((t, r) => ({ grossPence: t.grossPence + r.grossPence, vatPence: t.vatPence + r.vatPence, netPence: t.netPence + r.netPence }), { grossPence: 0, vatPence: 0, netPence: 0 });
  return { from: input.from, to: input.to, byRate, totals, csv: vatSummaryCsv(input.from, input.to, byRate, totals) };
}
