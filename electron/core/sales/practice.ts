import type { ParsedInputOf, PracticeReview, Sale } from '../../../shared/contract/index.ts';
import { formatPence } from '../../../shared/money.ts';
import type { PricedBasket } from '../../../shared/till/pricing.ts';
import type { OrderType } from '../../../shared/till/vat.ts';
import type { Caller, ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { lineId, toSaleLine, vatByRate, type LineDraftRow } from './journal.ts';
import type { SettledPayments } from './rules.ts';
import { TILL_ID } from './till.ts';

// Practice mode: a trainee rings up pretend orders. They are priced and paid exactly like
// real ones, but kept whole in practice_sales: no receipt number, no journal entry, no hash,
// no cash session, so they can never reach takings, cash-up, numbering or reports. A
// supervisor reviews them (right, or needs more practice).

export interface PracticeSaleDraft {
  caller: Caller;
  authorisedBy: Caller | null;
  clientRef: string;
  at: string;
  orderType: OrderType;
  priced: PricedBasket;
  lines: LineDraftRow[];
  settled: SettledPayments;
}

export function writePracticeSale(ctx: WriteContext, draft: PracticeSaleDraft): Sale {
  const id = ctx.ids();
  const lines = draft.lines.map((l, i) => toSaleLine({ ...l, id: lineId(id, i + 1), entry_id: id, line_no: i + 1, at: draft.at }, 0));
  const sale: Sale = {
    id,
    kind: 'sale',
    receiptNumber: null,
    practice: true,
    tillId: TILL_ID,
    orderType: draft.orderType,
    at: draft.at,
    operator: { id: draft.caller.id, displayName: draft.caller.displayName },
    authorisedBy: draft.authorisedBy ? { id: draft.authorisedBy.id, displayName: draft.authorisedBy.displayName } : null,
    reason: null,
    shiftId: null,
    cashSessionId: null,
    originalId: null,
    originalReceiptNumber: null,
    lines,
    payments: draft.settled.payments,
    itemsPence: draft.priced.itemsPence,
    discountPence: draft.priced.discountPence,
    totalPence: draft.priced.totalPence,
    vatPence: draft.priced.vatPence,
    vatByRate: vatByRate(lines),
    tenderedPence: draft.settled.tenderedPence,
    changePence: draft.settled.changePence,
    reversals: [],
  };
  ctx.db
    .prepare('INSERT INTO practice_sales (id, till_id, at, operator_id, client_ref, total_pence, sale) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, TILL_ID, draft.at, draft.caller.id, draft.clientRef, sale.totalPence, JSON.stringify(sale));
  return sale;
}

export function findPracticeByClientRef(db: ReadDb, clientRef: string): Sale | null {
  const json = db.prepare<[string], string>('SELECT sale FROM practice_sales WHERE client_ref = ?').pluck().get(clientRef);
  return json === undefined ? null : (JSON.parse(json) as Sale);
}

export function readPracticeSale(db: ReadDb, id: string): Sale | undefined {
  const json = db.prepare<[string], string>('SELECT sale FROM practice_sales WHERE id = ?').pluck().get(id);
  return json === undefined ? undefined : (JSON.parse(json) as Sale);
}

const REVIEW_LIMIT = 200;

export function practiceReview(ctx: ReadContext, input: ParsedInputOf<'practice.review'>): PracticeReview {
  const filter = { till: TILL_ID, staffId: input.staffId ?? null, from: input.from ?? null };
  const where = 'p.till_id = @till AND (@staffId IS NULL OR p.operator_id = @staffId) AND (@from IS NULL OR p.at >= @from)';
  const people = ctx.db
    .prepare<[typeof filter], { staffId: string; displayName: string; sales: number; reviewed: number; right: number; lastAt: string | null }>(
      `SELECT p.operator_id AS staffId, s.display_name AS displayName, count(*) AS sales, count(p.review) AS reviewed,
              coalesce(sum(p.review = 'right'), 0) AS "right", max(p.at) AS lastAt
       FROM practice_sales p JOIN staff s ON s.id = p.operator_id WHERE ${where}
       GROUP BY p.operator_id ORDER BY s.display_name COLLATE NOCASE`,
    )
    .all(filter);
  const sales = ctx.db
    .prepare<[typeof filter & { limit: number }], { sale: string; review: 'right' | 'wrong' | null }>(`SELECT p.sale, p.review FROM practice_sales p WHERE ${where} ORDER BY p.at DESC, p.rowid DESC LIMIT @limit`)
    .all({ ...filter, limit: REVIEW_LIMIT })
    .map((row) => ({ ...(JSON.parse(row.sale) as Sale), review: row.review }));
  return { people, sales };
}

export function markPracticeSale(ctx: WriteContext, input: ParsedInputOf<'practice.mark'>): { saleId: string; review: 'right' | 'wrong' } {
  const sale = readPracticeSale(ctx.db, input.saleId) ?? fail('not_found', 'That practice sale is not on the list any more.', { field: 'saleId' });
  ctx.db.prepare('UPDATE practice_sales SET review = ?, reviewed_by_id = ?, reviewed_at = ? WHERE id = ?').run(input.review, ctx.caller?.id ?? null, ctx.now.toISOString(), sale.id);
  const verdict = input.review === 'right' ? 'right' : 'as needing more practice';
  ctx.note({ subjectType: 'practiceSale', subjectId: sale.id, summary: `Marked ${sale.operator.displayName}'s practice sale of ${formatPence(sale.totalPence)} ${verdict}` });
  return { saleId: sale.id, review: input.review };
}
