import type { CashSession } from '../../../shared/contract/index.ts';
import { countValue, DENOMINATIONS, formatPence } from '../../../shared/money.ts';
import type { Caller, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { TILL_ID } from '../sales/till.ts';

// Cash sessions: a float counted in, a drawer counted out. One is open at a time on the
// till (a partial unique index in the till migration holds to that); a closed one stays
// closed, and the next day's float starts a new one.

export interface CashSessionRow {
  id: string;
  till_id: string;
  opened_at: string;
  opened_by_id: string;
  opened_by_name: string;
  float_pence: number;
  float_counts: string;
  closed_at: string | null;
  closed_by_id: string | null;
  counted_pence: number | null;
  counted_counts: string | null;
  z_number: number | null;
}

export const TILL_ALREADY_OPEN = 'The till is already open: close it with a Z report first.';
export const TILL_NOT_OPEN_FOR_CASH = 'The till is not open: a supervisor counts the float first.';

/** A count by denomination, only UK notes and coins, without the keys zod left undefined. */
export function tidyCounts(counts: Readonly<Record<string, number | undefined>>): Record<string, number> {
  const tidy: Record<string, number> = {};
  for (const d of DENOMINATIONS) {
    const n = counts[String(d)];
    if (n !== undefined) tidy[String(d)] = n;
  }
  return tidy;
}

export function openSessionRow(db: ReadDb): CashSessionRow | null {
  return db.prepare<[string], CashSessionRow>('SELECT * FROM cash_sessions WHERE till_id = ? AND closed_at IS NULL').get(TILL_ID) ?? null;
}

/** The open session, or a refusal saying the float has to be counted first. */
export function requireOpenSession(db: ReadDb): CashSessionRow {
  return openSessionRow(db) ?? fail('conflict', TILL_NOT_OPEN_FOR_CASH);
}

export function toCashSession(row: CashSessionRow): CashSession {
  return {
    id: row.id,
    tillId: row.till_id,
    openedAt: row.opened_at,
    openedBy: row.opened_by_name,
    floatPence: row.float_pence,
    floatCounts: JSON.parse(row.float_counts) as Record<string, number>,
    closedAt: row.closed_at,
    zNumber: row.z_number,
  };
}

export function requireCaller(ctx: { caller: Caller | null }): Caller {
  return ctx.caller ?? fail('forbidden', 'Please log in first.');
}

/** cash.open: a counted float starts the day's cash session. */
export function openCashSession(ctx: WriteContext, floatCounts: Record<string, number | undefined>): CashSession {
  const caller = requireCaller(ctx);
  if (openSessionRow(ctx.db)) fail('conflict', TILL_ALREADY_OPEN);
  const counts = tidyCounts(floatCounts);
  const floatPence = countValue(counts);
  const id = ctx.ids();
  ctx.db
    .prepare('INSERT INTO cash_sessions (id, till_id, opened_at, opened_by_id, opened_by_name, float_pence, float_counts) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, TILL_ID, ctx.now.toISOString(), caller.id, caller.displayName, floatPence, JSON.stringify(counts));
  ctx.note({ subjectType: 'cash_session', subjectId: id, summary: `Opened the till with a float of ${formatPence(floatPence)}` });
  ctx.emit({ event: 'cash.changed', payload: { open: true } });
  const row = ctx.db.prepare<[string], CashSessionRow>('SELECT * FROM cash_sessions WHERE id = ?').get(id);
  if (!row) throw new Error(`cash session ${id} vanished inside its own transaction`);
  return toCashSession(row);
}
