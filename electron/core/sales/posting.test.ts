import { describe, expect, it } from 'vitest';
import type { Db } from '../db/open.ts';
import { TestCore, valueOf, type AuditRow } from '../testing/testCore.ts';
import { createTillCafe, openTill, sell, workedExample } from '../testing/till.ts';

// A sale is made safe as one posting in its own transaction and written out into the journal
// straight after the answer (posting.ts). These tests read `t.core.db` directly, which does
// not post first (`t.db` does, as a host's next turn would).

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const count = (db: Db, table: string): number => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
const saleAudits = (db: Db): AuditRow[] => db.prepare<[], AuditRow>("SELECT * FROM audit_log WHERE action = 'sales.complete' ORDER BY id").all();

function cafeAtTheCounter() {
  const t = createTillCafe();
  openTill(t);
  const tom = t.loginAs('trainee');
  return { t, tom, raw: t.core.db };
}

describe('a completed sale', () => {
  it('is on disk as one posting when the till says it is complete, and in the journal by the next turn', async () => {
    const { t, tom, raw } = cafeAtTheCounter();
    const sale = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 1000 }]);

    // The answer has gone: the sale is the posting and the till's counters, nothing else yet.
    expect(count(raw, 'sale_postings')).toBe(1);
    expect(raw.prepare('SELECT last_receipt_number FROM tills').pluck().get()).toBe(1);
    expect(count(raw, 'journal')).toBe(0);
    expect(saleAudits(raw)).toEqual([]);

    await nextTurn();
    expect(count(raw, 'sale_postings')).toBe(0);
    expect(raw.prepare('SELECT id, receipt_number, total_pence FROM journal').all()).toEqual([{ id: sale.id, receipt_number: 1, total_pence: 880 }]);
    expect(count(raw, 'journal_lines')).toBe(3);
    expect(raw.prepare('SELECT tender, amount_pence FROM journal_payments').all()).toEqual([{ tender: 'cash', amount_pence: 880 }]);
    expect(saleAudits(raw)).toEqual([expect.objectContaining({ subject_id: sale.id, outcome: 'done', actor_id: t.person('trainee').id, summary: 'Sale 1: £8.80 cash' })]);
    expect(valueOf(t.loginAs('supervisor').call('sales.verifyChain', {}))).toMatchObject({ ok: true, entries: 1 });
  });

  it('is seen by a call in the same turn: the core posts before it handles anything else', () => {
    const { t, tom, raw } = cafeAtTheCounter();
    const sale = sell(tom, workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 880 }]);
    expect(count(raw, 'journal')).toBe(0);
    const found = valueOf(tom.call('sales.get', { saleId: sale.id }));
    expect(found).toMatchObject({ id: sale.id, receiptNumber: 1, totalPence: 880 });
    expect(count(raw, 'sale_postings')).toBe(0);
    // The sale's audit entry comes before the entries of the calls made after it.
    const actions = raw.prepare<[], string>("SELECT action FROM audit_log WHERE action LIKE 'sales.%' ORDER BY id").pluck().all();
    expect(actions.slice(0, 1)).toEqual(['sales.complete']);
    expect(t.logger.errors).toEqual([]);
  });

  it('survives Apron stopping before it was posted: the next start posts it, in receipt order, chain intact', () => {
    const first = createTillCafe({ manual: true });
    try {
      openTill(first);
      const tom = first.loginAs('trainee');
      const one = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }]);
      const two = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 900 }]);
      // The power goes straight after the second sale's answer: it is still a posting.
      expect(count(first.core.db, 'sale_postings')).toBe(1);
      expect(count(first.core.db, 'journal')).toBe(1);
      first.core.db.close();

      const again = new TestCore({ dir: first.dir, manual: true });
      try {
        const raw = again.core.db;
        expect(count(raw, 'sale_postings')).toBe(0);
        expect(raw.prepare('SELECT id, receipt_number FROM journal ORDER BY receipt_number').all()).toEqual([
          { id: one.id, receipt_number: 1 },
          { id: two.id, receipt_number: 2 },
        ]);
        expect(saleAudits(raw).map((a) => a.subject_id)).toEqual([one.id, two.id]);
        const sam = again.screen('office');
        again.people = first.people;
        valueOf(sam.call('auth.loginWithPin', { staffId: again.person('supervisor').id, pin: again.person('supervisor').pin }));
        expect(valueOf(sam.call('sales.verifyChain', {}))).toMatchObject({ ok: true, entries: 2 });
      } finally {
        again.dispose();
      }
    } finally {
      first.dispose();
    }
  });

  it('is kept when posting fails, the failure is logged, and it is posted once the fault has gone', async () => {
    const { t, tom, raw } = cafeAtTheCounter();
    raw.exec("CREATE TEMP TRIGGER journal_refuses BEFORE INSERT ON main.journal BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const sale = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }]);
    await nextTurn();
    expect(t.logger.errors.map((e) => e.message)).toEqual(['posting completed sales into the journal failed; they are kept and tried again']);
    // Nothing half-written: the posting is whole, the journal and audit untouched.
    expect(count(raw, 'sale_postings')).toBe(1);
    expect(count(raw, 'journal')).toBe(0);
    expect(count(raw, 'journal_lines')).toBe(0);
    expect(saleAudits(raw)).toEqual([]);

    raw.exec('DROP TRIGGER temp.journal_refuses');
    const next = sell(tom, workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 880 }]);
    await nextTurn();
    expect(raw.prepare('SELECT id, receipt_number FROM journal ORDER BY receipt_number').all()).toEqual([
      { id: sale.id, receipt_number: 1 },
      { id: next.id, receipt_number: 2 },
    ]);
    expect(count(raw, 'sale_postings')).toBe(0);
  });

  it('cannot be changed while it waits', () => {
    const { tom, raw } = cafeAtTheCounter();
    sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }]);
    expect(() => raw.prepare("UPDATE sale_postings SET body = '{}'").run()).toThrow('a sale waiting to be posted cannot be changed');
  });
});
