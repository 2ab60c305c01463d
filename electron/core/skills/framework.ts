import type { Competency, CompetencyRef, ParsedInputOf, SkillArea, SkillsFramework, StationRef } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';

// The skills framework: areas and their competencies, and the stations each competency
// qualifies a trainee for. A manager edits it; a competency is retired, never deleted, and a
// change never touches a sign-off (each keeps the code, title and criterion it signed).

/** The seeded food-safety area: every item in it needs a second signer (DESIGN, Skills). */
export const FOOD_SAFETY_AREA = 'area-food-safety';

export interface AreaRow {
  id: string;
  name: string;
  position: number;
  active: number;
}

export interface CompetencyRow {
  id: string;
  area_id: string;
  area_name: string;
  area_active: number;
  code: string;
  title: string;
  criterion: string;
  observations_needed: number;
  second_signer: number;
  position: number;
  active: number;
}

const SELECT_COMPETENCIES = `
  SELECT c.id, c.area_id, a.name AS area_name, a.active AS area_active, c.code, c.title, c.criterion,
         c.observations_needed, c.second_signer, c.position, c.active
  FROM competencies c JOIN skill_areas a ON a.id = c.area_id`;

/** Competencies in framework order (area, then position); `inUse`: only active ones in active areas. */
export function competencyRows(db: ReadDb, inUse: boolean): CompetencyRow[] {
  return db
    .prepare<[number], CompetencyRow>(`${SELECT_COMPETENCIES} WHERE ? = 0 OR (c.active = 1 AND a.active = 1) ORDER BY a.position, a.name, c.position, c.code`)
    .all(inUse ? 1 : 0);
}

export function findCompetency(db: ReadDb, id: string): CompetencyRow | undefined {
  return db.prepare<[string], CompetencyRow>(`${SELECT_COMPETENCIES} WHERE c.id = ?`).get(id);
}

/** A competency that can be observed or signed off now: known, and neither it nor its area retired. */
export function competencyInUse(db: ReadDb, id: string, field = 'competencyId'): CompetencyRow {
  const row = findCompetency(db, id) ?? fail('not_found', 'That skill is not in the framework: look at the list again.', { field });
  if (row.active !== 1 || row.area_active !== 1) fail('conflict', `${row.code} ${row.title} is no longer in use: a manager can bring it back in the framework.`, { field });
  return row;
}

export function competencyRef(row: Pick<CompetencyRow, 'id' | 'code' | 'title' | 'area_id' | 'area_name'>): CompetencyRef {
  return { id: row.id, code: row.code, title: row.title, areaId: row.area_id, areaName: row.area_name };
}

/** The stations each competency qualifies for, by competency id. */
function stationsByCompetency(db: ReadDb): Map<string, StationRef[]> {
  const rows = db
    .prepare<[], { competency_id: string; id: string; name: string }>(
      'SELECT cs.competency_id, s.id, s.name FROM competency_stations cs JOIN stations s ON s.id = cs.station_id ORDER BY s.position, s.name',
    )
    .all();
  const map = new Map<string, StationRef[]>();
  for (const r of rows) {
    const list = map.get(r.competency_id) ?? [];
    list.push({ id: r.id, name: r.name });
    map.set(r.competency_id, list);
  }
  return map;
}

export function toCompetency(row: CompetencyRow, stations: StationRef[]): Competency {
  return {
    id: row.id,
    areaId: row.area_id,
    code: row.code,
    title: row.title,
    criterion: row.criterion,
    observationsNeeded: row.observations_needed,
    secondSignerNeeded: row.second_signer === 1,
    position: row.position,
    active: row.active === 1,
    stations,
  };
}

/** Competencies as the contract shows them, with their stations. */
export function toCompetencies(db: ReadDb, rows: readonly CompetencyRow[]): Competency[] {
  const stations = stationsByCompetency(db);
  return rows.map((r) => toCompetency(r, stations.get(r.id) ?? []));
}

export function readFramework(db: ReadDb, includeRetired: boolean): SkillsFramework {
  const areas = db
    .prepare<[number], AreaRow>('SELECT id, name, position, active FROM skill_areas WHERE active >= ? ORDER BY position, name')
    .all(includeRetired ? 0 : 1);
  const competencies = toCompetencies(db, competencyRows(db, false).filter((c) => includeRetired || c.active === 1));
  return {
    areas: areas.map((a): SkillArea => ({
      id: a.id,
      name: a.name,
      position: a.position,
      active: a.active === 1,
      foodSafety: a.id === FOOD_SAFETY_AREA,
      competencies: competencies.filter((c) => c.areaId === a.id),
    })),
  };
}

export function listFramework(ctx: ReadContext, input: ParsedInputOf<'skills.framework'>): SkillsFramework {
  return readFramework(ctx.db, input.includeRetired);
}

function areaOf(db: ReadDb, id: string): SkillArea {
  return readFramework(db, true).areas.find((a) => a.id === id) ?? fail('internal', 'The skill area vanished while saving.');
}

export function saveArea(ctx: WriteContext, input: ParsedInputOf<'skills.saveArea'>): SkillArea {
  const at = ctx.now.toISOString();
  const clash = ctx.db.prepare<[string, string], { id: string }>('SELECT id FROM skill_areas WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(input.name, input.id ?? '');
  if (clash) fail('conflict', `There is already a skill area called ${input.name}.`, { field: 'name' });
  let id = input.id;
  if (id === undefined) {
    id = ctx.ids();
    ctx.db.prepare('INSERT INTO skill_areas (id, name, position, active, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, input.name, input.position, input.active ? 1 : 0, at);
    ctx.note({ subjectType: 'skill_area', subjectId: id, summary: `Added the skill area ${input.name}` });
  } else {
    const before = ctx.db.prepare<[string], AreaRow>('SELECT * FROM skill_areas WHERE id = ?').get(id) ?? fail('not_found', 'That skill area is not in the framework any more.', { field: 'id' });
    ctx.db.prepare('UPDATE skill_areas SET name = ?, position = ?, active = ?, updated_at = ? WHERE id = ?').run(input.name, input.position, input.active ? 1 : 0, at, id);
    const words = [before.name !== input.name ? `renamed ${before.name} to ${input.name}` : null, (before.active === 1) !== input.active ? (input.active ? 'back in use' : 'retired') : null].filter(Boolean);
    ctx.note({ subjectType: 'skill_area', subjectId: id, summary: `Changed the skill area ${input.name}${words.length > 0 ? `: ${words.join(', ')}` : ''}` });
  }
  ctx.emit({ event: 'skills.changed', payload: { staffId: null } });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
  return areaOf(ctx.db, id);
}

export function saveCompetency(ctx: WriteContext, input: ParsedInputOf<'skills.saveCompetency'>): Competency {
  const at = ctx.now.toISOString();
  const area = ctx.db.prepare<[string], AreaRow>('SELECT * FROM skill_areas WHERE id = ?').get(input.areaId) ?? fail('not_found', 'That skill area is not in the framework.', { field: 'areaId' });
  if (area.id === FOOD_SAFETY_AREA && !input.secondSignerNeeded) {
    fail('invalid_input', 'Every food-safety skill needs a second signer.', { field: 'secondSignerNeeded' });
  }
  const clash = ctx.db
    .prepare<[string, string], { code: string; title: string }>('SELECT code, title FROM competencies WHERE code = ? COLLATE NOCASE AND id IS NOT ?')
    .get(input.code, input.id ?? '');
  if (clash) fail('conflict', `The code ${clash.code} is already used by ${clash.title}: choose another.`, { field: 'code' });
  const stationIds = [...new Set(input.stationIds)];
  stationIds.forEach((stationId, i) => {
    const known = ctx.db.prepare<[string], { id: string }>('SELECT id FROM stations WHERE id = ?').get(stationId);
    if (!known) fail('not_found', 'That station is not on the list: choose another.', { field: `stationIds.${i}` });
  });

  let id = input.id;
  let summary: string;
  if (id === undefined) {
    id = ctx.ids();
    ctx.db
      .prepare('INSERT INTO competencies (id, area_id, code, title, criterion, observations_needed, second_signer, position, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, area.id, input.code, input.title, input.criterion, input.observationsNeeded, input.secondSignerNeeded ? 1 : 0, input.position, input.active ? 1 : 0, at);
    summary = `Added the skill ${input.code} ${input.title} to ${area.name}`;
  } else {
    const before = findCompetency(ctx.db, id) ?? fail('not_found', 'That skill is not in the framework any more.', { field: 'id' });
    ctx.db
      .prepare('UPDATE competencies SET area_id = ?, code = ?, title = ?, criterion = ?, observations_needed = ?, second_signer = ?, position = ?, active = ?, updated_at = ? WHERE id = ?')
      .run(area.id, input.code, input.title, input.criterion, input.observationsNeeded, input.secondSignerNeeded ? 1 : 0, input.position, input.active ? 1 : 0, at, id);
    const changed = [
      before.area_id !== area.id ? `moved to ${area.name}` : null,
      before.code !== input.code ? `code from ${before.code}` : null,
      before.title !== input.title ? 'title' : null,
      before.criterion !== input.criterion ? 'criterion' : null,
      before.observations_needed !== input.observationsNeeded ? `observations needed from ${before.observations_needed} to ${input.observationsNeeded}` : null,
      (before.second_signer === 1) !== input.secondSignerNeeded ? (input.secondSignerNeeded ? 'now needs a second signer' : 'no longer needs a second signer') : null,
      (before.active === 1) !== input.active ? (input.active ? 'back in use' : 'retired') : null,
    ].filter(Boolean);
    summary = `Changed the skill ${input.code} ${input.title}${changed.length > 0 ? `: ${changed.join(', ')}` : ''}`;
  }
  ctx.db.prepare('DELETE FROM competency_stations WHERE competency_id = ?').run(id);
  const link = ctx.db.prepare('INSERT INTO competency_stations (competency_id, station_id) VALUES (?, ?)');
  for (const stationId of stationIds) link.run(id, stationId);
  ctx.note({ subjectType: 'competency', subjectId: id, summary });
  ctx.emit({ event: 'skills.changed', payload: { staffId: null } });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
  const row = findCompetency(ctx.db, id) ?? fail('internal', 'The skill vanished while saving.');
  return toCompetencies(ctx.db, [row])[0] as Competency;
}
