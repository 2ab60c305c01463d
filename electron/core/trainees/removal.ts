import type { Removal } from '../../../shared/contract/index.ts';

// Records removed with a reason stay on file (an outcome, a qualification recorded by mistake):
// the columns their tables share, and the removal as the screens see it.

export interface RemovableRow {
  recorded_by_id: string;
  recorded_by_name: string;
  recorded_at: string;
  removed_by_id: string | null;
  /** From a join on staff. */
  removed_by_name: string | null;
  removed_at: string | null;
  removed_reason: string | null;
}

export function removalOf(row: RemovableRow): Removal | null {
  return row.removed_at && row.removed_by_id ? { by: { id: row.removed_by_id, displayName: row.removed_by_name ?? '' }, at: row.removed_at, reason: row.removed_reason ?? '' } : null;
}
