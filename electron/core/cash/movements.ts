import type { CashMovement } from '../../../shared/contract/index.ts';
import { formatPence } from '../../../shared/money.ts';
import type { WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { queueNoSaleDrawer } from '../printing/jobsFor.ts';
import { requireCaller, requireOpenSession } from './session.ts';

// Cash that moves without a sale: the drawer opened for change (no-sale), cash paid out for
// milk from the shop, cash lifted to the safe. Each needs the till open, is written to
// cash_movements and audited; paid-outs and lifts come off the cash the drawer should hold.

export interface CashMovementRow {
  id: string;
  cash_session_id: string;
  kind: CashMovement['kind'];
  amount_pence: number;
  reason: string;
  at: string;
  by_id: string;
  by_name: string;
  authorised_by_id: string | null;
}

export function toCashMovement(row: CashMovementRow): CashMovement {
  return { id: row.id, kind: row.kind, amountPence: row.amount_pence, reason: row.reason, at: row.at, by: row.by_name };
}

/** What the drawer should hold now: the float and cash taken, less cash given back, paid out or lifted. */
export function cashInDrawer(db: ReadDb, cashSessionId: string, floatPence: number): number {
  const cashIn =
    db
      .prepare<[string], number>("SELECT coalesce(sum(p.amount_pence), 0) FROM journal j JOIN journal_payments p ON p.entry_id = j.id WHERE j.cash_session_id = ? AND p.tender = 'cash'")
      .pluck()
      .get(cashSessionId) ?? 0;
  const out =
    db.prepare<[string], number>("SELECT coalesce(sum(amount_pence), 0) FROM cash_movements WHERE cash_session_id = ? AND kind IN ('paid_out', 'lift')").pluck().get(cashSessionId) ?? 0;
  return floatPence + cashIn - out;
}

function record(ctx: WriteContext, kind: CashMovement['kind'], amountPence: number, reason: string, authorisedById: string | null, summary: string): CashMovement {
  const caller = requireCaller(ctx);
  const session = requireOpenSession(ctx.db);
  if (amountPence > 0) {
    const inDrawer = cashInDrawer(ctx.db, session.id, session.float_pence);
    if (amountPence > inDrawer) fail('invalid_input', `There is only ${formatPence(Math.max(inDrawer, 0))} in the drawer.`, { field: 'amountPence' });
  }
  const row: CashMovementRow = {
    id: ctx.ids(),
    cash_session_id: session.id,
    kind,
    amount_pence: amountPence,
    reason,
    at: ctx.now.toISOString(),
    by_id: caller.id,
    by_name: caller.displayName,
    authorised_by_id: authorisedById,
  };
  ctx.db
    .prepare('INSERT INTO cash_movements (id, cash_session_id, kind, amount_pence, reason, at, by_id, by_name, authorised_by_id) VALUES (@id, @cash_session_id, @kind, @amount_pence, @reason, @at, @by_id, @by_name, @authorised_by_id)')
    .run(row);
  ctx.note({ subjectType: 'cash_session', subjectId: session.id, summary });
  ctx.emit({ event: 'cash.changed', payload: { open: true } });
  return toCashMovement(row);
}

/** cash.noSale: the drawer opened without a sale, with a reason and the supervisor answerable for it. */
export function recordNoSale(ctx: WriteContext, reason: string): CashMovement {
  const caller = requireCaller(ctx);
  // A trainee comes with a supervisor's authorisation (the dispatcher checked it); a supervisor answers for their own.
  const answerable = ctx.authorisedBy ?? caller;
  const by = ctx.authorisedBy ? `, authorised by ${ctx.authorisedBy.displayName}` : '';
  const movement = record(ctx, 'no_sale', 0, reason, answerable.id, `Opened the drawer without a sale${by}: ${reason}`);
  queueNoSaleDrawer(ctx, movement.id);
  return movement;
}

/** cash.payOut: cash out of the drawer to pay for something. */
export function recordPayOut(ctx: WriteContext, amountPence: number, reason: string): CashMovement {
  return record(ctx, 'paid_out', amountPence, reason, null, `Paid out ${formatPence(amountPence)} from the drawer: ${reason}`);
}

/** cash.lift: cash taken from the drawer to the safe, so less sits in the till. */
export function recordLift(ctx: WriteContext, amountPence: number, note: string | null | undefined): CashMovement {
  return record(ctx, 'lift', amountPence, note ?? '', null, `Lifted ${formatPence(amountPence)} from the drawer to the safe${note ? `: ${note}` : ''}`);
}
