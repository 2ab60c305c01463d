import type { CompetencyRef, ParsedInputOf, SkillLevel, SkillProgress, SkillsMatrix, TraineeSkill, TraineeSkills } from '../../../shared/contract/index.ts';
import type { ReadContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import type { StaffRow } from '../people/staffRows.ts';
import { addDays, cafeDayOf } from '../rota/wallClock.ts';
import { subjectOf } from '../trainees/subject.ts';
import { competencyRef, competencyRows, toCompetencies, type CompetencyRow } from './framework.ts';
import { observationRows, shiftRowsWhere, toObservations, toShiftRef } from './observations.ts';
import { nextSteps, skillProgress, type ObservationFact, type SignOffFact } from './progress.ts';
import { signOffFact, signOffRows, toSignOffs } from './signOffs.ts';

// Reading skills: the matrix of trainees × competencies, and one person's skills page with
// what is next.

interface Facts {
  observations: Map<string, ObservationFact[]>;
  signOffs: Map<string, SignOffFact[]>;
}

function key(traineeId: string, competencyId: string): string {
  return `${traineeId} ${competencyId}`;
}

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** Every observation and sign-off of these people, by person and competency: what progress is worked out from. */
export function skillFacts(db: ReadDb, staffIds: readonly string[]): Facts {
  const ids = JSON.stringify(staffIds);
  const observations = new Map<string, ObservationFact[]>();
  const signOffs = new Map<string, SignOffFact[]>();
  const obs = db
    .prepare<[string], { trainee_id: string; competency_id: string; shift_id: string; level: SkillLevel; observed_at: string }>(
      'SELECT trainee_id, competency_id, shift_id, level, observed_at FROM skill_observations WHERE trainee_id IN (SELECT value FROM json_each(?))',
    )
    .all(ids);
  for (const o of obs) push(observations, key(o.trainee_id, o.competency_id), { competencyId: o.competency_id, shiftId: o.shift_id, level: o.level, observedAt: o.observed_at });
  for (const s of signOffRows(db, 'so.trainee_id IN (SELECT value FROM json_each(?))', [ids])) push(signOffs, key(s.trainee_id, s.competency_id), signOffFact(s));
  return { observations, signOffs };
}

export function progressOf(facts: Facts, traineeId: string, competency: CompetencyRow): SkillProgress {
  const k = key(traineeId, competency.id);
  return skillProgress({ id: competency.id, observationsNeeded: competency.observations_needed }, facts.observations.get(k) ?? [], facts.signOffs.get(k) ?? []);
}

export function skillsMatrix(ctx: ReadContext, input: ParsedInputOf<'skills.matrix'>): SkillsMatrix {
  const areas = ctx.db.prepare<[], { id: string; name: string }>('SELECT id, name FROM skill_areas WHERE active = 1 ORDER BY position, name').all();
  const areaId = input.areaId ?? null;
  if (areaId !== null && !areas.some((a) => a.id === areaId)) fail('not_found', 'That skill area is not in use: choose another.', { field: 'areaId' });
  const competencies = competencyRows(ctx.db, true).filter((c) => areaId === null || c.area_id === areaId);
  const trainees = ctx.db
    .prepare<[], { id: string; display_name: string }>("SELECT id, display_name FROM staff WHERE role = 'trainee' AND active = 1 ORDER BY display_name COLLATE NOCASE")
    .all();
  const facts = skillFacts(ctx.db, trainees.map((t) => t.id));
  return {
    areas,
    areaId,
    competencies: competencies.map((c) => ({ ...competencyRef(c), observationsNeeded: c.observations_needed, secondSignerNeeded: c.second_signer === 1 })),
    rows: trainees.map((t) => {
      const cells = competencies.map((c) => progressOf(facts, t.id, c));
      return { trainee: { id: t.id, displayName: t.display_name }, cells, signedOff: cells.filter((c) => c.state === 'signed_off').length };
    }),
  };
}

/** One person's skills in framework order, each with its progress, observations and sign-offs. */
export function skillsOf(db: ReadDb, person: Pick<StaffRow, 'id' | 'display_name'>): { areas: TraineeSkills['areas']; refs: { competency: CompetencyRef; progress: SkillProgress; signOff: SignOffFact | null }[] } {
  const rows = competencyRows(db, true);
  const competencies = toCompetencies(db, rows);
  const facts = skillFacts(db, [person.id]);
  const observations = toObservations(db, observationRows(db, 'o.trainee_id = ?', [person.id]));
  const signOffRowsOf = signOffRows(db, 'so.trainee_id = ?', [person.id]);
  const signOffs = toSignOffs(db, signOffRowsOf);
  const areas: TraineeSkills['areas'] = [];
  const refs: { competency: CompetencyRef; progress: SkillProgress; signOff: SignOffFact | null }[] = [];
  rows.forEach((row, i) => {
    const progress = progressOf(facts, person.id, row);
    const mine = signOffs.filter((s) => s.competencyId === row.id);
    const standing = mine.find((s) => s.state !== 'withdrawn') ?? null;
    const skill: TraineeSkill = {
      competency: competencies[i] ?? fail('internal', 'A skill went missing while reading the framework.'),
      progress,
      observations: observations.filter((o) => o.competency.id === row.id),
      signOff: standing,
      withdrawn: mine.filter((s) => s.state === 'withdrawn'),
    };
    let area = areas.find((a) => a.id === row.area_id);
    if (!area) {
      area = { id: row.area_id, name: row.area_name, skills: [] };
      areas.push(area);
    }
    area.skills.push(skill);
    const fact = standing ? (signOffRowsOf.find((r) => r.id === standing.id) ?? null) : null;
    refs.push({ competency: competencyRef(row), progress, signOff: fact ? signOffFact(fact) : null });
  });
  return { areas, refs };
}

export function traineeSkills(ctx: ReadContext, input: ParsedInputOf<'skills.trainee'>): TraineeSkills {
  const person = subjectOf(ctx, input.staffId, 'skills', ['supervisor', 'manager']);
  const { areas, refs } = skillsOf(ctx.db, person);
  const today = cafeDayOf(ctx.now);
  const now = ctx.now.toISOString();
  const recent = shiftRowsWhere(
    ctx.db,
    `s.trainee_id = ? AND s.day >= ? AND (s.state = 'published' OR s.unplanned = 1) AND coalesce(s.attendance, '') NOT IN ('absent', 'cancelled')
     AND coalesce(s.clock_in_at, s.start_at) <= ?`,
    [person.id, addDays(today, -28), now],
  );
  return {
    trainee: { id: person.id, displayName: person.display_name },
    signedOff: refs.filter((r) => r.progress.state === 'signed_off').length,
    inProgress: refs.filter((r) => r.progress.state !== 'signed_off' && r.progress.state !== 'not_started').length,
    total: refs.length,
    areas,
    next: nextSteps(refs),
    recentShifts: recent.map(toShiftRef),
  };
}
