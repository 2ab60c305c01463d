import type { ReadDb } from '../db/handles.ts';

// Which stations a person may work alone: a station asks for the active competencies linked to
// it (in active areas), and a person is signed off for it once every one of them is signed off
// and countersigned where needed. A station with no competencies linked asks for nothing.

export interface MissingSkill {
  code: string;
  title: string;
}

/** The competencies each station asks for, by station id, in framework order. */
export function stationRequirements(db: ReadDb, stationIds: readonly string[]): Map<string, (MissingSkill & { id: string })[]> {
  const rows = db
    .prepare<[string], { station_id: string; id: string; code: string; title: string }>(
      `SELECT cs.station_id, c.id, c.code, c.title
       FROM competency_stations cs JOIN competencies c ON c.id = cs.competency_id JOIN skill_areas a ON a.id = c.area_id
       WHERE cs.station_id IN (SELECT value FROM json_each(?)) AND c.active = 1 AND a.active = 1
       ORDER BY a.position, c.position, c.code`,
    )
    .all(JSON.stringify([...new Set(stationIds)]));
  const map = new Map<string, (MissingSkill & { id: string })[]>();
  for (const r of rows) {
    const list = map.get(r.station_id) ?? [];
    list.push({ id: r.id, code: r.code, title: r.title });
    map.set(r.station_id, list);
  }
  return map;
}

/** Complete, standing sign-offs of these people: the competency ids each holds. */
export function signedOffCompetencies(db: ReadDb, staffIds: readonly string[]): Map<string, Set<string>> {
  const rows = db
    .prepare<[string], { trainee_id: string; competency_id: string }>(
      'SELECT trainee_id, competency_id FROM skill_signoffs WHERE trainee_id IN (SELECT value FROM json_each(?)) AND withdrawn_at IS NULL AND signed_off_at IS NOT NULL',
    )
    .all(JSON.stringify([...new Set(staffIds)]));
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = map.get(r.trainee_id) ?? new Set<string>();
    set.add(r.competency_id);
    map.set(r.trainee_id, set);
  }
  return map;
}
