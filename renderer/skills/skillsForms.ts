import type { Competency, InputOf, Qualification, SkillArea, SkillLevel, SkillsMatrix } from '../../shared/contract/index.ts';
import { dayFromParts, emptyDate, type DateParts } from '../availability/availabilityForm.ts';

// The skills forms as typed, turned into the core's inputs. Only what a form can know is
// checked here (nothing chosen yet, a number that is not a number, a date that does not
// exist); every rule about skills is the core's to say, beside the box it is about.

export type Check<T, F extends string> = { ok: true; input: T } | { ok: false; problem: string; field: F };

// ——— Observing ———

export interface ObservationDraft {
  shiftId: string;
  competencyId: string;
  level: SkillLevel | '';
  note: string;
  saleIds: string[];
  cashSessionIds: string[];
}

export type ObservationField = 'shiftId' | 'competencyId' | 'level' | 'note' | 'saleIds' | 'cashSessionIds';

export function emptyObservation(competencyId = ''): ObservationDraft {
  return { shiftId: '', competencyId, level: '', note: '', saleIds: [], cashSessionIds: [] };
}

export function observationInput(d: ObservationDraft): Check<InputOf<'skills.observe'>, ObservationField> {
  if (d.shiftId === '') return { ok: false, problem: 'Choose the shift you saw them on.', field: 'shiftId' };
  if (d.competencyId === '') return { ok: false, problem: 'Choose the skill you saw.', field: 'competencyId' };
  if (d.level === '') return { ok: false, problem: 'Choose how they did: shadowing, with support or independent.', field: 'level' };
  const note = d.note.trim();
  return {
    ok: true,
    input: { shiftId: d.shiftId, competencyId: d.competencyId, level: d.level, ...(note ? { note } : {}), saleIds: d.saleIds, cashSessionIds: d.cashSessionIds },
  };
}

/** Choosing another shift drops the till evidence ticked on the last one: it belongs to that shift. */
export function withShift(d: ObservationDraft, shiftId: string): ObservationDraft {
  return shiftId === d.shiftId ? d : { ...d, shiftId, saleIds: [], cashSessionIds: [] };
}

/** Ticks or unticks one id. */
export function toggle(ids: readonly string[], id: string, on: boolean): string[] {
  const rest = ids.filter((i) => i !== id);
  return on ? [...rest, id] : rest;
}

// ——— Qualifications ———

export interface QualificationDraft {
  title: string;
  awardingBody: string;
  awardedOn: DateParts;
  certificateNumber: string;
  expiresOn: DateParts;
}

export type QualificationField = 'title' | 'awardingBody' | 'awardedOn' | 'certificateNumber' | 'expiresOn';

export const emptyQualification: QualificationDraft = { title: '', awardingBody: '', awardedOn: emptyDate, certificateNumber: '', expiresOn: emptyDate };

function blank(parts: DateParts): boolean {
  return parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '';
}

export function qualificationInput(staffId: string, d: QualificationDraft): Check<InputOf<'qualifications.add'>, QualificationField> {
  const awarded = dayFromParts(d.awardedOn, 'date awarded');
  if (!awarded.ok) return { ok: false, problem: awarded.message, field: 'awardedOn' };
  let expiresOn: string | null = null;
  if (!blank(d.expiresOn)) {
    const expiry = dayFromParts(d.expiresOn, 'expiry date');
    if (!expiry.ok) return { ok: false, problem: expiry.message, field: 'expiresOn' };
    expiresOn = expiry.day;
  }
  const awardingBody = d.awardingBody.trim();
  const certificateNumber = d.certificateNumber.trim();
  return {
    ok: true,
    input: { staffId, title: d.title, awardedOn: awarded.day, expiresOn, ...(awardingBody ? { awardingBody } : {}), ...(certificateNumber ? { certificateNumber } : {}) },
  };
}

/** Those on record first (newest first), then those removed. */
export function sortQualifications(list: readonly Qualification[]): Qualification[] {
  return [...list].sort((a, b) => Number(a.removed !== null) - Number(b.removed !== null) || b.awardedOn.localeCompare(a.awardedOn));
}

// ——— The framework ———

export interface CompetencyDraft {
  id: string | null;
  areaId: string;
  code: string;
  title: string;
  criterion: string;
  observationsNeeded: string;
  secondSignerNeeded: boolean;
  stationIds: string[];
  position: number;
  active: boolean;
}

export type CompetencyField = 'areaId' | 'code' | 'title' | 'criterion' | 'observationsNeeded' | 'secondSignerNeeded' | 'stationIds' | 'active';

export function competencyDraft(c: Competency): CompetencyDraft {
  return {
    id: c.id,
    areaId: c.areaId,
    code: c.code,
    title: c.title,
    criterion: c.criterion,
    observationsNeeded: String(c.observationsNeeded),
    secondSignerNeeded: c.secondSignerNeeded,
    stationIds: c.stations.map((s) => s.id),
    position: c.position,
    active: c.active,
  };
}

/** A new competency at the end of its area; a food-safety one always needs a second signer. */
export function newCompetencyDraft(area: Pick<SkillArea, 'id' | 'foodSafety' | 'competencies'>): CompetencyDraft {
  return {
    id: null,
    areaId: area.id,
    code: '',
    title: '',
    criterion: '',
    observationsNeeded: '2',
    secondSignerNeeded: area.foodSafety,
    stationIds: [],
    position: nextPosition(area.competencies),
    active: true,
  };
}

export function competencyInput(d: CompetencyDraft): Check<InputOf<'skills.saveCompetency'>, CompetencyField> {
  const typed = d.observationsNeeded.trim();
  if (!/^\d{1,3}$/.test(typed)) return { ok: false, problem: 'Type the observations needed as a whole number, like 3.', field: 'observationsNeeded' };
  return {
    ok: true,
    input: {
      ...(d.id ? { id: d.id } : {}),
      areaId: d.areaId,
      code: d.code.trim(),
      title: d.title,
      criterion: d.criterion,
      observationsNeeded: Number(typed),
      secondSignerNeeded: d.secondSignerNeeded,
      stationIds: d.stationIds,
      position: d.position,
      active: d.active,
    },
  };
}

/** Where something new goes: after the last one. */
export function nextPosition(items: readonly { position: number }[]): number {
  return Math.min(1000, items.reduce((top, i) => Math.max(top, i.position), 0) + 1);
}

/**
 * Moving an area (or a competency within its area) one place up or down: each numbered 1, 2,
 * 3 … in the new order, and only those whose number changed, to save.
 */
export function moveInOrder<T extends { id: string; position: number }>(items: readonly T[], id: string, direction: -1 | 1): (T & { position: number })[] {
  const order = [...items];
  const from = order.findIndex((s) => s.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= order.length) return [];
  const [moving] = order.splice(from, 1);
  if (!moving) return [];
  order.splice(to, 0, moving);
  return order.flatMap((s, i) => (s.position === i + 1 ? [] : [{ ...s, position: i + 1 }]));
}

export function areaInput(area: Pick<SkillArea, 'id' | 'name' | 'position' | 'active'>): InputOf<'skills.saveArea'> {
  return { id: area.id, name: area.name, position: area.position, active: area.active };
}

// ——— The matrix ———

/** The skills a trainee is ready for or waiting on, for the matrix's "to do" line. */
export function matrixToDo(matrix: Pick<SkillsMatrix, 'rows'>): { ready: number; waiting: number } {
  let ready = 0;
  let waiting = 0;
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      if (cell.state === 'ready_to_sign_off') ready += 1;
      if (cell.state === 'awaiting_second_signer') waiting += 1;
    }
  }
  return { ready, waiting };
}
