import { describe, expect, it } from 'vitest';
import { valueOf } from '../../electron/core/testing/testCore.ts';
import { createTillCafe } from '../../electron/core/testing/till.ts';
import { generateTrading, TradingWriter } from './trading.ts';

// The benchmark's trading must look like the till's own: entries that add up, reversals
// pointing at what they give back, counters moved on, and reports that agree with it.

describe('the trading generator', () => {
  it('writes days that add up, with counters the real till carries on from', () => {
    const t = createTillCafe();
    const trainees = [{ id: t.person('trainee').id, displayName: 'Tom Walsh' }];
    const supervisor = { id: t.person('supervisor').id, displayName: 'Sam Reid' };
    const written = generateTrading(t.db, { from: '2026-10-24', to: '2026-10-26', salesPerDay: 120, trainees, supervisor, seed: 3 });

    expect(written.days).toBe(3);
    expect(t.count('journal')).toBe(written.entries);
    expect(t.count('journal_lines')).toBe(written.lines);
    expect(t.count('z_reports')).toBe(3);
    expect(t.db.prepare("SELECT last_receipt_number, last_z_number FROM tills WHERE id = 'till-1'").get()).toEqual({ last_receipt_number: written.entries, last_z_number: 3 });
    // Each entry's lines and payments add up to its total, and its VAT to its lines' VAT.
    const wrong = t.db
      .prepare(
        `SELECT j.id FROM journal j
          WHERE j.total_pence <> (SELECT sum(total_pence) FROM journal_lines WHERE entry_id = j.id)
             OR j.vat_pence <> (SELECT sum(vat_pence) FROM journal_lines WHERE entry_id = j.id)
             OR j.total_pence <> (SELECT coalesce(sum(amount_pence), 0) FROM journal_payments WHERE entry_id = j.id)
             OR j.items_pence - j.discount_pence <> j.total_pence`,
      )
      .all();
    expect(wrong).toEqual([]);
    // Every reversal line points at a line of the sale it reverses, with the same rate.
    expect(
      t.db
        .prepare(
          `SELECT count(*) FROM journal r JOIN journal_lines l ON l.entry_id = r.id LEFT JOIN journal_lines o ON o.id = l.original_line_id
            WHERE r.kind <> 'sale' AND (o.id IS NULL OR o.entry_id <> r.original_id OR o.vat_rate_bp <> l.vat_rate_bp OR o.total_pence <> -l.total_pence)`,
        )
        .pluck()
        .get(),
    ).toBe(0);
    expect(t.db.prepare("SELECT count(DISTINCT kind) FROM journal WHERE kind IN ('refund', 'void')").pluck().get()).toBeGreaterThan(0);
    expect(t.db.prepare('SELECT count(DISTINCT vat_rate_bp) FROM journal_lines').pluck().get()).toBeGreaterThanOrEqual(2);

    // The VAT summary over the three days and the Z reports' nets agree with the journal.
    const journalNet = t.db.prepare('SELECT sum(total_pence) FROM journal').pluck().get();
    const vat = valueOf(t.loginAs('manager').call('reports.vatSummary', { from: '2026-10-24', to: '2026-10-26' }));
    expect(vat.totals.grossPence).toBe(journalNet);
    expect(t.db.prepare('SELECT sum(net_sales_pence) FROM z_reports').pluck().get()).toBe(journalNet);
  });

  it('fills an open session the X report reads in full', () => {
    const t = createTillCafe();
    const sam = t.loginAs('supervisor');
    const session = valueOf(sam.call('cash.open', { floatCounts: { '2000': 5 } }));
    const writer = new TradingWriter(t.db, { trainees: [{ id: t.person('trainee').id, displayName: 'Tom Walsh' }], supervisor: { id: t.person('supervisor').id, displayName: 'Sam Reid' } });
    const net = t.db.transaction(() => {
      const n = writer.writeDay('2030-03-04', session.id, 200);
      writer.finish();
      return n;
    })();
    const x = valueOf(sam.call('cash.xReport', {}));
    expect(x.sales.count).toBe(200);
    expect(x.netSalesPence).toBe(net);
    expect(x.byTender.reduce((a, b) => a + b.netPence, 0)).toBe(net);
    expect(x.byVatRate.reduce((a, b) => a + b.grossPence, 0)).toBe(net);
    expect(x.lastReceipt).toBe(writer.written.entries);
  });
});
