import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Sale } from '../../../shared/contract/index.ts';
import { errorOf, MINUTE, valueOf, type TestCore } from '../testing/testCore.ts';
import { basket, createTillCafe, journalRows, line, openTill, sell, tillRow, workedExample } from '../testing/till.ts';
import { createHash } from 'node:crypto';
import { canonicalEntry, canonicalJson, entryHash, findEntry, linesOf, paymentsOf } from './journal.ts';

// The journal's hash chain: every entry carries the hash of the one before, so an edit made
// to the database file behind Apron's back shows up when the chain is checked.

/** A busy spell at the counter: 24 sales, two voids and three refunds. */
function aDayOfTrading(t: TestCore): void {
  openTill(t);
  const orders = [
    { order: workedExample('takeaway'), total: 880 },
    { order: workedExample('eat_in'), total: 880 },
    { order: basket('eat_in', [line('prod-latte', { optionIds: ['opt-milk-soya', 'opt-size-large'] }), line('prod-carrot-cake')]), total: 735 },
    { order: basket('takeaway', [line('prod-cola', { quantity: 2 }), line('prod-chocolate-bar')]), total: 360 },
    { order: basket('takeaway', [line('prod-cake-of-the-day', { openPricePence: 275 })]), total: 275 },
    { order: basket('eat_in', [line('prod-soup'), line('prod-tea')], { kind: 'percent', value: 10, reasonId: 'reason-concession' }), total: 567 },
  ];
  const sales: Sale[] = [];
  const tom = t.loginAs('trainee');
  for (let i = 0; i < 24; i++) {
    // a customer a minute (the till would lock itself after two idle minutes)
    t.clock.advance(MINUTE);
    const { order, total } = orders[i % orders.length] ?? { order: workedExample('takeaway'), total: 880 };
    sales.push(sell(tom, order, total, i % 3 === 0 ? [{ tender: 'card', amountPence: total }] : [{ tender: 'cash', amountPence: Math.ceil(total / 500) * 500 }]));
  }
  const sam = t.loginAs('supervisor');
  const at = (i: number): Sale => sales[i] ?? fail(`no sale ${i}`);
  valueOf(sam.call('sales.void', { saleId: at(3).id, reason: 'Rang up twice' }));
  valueOf(sam.call('sales.void', { saleId: at(10).id, reason: 'Wrong order' }));
  valueOf(sam.call('sales.refund', { saleId: at(0).id, lines: [{ lineId: at(0).lines[0]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Cold' }));
  valueOf(sam.call('sales.refund', { saleId: at(2).id, lines: [{ lineId: at(2).lines[1]?.id ?? '', quantity: 1 }], to: 'cash', reason: 'Dropped it' }));
  valueOf(sam.call('sales.refund', { saleId: at(5).id, lines: [{ lineId: at(5).lines[0]?.id ?? '', quantity: 1 }, { lineId: at(5).lines[1]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Complaint' }));
}

function fail(message: string): never {
  throw new Error(message);
}

/** Changes the database file the way someone with a SQLite tool could, outside Apron. */
function editBehindApronsBack(t: TestCore, sql: string[]): void {
  const outside = new Database(t.file);
  try {
    for (const statement of sql) outside.exec(statement);
  } finally {
    outside.close();
  }
}

describe('the hash chain', () => {
  it('verifies after a day of mixed sales, voids and refunds, with gapless receipt numbers', () => {
    const t = createTillCafe();
    aDayOfTrading(t);
    const rows = journalRows(t);
    expect(rows.map((r) => r.receipt_number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.kind === 'void')).toHaveLength(2);
    expect(rows.filter((r) => r.kind === 'refund')).toHaveLength(3);

    const chain = t.db.prepare<[], { prev_hash: string; hash: string }>('SELECT prev_hash, hash FROM journal ORDER BY receipt_number').all();
    expect(chain[0]?.prev_hash).toBe('');
    chain.forEach((entry, i) => {
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(entry.prev_hash).toBe(chain[i - 1]?.hash);
    });
    expect(tillRow(t)).toMatchObject({ last_receipt_number: 29, last_hash: chain.at(-1)?.hash });
    expect(valueOf(t.loginAs('supervisor').call('sales.verifyChain', {}))).toEqual({ ok: true, entries: 29, brokenAt: null });

    // each stored hash is SHA-256 over the canonical JSON of the entry, its lines and payments
    for (const row of rows) {
      const { hash, ...entry } = findEntry(t.db, row.id) ?? fail('gone');
      const lines = linesOf(t.db, row.id);
      const payments = paymentsOf(t.db, row.id);
      expect(createHash('sha256').update(canonicalEntry(entry, lines, payments)).digest('hex')).toBe(hash);
      expect(entryHash(entry, lines, payments)).toBe(hash);
    }
  });

  it('a total changed in the file (after dropping the guard trigger) is reported at that entry', () => {
    const t = createTillCafe();
    aDayOfTrading(t);
    const seventh = journalRows(t)[6];
    editBehindApronsBack(t, ['DROP TRIGGER journal_never_updated', 'UPDATE journal SET total_pence = total_pence - 100 WHERE receipt_number = 7']);
    expect(valueOf(t.loginAs('supervisor').call('sales.verifyChain', {}))).toEqual({ ok: false, entries: 7, brokenAt: { id: seventh?.id, receiptNumber: 7 } });
  });

  it('a line’s VAT changed in the file is reported at its entry', () => {
    const t = createTillCafe();
    aDayOfTrading(t);
    editBehindApronsBack(t, ['DROP TRIGGER journal_lines_never_updated', "UPDATE journal_lines SET vat_pence = 0 WHERE entry_id = (SELECT id FROM journal WHERE receipt_number = 12) AND line_no = 1"]);
    expect(valueOf(t.loginAs('manager').call('sales.verifyChain', {}))).toMatchObject({ ok: false, brokenAt: { receiptNumber: 12 } });
  });

  it('an entry deleted from the middle is reported at the one after it', () => {
    const t = createTillCafe();
    aDayOfTrading(t);
    // receipt 9 is a sale nobody refunded or voided, so nothing points at it
    editBehindApronsBack(t, [
      'DROP TRIGGER journal_never_deleted',
      'DROP TRIGGER journal_lines_never_deleted',
      'DROP TRIGGER journal_payments_never_deleted',
      'DELETE FROM journal_lines WHERE entry_id = (SELECT id FROM journal WHERE receipt_number = 9)',
      'DELETE FROM journal_payments WHERE entry_id = (SELECT id FROM journal WHERE receipt_number = 9)',
      'DELETE FROM journal WHERE receipt_number = 9',
    ]);
    expect(valueOf(t.loginAs('supervisor').call('sales.verifyChain', {}))).toMatchObject({ ok: false, brokenAt: { receiptNumber: 10 } });
  });

  it('the newest entry deleted is noticed too: the till remembers its hash', () => {
    const t = createTillCafe();
    aDayOfTrading(t);
    editBehindApronsBack(t, [
      'DROP TRIGGER journal_never_deleted',
      'DROP TRIGGER journal_lines_never_deleted',
      'DROP TRIGGER journal_payments_never_deleted',
      'DELETE FROM journal_lines WHERE entry_id = (SELECT id FROM journal WHERE receipt_number = 29)',
      'DELETE FROM journal_payments WHERE entry_id = (SELECT id FROM journal WHERE receipt_number = 29)',
      'DELETE FROM journal WHERE receipt_number = 29',
    ]);
    expect(valueOf(t.loginAs('supervisor').call('sales.verifyChain', {}))).toMatchObject({ ok: false, entries: 28, brokenAt: { receiptNumber: 28 } });
  });

  it('Apron itself cannot change a finished sale: the database refuses', () => {
    const t = createTillCafe();
    openTill(t);
    sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    expect(() => t.db.prepare('UPDATE journal SET total_pence = 1').run()).toThrow('a finished sale cannot be changed');
    expect(() => t.db.prepare('DELETE FROM journal_lines').run()).toThrow('a finished sale cannot be deleted');
  });

  it('only supervisors and managers check the chain', () => {
    const t = createTillCafe();
    expect(errorOf(t.loginAs('trainee').call('sales.verifyChain', {})).code).toBe('forbidden');
    expect(valueOf(t.loginAs('supervisor').call('sales.verifyChain', {}))).toEqual({ ok: true, entries: 0, brokenAt: null });
  });

  it('hashes canonical JSON: the same fields in any order give the same text', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
    expect(canonicalJson({ a: [{ c: null, d: 'x' }], b: 1 })).toBe(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] }));
  });
});
