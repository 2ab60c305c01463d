import type { Gender, InputOf, Outcome, OutcomeEvidence, OutcomeKind, ReadinessItem, ReferralSource, SustainmentCheckpoint, TraineeRecord, TraineeStatus } from '../../shared/contract/index.ts';
import { dayFromParts, emptyDate, partsOfDay, type DateParts } from '../availability/availabilityForm.ts';

// The trainee screens' forms as typed, and the core's inputs made from them. Dates are typed as
// day, month and year; a day that does not exist is said so beside its boxes before sending.

export type Check<T, F extends string> = { ok: true; input: T } | { ok: false; field: F; message: string };

function blank(d: DateParts): boolean {
  return d.day.trim() === '' && d.month.trim() === '' && d.year.trim() === '';
}

/** An optional date: empty boxes are null (clears it). */
function optionalDay(d: DateParts, label: string): { ok: true; day: string | null } | { ok: false; message: string } {
  if (blank(d)) return { ok: true, day: null };
  return dayFromParts(d, label);
}

export interface RecordDraft {
  preferredName: string;
  startDate: DateParts;
  programme: string;
  referralSource: ReferralSource | '';
  referralDate: DateParts;
  goal: string;
  gender: Gender | '';
  namedOnReceipts: boolean;
}

export type RecordField = 'preferredName' | 'startDate' | 'programme' | 'referralSource' | 'referralDate' | 'goal' | 'gender' | 'namedOnReceipts';
export const recordFields: readonly RecordField[] = ['preferredName', 'startDate', 'programme', 'referralSource', 'referralDate', 'goal', 'gender', 'namedOnReceipts'];

export function recordDraftOf(r: TraineeRecord): RecordDraft {
  return {
    preferredName: r.preferredName ?? '',
    startDate: r.startDate ? partsOfDay(r.startDate) : emptyDate,
    programme: r.programme ?? '',
    referralSource: r.referralSource ?? '',
    referralDate: r.referralDate ? partsOfDay(r.referralDate) : emptyDate,
    goal: r.goal ?? '',
    gender: r.gender ?? '',
    namedOnReceipts: r.namedOnReceipts,
  };
}

/** The whole record as the core takes it: empty boxes clear their field. */
export function recordInput(staffId: string, d: RecordDraft): Check<InputOf<'trainees.save'>, RecordField> {
  const start = optionalDay(d.startDate, 'start date');
  if (!start.ok) return { ok: false, field: 'startDate', message: start.message };
  const referral = optionalDay(d.referralDate, 'referral date');
  if (!referral.ok) return { ok: false, field: 'referralDate', message: referral.message };
  return {
    ok: true,
    input: {
      staffId,
      preferredName: d.preferredName,
      startDate: start.day,
      programme: d.programme,
      referralSource: d.referralSource === '' ? null : d.referralSource,
      referralDate: referral.day,
      goal: d.goal,
      gender: d.gender === '' ? null : d.gender,
      namedOnReceipts: d.namedOnReceipts,
    },
  };
}

export interface StatusDraft {
  status: TraineeStatus | '';
  /** Empty: from today. */
  since: DateParts;
  reason: string;
}

export const emptyStatus: StatusDraft = { status: '', since: emptyDate, reason: '' };
export type StatusField = 'status' | 'since' | 'reason';

export function statusInput(staffId: string, d: StatusDraft): Check<InputOf<'trainees.setStatus'>, StatusField> {
  if (d.status === '') return { ok: false, field: 'status', message: 'Choose active, paused, completed or withdrawn.' };
  const since = optionalDay(d.since, 'date');
  if (!since.ok) return { ok: false, field: 'since', message: since.message };
  return { ok: true, input: { staffId, status: d.status, ...(since.day ? { since: since.day } : {}), reason: d.reason } };
}

export interface OutcomeDraft {
  kind: OutcomeKind | '';
  date: DateParts;
  employerOrProvider: string;
  /** As typed: "16", "37.5", "16,5"; empty when not known. */
  hoursPerWeek: string;
  evidence: OutcomeEvidence | '';
  note: string;
}

export const emptyOutcome: OutcomeDraft = { kind: '', date: emptyDate, employerOrProvider: '', hoursPerWeek: '', evidence: '', note: '' };
export type OutcomeField = 'kind' | 'date' | 'employerOrProvider' | 'hoursPerWeek' | 'evidence' | 'note';
export const outcomeFields: readonly OutcomeField[] = ['kind', 'date', 'employerOrProvider', 'hoursPerWeek', 'evidence', 'note'];

/** "16", "37.5", "37,5" or "37½" as a number of hours; null for empty; NaN for anything else. */
export function parseHours(text: string): number | null {
  const t = text.trim().replace(/\s*(hours?|hrs?|h)$/i, '').replace('½', '.5').replace(',', '.');
  if (t === '') return null;
  return /^\d{1,3}(\.\d{1,2})?$|^\.\d{1,2}$/.test(t) ? Number(t) : Number.NaN;
}

export function outcomeInput(staffId: string, d: OutcomeDraft): Check<InputOf<'outcomes.add'>, OutcomeField> {
  if (d.kind === '') return { ok: false, field: 'kind', message: 'Choose a paid job, an apprenticeship, training or education, or volunteering.' };
  const date = dayFromParts(d.date, 'date it started');
  if (!date.ok) return { ok: false, field: 'date', message: date.message };
  const hours = parseHours(d.hoursPerWeek);
  if (hours !== null && Number.isNaN(hours)) return { ok: false, field: 'hoursPerWeek', message: 'Enter the hours a week as a number, like 16 or 37.5, or leave it empty.' };
  return {
    ok: true,
    input: { staffId, kind: d.kind, date: date.day, employerOrProvider: d.employerOrProvider, hoursPerWeek: hours, evidence: d.evidence === '' ? null : d.evidence, note: d.note },
  };
}

/** An outcome as its form shows it, to change it. */
export function outcomeDraftOf(o: Outcome): OutcomeDraft {
  return {
    kind: o.kind,
    date: partsOfDay(o.date),
    employerOrProvider: o.employerOrProvider,
    hoursPerWeek: o.hoursPerWeek === null ? '' : String(o.hoursPerWeek),
    evidence: o.evidence ?? '',
    note: o.note ?? '',
  };
}

/** The change to an outcome: the same checks as recording one, sent as outcomes.update. */
export function outcomeUpdateInput(outcomeId: string, d: OutcomeDraft): Check<InputOf<'outcomes.update'>, OutcomeField> {
  const checked = outcomeInput('', d);
  if (!checked.ok) return checked;
  const { staffId: _unused, ...fields } = checked.input;
  return { ok: true, input: { outcomeId, ...fields } };
}

export interface CheckDraft {
  checkpoint: SustainmentCheckpoint;
  checkedOn: DateParts;
  sustained: 'yes' | 'no' | '';
  evidence: OutcomeEvidence | '';
  note: string;
}

export function emptyCheck(checkpoint: SustainmentCheckpoint): CheckDraft {
  return { checkpoint, checkedOn: emptyDate, sustained: '', evidence: '', note: '' };
}

export type CheckField = 'checkpoint' | 'checkedOn' | 'sustained' | 'evidence' | 'note';
export const checkFields: readonly CheckField[] = ['checkpoint', 'checkedOn', 'sustained', 'evidence', 'note'];

export function checkInput(outcomeId: string, d: CheckDraft): Check<InputOf<'outcomes.checkSustainment'>, CheckField> {
  const on = dayFromParts(d.checkedOn, 'date checked');
  if (!on.ok) return { ok: false, field: 'checkedOn', message: on.message };
  if (d.sustained === '') return { ok: false, field: 'sustained', message: 'Say whether they are still in it.' };
  return { ok: true, input: { outcomeId, checkpoint: d.checkpoint, checkedOn: on.day, sustained: d.sustained === 'yes', evidence: d.evidence === '' ? null : d.evidence, note: d.note } };
}

/** The checklist's items after moving one up (-1) or down (+1): every position renumbered 0, 1, 2… in the new order. */
export function moveItem(items: readonly ReadinessItem[], id: string, direction: -1 | 1): ReadinessItem[] {
  const list = [...items];
  const at = list.findIndex((i) => i.id === id);
  const to = at + direction;
  if (at < 0 || to < 0 || to >= list.length) return list.map((item, position) => ({ ...item, position }));
  const [moved] = list.splice(at, 1);
  if (moved) list.splice(to, 0, moved);
  return list.map((item, position) => ({ ...item, position }));
}

/** The saves a reorder needs: only the items whose position changed. */
export function changedPositions(before: readonly ReadinessItem[], after: readonly ReadinessItem[]): ReadinessItem[] {
  return after.filter((a) => before.find((b) => b.id === a.id)?.position !== a.position);
}

/** Where a new item goes: after the last. */
export function nextItemPosition(items: readonly ReadinessItem[]): number {
  return items.length === 0 ? 0 : Math.max(...items.map((i) => i.position)) + 1;
}

/** An item's input for readiness.saveItem. */
export function itemInput(item: Pick<ReadinessItem, 'id' | 'title' | 'position' | 'active'>): InputOf<'readiness.saveItem'> {
  return { id: item.id, title: item.title, position: item.position, active: item.active };
}
