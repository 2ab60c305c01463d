import type { EventMessage, InputOf, Sale } from '../../../shared/contract/index.ts';
import type { BasketDraft, DiscountDraft, LineDraft } from '../../../shared/till/basket.ts';
import type { OrderType } from '../../../shared/till/vat.ts';
import { sampleCatalogue } from '../cafe/sample.ts';
import { insertCatalogue } from '../catalogue/seed.ts';
import type { WriteDb } from '../db/handles.ts';
import { createTestCafe, valueOf, type Screen, type TestCore } from './testCore.ts';
import type { SettableClock } from '../clock.ts';

// Test helpers for the till: a café with the sample menu, a cash session, baskets in a line
// each, and sales completed through the dispatcher.

/** Writes the sample café's menu straight into the test database (set-up, not under test). */
export function addSampleCatalogue(t: TestCore): void {
  const db: WriteDb = { writable: true, prepare: (sql: string) => t.db.prepare(sql) as never };
  t.db.transaction(() => insertCatalogue(db, sampleCatalogue, t.clock.now().toISOString()))();
}

/** A set-up café (manager, supervisor, trainee) with the sample menu; nobody signed in, till not open. */
export function createTillCafe(options: { clock?: SettableClock; manual?: boolean } = {}): TestCore {
  const t = createTestCafe(options);
  addSampleCatalogue(t);
  return t;
}

/** A float of £100: 2 × £20, 4 × £10, 3 × £5, 5 × £1. */
export const FLOAT_COUNTS = { '2000': 2, '1000': 4, '500': 3, '100': 5 } as const;

/** A supervisor counts the float and opens the till for the day. Returns the cash session id. */
export function openTill(t: TestCore, floatCounts: Record<string, number> = FLOAT_COUNTS): string {
  const supervisor = t.loginAs('supervisor');
  const opened = supervisor.call('cash.open', { floatCounts });
  valueOf(supervisor.call('auth.logout', {}));
  return valueOf(opened).id;
}

export function line(productId: string, options: { quantity?: number; optionIds?: string[]; openPricePence?: number; discount?: DiscountDraft } = {}): LineDraft {
  return { productId, quantity: options.quantity ?? 1, optionIds: options.optionIds ?? [], openPricePence: options.openPricePence ?? null, discount: options.discount ?? null };
}

export function basket(orderType: OrderType, lines: LineDraft[], orderDiscount: DiscountDraft | null = null): BasketDraft {
  return { orderType, lines, orderDiscount };
}

/** The worked example of uk-vat-cafe.md: a flat white, a cheese sandwich and a bag of crisps, £8.80. */
export function workedExample(orderType: OrderType): BasketDraft {
  return basket(orderType, [line('prod-flat-white', { optionIds: ['opt-milk-whole'] }), line('prod-cheese-sandwich'), line('prod-crisps-ready-salted')]);
}

let refs = 0;

/** A fresh client reference, as the till screen makes one per basket. */
export function clientRef(): string {
  refs += 1;
  return `test-sale-${String(refs).padStart(6, '0')}`;
}

export type CompleteInput = InputOf<'sales.complete'>;

/** The input for paying for `draft` with `payments`, expecting `expectedTotalPence`. */
export function saleInput(draft: BasketDraft, expectedTotalPence: number, payments: CompleteInput['payments'], extra: Partial<CompleteInput> = {}): CompleteInput {
  return { clientRef: clientRef(), basket: draft, payments, expectedTotalPence, ...extra };
}

/** Completes a sale that must succeed: cash for exactly the total unless payments are given. */
export function sell(screen: Screen, draft: BasketDraft, expectedTotalPence: number, payments?: CompleteInput['payments'], authorisation?: string): Sale {
  return valueOf(screen.call('sales.complete', saleInput(draft, expectedTotalPence, payments ?? (expectedTotalPence > 0 ? [{ tender: 'cash', amountPence: expectedTotalPence }] : [])), authorisation));
}

/** Every journal row, oldest receipt first. */
export function journalRows(t: TestCore): { id: string; kind: string; receipt_number: number; total_pence: number; client_ref: string | null }[] {
  return t.db.prepare('SELECT id, kind, receipt_number, total_pence, client_ref FROM journal ORDER BY receipt_number').all() as never;
}

export function tillRow(t: TestCore): { practice: number; last_receipt_number: number; last_hash: string } {
  return t.db.prepare("SELECT practice, last_receipt_number, last_hash FROM tills WHERE id = 'till-1'").get() as never;
}

const TILL_TABLES = ['journal', 'journal_lines', 'journal_payments', 'tills', 'practice_sales', 'held_orders', 'cash_sessions', 'cash_movements'] as const;

/** The till's own tables (not the audit log or staff rows, which a refusal or a wrong PIN may write). */
export function tillSnapshot(t: TestCore): Record<string, unknown[]> {
  const all = t.snapshot().tables;
  return Object.fromEntries(TILL_TABLES.map((name) => [name, all[name] ?? []]));
}

/** Every event the core publishes from now on. */
export function captureEvents(t: TestCore): EventMessage[] {
  const seen: EventMessage[] = [];
  t.core.events.subscribe((message) => seen.push(message));
  return seen;
}
