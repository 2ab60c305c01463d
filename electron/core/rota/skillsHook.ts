import type { RotaConflict } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import type { PlannedShift } from './conflicts.ts';

/**
 * Skills-based conflicts, the hook issue 6 fills in: a trainee not yet signed off for a
 * station, working it with no supervisor on duty, is `station_not_signed_off`. Until the
 * skills framework exists nobody is signed off for anything, so there is nothing to flag.
 */
export function stationSignOffConflicts(_db: ReadDb, _shifts: readonly (PlannedShift & { stationId: string; supervisorId: string | null })[]): RotaConflict[] {
  return [];
}
