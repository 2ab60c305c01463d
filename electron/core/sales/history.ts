import type { ChainCheck, JournalKind, ParsedInputOf, SaleSummary, Tender } from '../../../shared/contract/index.ts';
import type { ReadContext } from '../context.ts';
import { fail } from '../errors.ts';
import { entriesAfter, entryHash, linesOf, paymentsOf } from './journal.ts';
import { readTill, TILL_ID } from './till.ts';

// Finding sales for the history screen, and checking the journal's hash chain.

interface SummaryRow {
  id: string;
  kind: JournalKind;
  receipt_number: number;
  at: string;
  operator_name: string;
  total_pence: number;
  item_count: number;
  sold: number;
  given_back: number;
  tenders: string | null;
}

const TENDER_ORDER: readonly Tender[] = ['cash', 'card'];

function toSummary(row: SummaryRow): SaleSummary {
  const tenders = new Set((row.tenders ?? '').split(',').filter(Boolean));
  let reversed: SaleSummary['reversed'] = 'no';
  if (row.kind === 'sale' && row.given_back > 0) reversed = row.given_back >= row.sold ? 'all' : 'part';
  return {
    id: row.id,
    kind: row.kind,
    receiptNumber: row.receipt_number,
    at: row.at,
    operatorName: row.operator_name,
    totalPence: row.total_pence,
    itemCount: row.item_count,
    tenders: TENDER_ORDER.filter((t) => tenders.has(t)),
    reversed,
  };
}

/** Newest first; `before` (an entry id) pages back from that entry. An amount matches a sale or the refund of one. */
export function findSales(ctx: ReadContext, input: ParsedInputOf<'sales.find'>): { sales: SaleSummary[]; nextBefore: string | null } {
  let beforeNumber: number | null = null;
  if (input.before !== undefined) {
    beforeNumber =
      ctx.db.prepare<[string, string], number>('SELECT receipt_number FROM journal WHERE id = ? AND till_id = ?').pluck().get(input.before, TILL_ID) ??
      fail('not_found', 'That page of sales is no longer there: search again.', { field: 'before' });
  }
  const params = {
    till: TILL_ID,
    receipt: input.receiptNumber ?? null,
    from: input.from ?? null,
    to: input.to ?? null,
    total: input.totalPence ?? null,
    before: beforeNumber,
    limit: input.limit + 1,
  };
  const rows = ctx.db
    .prepare<[typeof params], SummaryRow>(
      `SELECT j.id, j.kind, j.receipt_number, j.at, j.operator_name, j.total_pence,
              (SELECT coalesce(sum(abs(l.quantity)), 0) FROM journal_lines l WHERE l.entry_id = j.id) AS item_count,
              (SELECT coalesce(sum(l.quantity), 0) FROM journal_lines l WHERE l.entry_id = j.id) AS sold,
              (SELECT coalesce(-sum(l.quantity), 0) FROM journal r JOIN journal_lines l ON l.entry_id = r.id WHERE r.original_id = j.id) AS given_back,
              (SELECT group_concat(DISTINCT p.tender) FROM journal_payments p WHERE p.entry_id = j.id) AS tenders
       FROM journal j
       WHERE j.till_id = @till
         AND (@receipt IS NULL OR j.receipt_number = @receipt)
         AND (@from IS NULL OR j.at >= @from)
         AND (@to IS NULL OR j.at <= @to)
         AND (@total IS NULL OR j.total_pence = @total OR j.total_pence = -@total)
         AND (@before IS NULL OR j.receipt_number < @before)
       ORDER BY j.receipt_number DESC
       LIMIT @limit`,
    )
    .all(params);
  const page = rows.slice(0, input.limit).map(toSummary);
  return { sales: page, nextBefore: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

const CHAIN_PAGE = 500;

/**
 * Recomputes every entry's hash in receipt order and checks that each carries the one
 * before, that no receipt number is missing, and that the till's own record of the last
 * hash matches: any edit, insert or delete behind Apron's back breaks one of these.
 */
export function verifyChain(ctx: ReadContext): ChainCheck {
  const till = readTill(ctx.db);
  let entries = 0;
  let prevHash = '';
  let prevNumber = 0;
  let last: { id: string; receiptNumber: number } | null = null;
  for (;;) {
    const page = entriesAfter(ctx.db, prevNumber, CHAIN_PAGE);
    for (const entry of page) {
      entries += 1;
      const { hash, ...rest } = entry;
      const intact = entry.receipt_number === prevNumber + 1 && entry.prev_hash === prevHash && entryHash(rest, linesOf(ctx.db, entry.id), paymentsOf(ctx.db, entry.id)) === hash;
      if (!intact) return { ok: false, entries, brokenAt: { id: entry.id, receiptNumber: entry.receipt_number } };
      prevHash = hash;
      prevNumber = entry.receipt_number;
      last = { id: entry.id, receiptNumber: entry.receipt_number };
    }
    if (page.length < CHAIN_PAGE) break;
  }
  // The newest entries removed: what is left is intact, but the till remembers more.
  if (till.last_hash !== prevHash || till.last_receipt_number !== prevNumber) return { ok: false, entries, brokenAt: last };
  return { ok: true, entries, brokenAt: null };
}
