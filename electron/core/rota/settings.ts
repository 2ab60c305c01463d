import type { RotaSettings, Station } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';

interface SettingsRow {
  max_shift_minutes: number;
  min_rest_minutes: number;
  approval_tolerance_minutes: number;
}

export function readRotaSettings(db: ReadDb): RotaSettings {
  const row = db.prepare<[], SettingsRow>('SELECT * FROM rota_settings WHERE id = 1').get();
  if (!row) throw new Error('rota_settings row missing: migration 0004 did not run');
  return { maxShiftMinutes: row.max_shift_minutes, minRestMinutes: row.min_rest_minutes, approvalToleranceMinutes: row.approval_tolerance_minutes };
}

interface StationRow {
  id: string;
  name: string;
  position: number;
  active: number;
}

export function toStation(row: StationRow): Station {
  return { id: row.id, name: row.name, position: row.position, active: row.active === 1 };
}

export function listStations(db: ReadDb, includeInactive: boolean): Station[] {
  return db
    .prepare<[number], StationRow>('SELECT id, name, position, active FROM stations WHERE active >= ? ORDER BY position, name COLLATE NOCASE')
    .all(includeInactive ? 0 : 1)
    .map(toStation);
}

export function findStation(db: ReadDb, id: string): Station | undefined {
  const row = db.prepare<[string], StationRow>('SELECT id, name, position, active FROM stations WHERE id = ?').get(id);
  return row ? toStation(row) : undefined;
}

/** A station a shift can be planned at: known and still in use. */
export function stationForShift(db: ReadDb, id: string, field = 'stationId'): Station {
  const station = findStation(db, id) ?? fail('not_found', 'That station is not on the list: choose another.', { field });
  if (!station.active) fail('conflict', `${station.name} is no longer in use: choose another station.`, { field });
  return station;
}
