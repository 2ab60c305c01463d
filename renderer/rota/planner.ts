import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError, RotaWeek } from '../../shared/contract/index.ts';
import type { RotaView } from './grid.ts';
import type { ShiftDraft } from './shiftForm.ts';

// The supervisor's week planner: which week and view are showing, and at most one dialog
// (a shift's details, the shift form, copy, remove, publish, templates). Cancel closes a
// dialog and sends nothing; a refusal keeps it open with what was typed and the reason.

export type PlannerDialog =
  | { kind: 'add'; draft: ShiftDraft }
  | { kind: 'details'; shiftId: string }
  | { kind: 'change'; shiftId: string; draft: ShiftDraft }
  | { kind: 'copy'; shiftId: string; date: string }
  | { kind: 'remove'; shiftId: string }
  | { kind: 'publish' }
  | { kind: 'templates' };

export interface PlannerNotice {
  text: string;
  /** One line each: conflicts to look at, shifts left open or not copied. */
  details: string[];
  /** A removed draft that "Put it back" plans again. */
  putBack: ShiftDraft | null;
}

export interface PlannerState {
  monday: string;
  view: RotaView;
  week: RotaWeek | null;
  loadProblem: string | null;
  dialog: PlannerDialog | null;
  error: ApiError | null;
  busy: boolean;
  notice: PlannerNotice | null;
}

export function startPlanner(monday: string): PlannerState {
  return { monday, view: 'stations', week: null, loadProblem: null, dialog: null, error: null, busy: false, notice: null };
}

/** An answer for another week (the person moved on meanwhile) is dropped. */
export function weekLoaded(state: PlannerState, week: RotaWeek): PlannerState {
  if (week.weekStart !== state.monday) return state;
  return { ...state, week, loadProblem: null };
}

export function weekFailed(state: PlannerState, problem: string): PlannerState {
  return { ...state, loadProblem: problem };
}

/** Another week: whatever was open closes, as with Cancel. */
export function showWeek(state: PlannerState, monday: string): PlannerState {
  if (monday === state.monday) return state;
  return { ...state, monday, week: null, loadProblem: null, dialog: null, error: null, busy: false, notice: null };
}

export function showView(state: PlannerState, view: RotaView): PlannerState {
  return { ...state, view };
}

export function openDialog(state: PlannerState, dialog: PlannerDialog): PlannerState {
  if (state.busy) return state;
  return { ...state, dialog, error: null, notice: null };
}

export function editShiftDraft(state: PlannerState, patch: Partial<ShiftDraft>): PlannerState {
  const d = state.dialog;
  if (d?.kind !== 'add' && d?.kind !== 'change') return state;
  return { ...state, dialog: { ...d, draft: { ...d.draft, ...patch } } };
}

export function chooseCopyDay(state: PlannerState, date: string): PlannerState {
  if (state.dialog?.kind !== 'copy') return state;
  return { ...state, dialog: { ...state.dialog, date } };
}

export function closeDialog(state: PlannerState): PlannerState {
  return { ...state, dialog: null, error: null, busy: false };
}

export function sending(state: PlannerState): PlannerState {
  return { ...state, busy: true, error: null, notice: null };
}

/** The core said no: the dialog stays open, with the reason beside the field it names. */
export function refused(state: PlannerState, error: ApiError): PlannerState {
  return { ...state, busy: false, error };
}

/** Done: the dialog closes and the screen says what happened. */
export function done(state: PlannerState, notice: PlannerNotice): PlannerState {
  return { ...state, busy: false, dialog: null, error: null, notice };
}

export function dismissNotice(state: PlannerState): PlannerState {
  return { ...state, notice: null };
}

export type PlannerStore = StoreApi<PlannerState>;

export function createPlannerStore(monday: string): PlannerStore {
  return createStore<PlannerState>()(() => startPlanner(monday));
}
