import type { DiscountLimits, Role, TillState } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';

// One install is one till. Apron runs on the café's one counter PC, so the till is the row
// the till migration made, 'till-1'; a second counter would be a second install with its own
// database. Receipt numbers, Z numbers and the journal's hash chain all live on this row.
export const TILL_ID = 'till-1';

export interface TillRow {
  id: string;
  name: string;
  practice: number;
  last_receipt_number: number;
  last_hash: string;
  discount_limit_trainee: number;
  discount_limit_supervisor: number;
  discount_limit_manager: number;
}

export function readTill(db: ReadDb): TillRow {
  const row = db
    .prepare<[string], TillRow>('SELECT id, name, practice, last_receipt_number, last_hash, discount_limit_trainee, discount_limit_supervisor, discount_limit_manager FROM tills WHERE id = ?')
    .get(TILL_ID);
  if (!row) throw new Error(`till ${TILL_ID} is missing: the till migration did not run`);
  return row;
}

export function discountLimits(row: TillRow): DiscountLimits {
  return { trainee: row.discount_limit_trainee, supervisor: row.discount_limit_supervisor, manager: row.discount_limit_manager };
}

export function limitFor(row: TillRow, role: Role): number {
  return discountLimits(row)[role];
}

export function toTillState(row: TillRow): TillState {
  return { tillId: row.id, tillName: row.name, practice: row.practice === 1, discountLimits: discountLimits(row) };
}

/** The cash session counted open on this till, if any: real sales, refunds and voids need one. */
export function openCashSessionId(db: ReadDb): string | null {
  return db.prepare<[string], string>('SELECT id FROM cash_sessions WHERE till_id = ? AND closed_at IS NULL').pluck().get(TILL_ID) ?? null;
}

export const TILL_NOT_OPEN = 'The till is not open yet: a supervisor counts the float first.';
