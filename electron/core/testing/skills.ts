import type { SkillLevel, SkillObservation } from '../../../shared/contract/index.ts';
import { createRotaCafe, plan, publish, type RotaCafe } from './rota.ts';
import { valueOf, type Person, type Screen } from './testCore.ts';

// Test helpers for skills: shifts already worked to observe on, and observations recorded
// through the dispatcher. The café's clock is Monday 4 March 2030, 09:00 (GMT); the week
// before (Monday 25 February to Sunday 3 March) is the one the trainees worked.

export const WORKED_DAYS = ['2030-02-25', '2030-02-26', '2030-02-27', '2030-02-28', '2030-03-01'] as const;

export interface SkillsCafe extends RotaCafe {
  /** Tom's shifts at the till, Monday to Friday of the week before, 09:00–13:00, no supervisor. */
  tomShifts: string[];
  /** Priya's in the kitchen, the same days, 10:00–14:00. */
  priyaShifts: string[];
}

/** A rota café whose trainees worked last week, published; Sam is signed in. */
export function createSkillsCafe(): SkillsCafe {
  const cafe = createRotaCafe();
  const tomShifts = WORKED_DAYS.map((date) => plan(cafe.sam, { date, start: '09:00', end: '13:00', traineeId: cafe.tom.id }).id);
  const priyaShifts = WORKED_DAYS.map((date) => plan(cafe.sam, { date, start: '10:00', end: '14:00', stationId: 'station-kitchen', traineeId: cafe.priya.id }).id);
  publish(cafe.sam, WORKED_DAYS[0]);
  return { ...cafe, tomShifts, priyaShifts };
}

/** Records an observation that must be accepted. */
export function observe(screen: Screen, shiftId: string, competencyId: string, level: SkillLevel = 'independent', extra: { note?: string; saleIds?: string[]; cashSessionIds?: string[] } = {}): SkillObservation {
  return valueOf(screen.call('skills.observe', { shiftId, competencyId, level, ...extra }));
}

/** Observes `competencyId` at the independent level on each of the shifts. */
export function observeOn(screen: Screen, shiftIds: readonly string[], competencyId: string): void {
  for (const shiftId of shiftIds) observe(screen, shiftId, competencyId);
}

/** Gives a trainee a start date on their record, as a manager would. */
export function startTrainee(manager: Screen, trainee: Person, startDate: string): void {
  valueOf(manager.call('trainees.save', { staffId: trainee.id, startDate }));
}

const SKILLS_TABLES = [
  'skill_areas', 'competencies', 'competency_stations', 'skill_observations', 'skill_observation_evidence', 'skill_signoffs', 'skill_signoff_observations', 'qualifications',
  'trainee_records', 'trainee_status_changes', 'outcomes', 'outcome_checks', 'readiness_items', 'readiness_ticks',
] as const;

/** The skills and trainee tables (not the audit log). */
export function skillsSnapshot(t: RotaCafe['t']): Record<string, unknown[]> {
  const all = t.snapshot().tables;
  return Object.fromEntries(SKILLS_TABLES.map((name) => [name, all[name] ?? []]));
}
