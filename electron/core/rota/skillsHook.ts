import type { RotaConflict } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { signedOffCompetencies, stationRequirements } from '../skills/stations.ts';
import type { PlannedShift } from './conflicts.ts';

/**
 * Skills-based warnings: a trainee given a station without every skill it asks for signed off
 * (and countersigned where needed) is `station_not_signed_off`, whoever else is on the shift.
 * With a supervisor on the shift the words say so: it is supervised learning, which is the
 * point of the café, but the supervisor should know they are there to support. A station with
 * no skills linked to it asks for nothing.
 */
export function stationSignOffConflicts(db: ReadDb, shifts: readonly (PlannedShift & { stationId: string; supervisorId: string | null })[]): RotaConflict[] {
  const given = shifts.filter((s) => s.traineeId !== null && s.stationId !== '');
  if (given.length === 0) return [];
  const needs = stationRequirements(db, given.map((s) => s.stationId));
  if (needs.size === 0) return [];
  const people = new Map(
    db
      .prepare<[string], { id: string; role: string; display_name: string }>('SELECT id, role, display_name FROM staff WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...new Set(given.flatMap((s) => [s.traineeId ?? '', s.supervisorId ?? '']))]))
      .map((r) => [r.id, r]),
  );
  const traineeIds = [...new Set(given.map((s) => s.traineeId ?? ''))];
  const held = signedOffCompetencies(db, traineeIds);
  const conflicts: RotaConflict[] = [];
  for (const shift of given) {
    const staffId = shift.traineeId ?? '';
    if (people.get(staffId)?.role !== 'trainee') continue;
    const missing = (needs.get(shift.stationId) ?? []).filter((c) => !held.get(staffId)?.has(c.id));
    if (missing.length === 0) continue;
    const supervisor = shift.supervisorId ? people.get(shift.supervisorId) : undefined;
    const support = supervisor ? `; ${supervisor.display_name} is on the shift to support them` : ' and no supervisor is on duty';
    conflicts.push({
      kind: 'station_not_signed_off',
      shiftId: shift.id,
      otherShiftId: null,
      staffId,
      message: `${shift.traineeName} is not signed off for ${shift.stationName} yet (${missing.map((c) => `${c.code} ${c.title}`).join(', ')})${support}.`,
    });
  }
  return conflicts;
}
