import type { HeldOrder, ParsedInputOf } from '../../../shared/contract/index.ts';
import { formatPence } from '../../../shared/money.ts';
import type { BasketDraft } from '../../../shared/till/basket.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { priceFromCatalogue } from './complete.ts';
import { TILL_ID } from './till.ts';

// Held orders: a basket parked with a label ("Table 4") and picked up later on this till.
// A basket is checked against the catalogue before it is held, so what is parked can be sold.

interface HeldRow {
  id: string;
  label: string;
  basket: string;
  held_by_name: string;
  at: string;
}

function toHeldOrder(row: HeldRow): HeldOrder {
  return { id: row.id, label: row.label, basket: JSON.parse(row.basket) as BasketDraft, heldBy: row.held_by_name, at: row.at };
}

function findHeld(db: ReadDb, id: string): HeldRow | undefined {
  return db.prepare<[string, string], HeldRow>('SELECT id, label, basket, held_by_name, at FROM held_orders WHERE id = ? AND till_id = ?').get(id, TILL_ID);
}

export function holdOrder(ctx: WriteContext, input: ParsedInputOf<'sales.hold'>): HeldOrder {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const { priced } = priceFromCatalogue(ctx.db, input.basket);
  const id = ctx.ids();
  ctx.db
    .prepare('INSERT INTO held_orders (id, till_id, label, basket, held_by_id, held_by_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, TILL_ID, input.label, JSON.stringify(input.basket), caller.id, caller.displayName, ctx.now.toISOString());
  const items = priced.lines.reduce((a, l) => a + l.quantity, 0);
  ctx.note({ subjectType: 'heldOrder', subjectId: id, summary: `Held ${input.label}: ${items} ${items === 1 ? 'item' : 'items'}, ${formatPence(priced.totalPence)}` });
  return toHeldOrder(findHeld(ctx.db, id) ?? fail('internal', 'The held order vanished while saving.'));
}

export function listHeld(ctx: ReadContext): HeldOrder[] {
  return ctx.db.prepare<[string], HeldRow>('SELECT id, label, basket, held_by_name, at FROM held_orders WHERE till_id = ? ORDER BY at, rowid').all(TILL_ID).map(toHeldOrder);
}

/** Takes the order off the list and gives its basket back; the till prices it again as usual. */
export function resumeHeld(ctx: WriteContext, input: ParsedInputOf<'sales.resumeHeld'>): HeldOrder {
  const row = findHeld(ctx.db, input.heldOrderId) ?? fail('not_found', 'That order has already been picked up.', { field: 'heldOrderId' });
  ctx.db.prepare('DELETE FROM held_orders WHERE id = ?').run(row.id);
  ctx.note({ subjectType: 'heldOrder', subjectId: row.id, summary: `Picked up the held order ${row.label}` });
  return toHeldOrder(row);
}
