import type { RotaConflict } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { signedOffCompetencies, stationRequirements } from '../skills/stations.ts';
import type { PlannedShift } from './conflicts.ts';

/**
 * Skills-based conflicts: a trainee not yet signed off for every skill a station asks for,
 * working it with no supervisor on duty, is `station_not_signed_off` (a warning on the grid).
 * With a supervisor on the shift they are learning under supervision, which is the point.
 */
export function stationSignOffConflicts(db: ReadDb, shifts: readonly (PlannedShift & { stationId: string; supervisorId: string | null })[]): RotaConflict[] {
  const alone = shifts.filter((s) => s.traineeId !== null && s.supervisorId === null && s.stationId !== '');
  if (alone.length === 0) return [];
  const needs = stationRequirements(db, alone.map((s) => s.stationId));
  if (needs.size === 0) return [];
  const traineeIds = [...new Set(alone.map((s) => s.traineeId ?? ''))];
  const trainees = new Set(
    db
      .prepare<[string], { id: string }>("SELECT id FROM staff WHERE role = 'trainee' AND id IN (SELECT value FROM json_each(?))")
      .all(JSON.stringify(traineeIds))
      .map((r) => r.id),
  );
  const held = signedOffCompetencies(db, traineeIds);
  const conflicts: RotaConflict[] = [];
  for (const shift of alone) {
    const staffId = shift.traineeId ?? '';
    if (!trainees.has(staffId)) continue;
    const missing = (needs.get(shift.stationId) ?? []).filter((c) => !held.get(staffId)?.has(c.id));
    if (missing.length === 0) continue;
    conflicts.push({
      kind: 'station_not_signed_off',
      shiftId: shift.id,
      otherShiftId: null,
      staffId,
      message: `${shift.traineeName} is not signed off for ${shift.stationName} yet (${missing.map((c) => `${c.code} ${c.title}`).join(', ')}) and no supervisor is on duty.`,
    });
  }
  return conflicts;
}
