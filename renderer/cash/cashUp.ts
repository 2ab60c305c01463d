import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError, CashSession, TillReport } from '../../shared/contract/index.ts';
import { cashVariance, formatPence } from '../../shared/money.ts';

// The cash-up screen as plain state changes: what the drawer is doing now, which task the
// supervisor has open (one at a time, each with a Cancel that changes nothing), and the
// close of the day in two steps: count, then check expected against counted before the
// Z report is issued.

export type Task = 'noSale' | 'payOut' | 'lift' | 'xReport' | 'closeCount' | 'closeCheck';

export interface CashUpState {
  /** undefined while loading; null when the till is closed (no float counted). */
  session: CashSession | null | undefined;
  /** The drawer now (an X report), while the till is open. */
  drawer: TillReport | null;
  task: Task | null;
  /** The X report the close is checked against: its expected cash, taken when the count was finished. */
  check: TillReport | null;
  /** A Z report on screen: just issued, or opened from the list. */
  zReport: TillReport | null;
  /** Whether zReport was issued just now (the day was closed) or opened from the list. */
  zJustIssued: boolean;
  notice: string | null;
  error: ApiError | null;
  /** Which task the error is about, so it shows in the right place. */
  errorTask: Task | 'open' | 'screen' | null;
  busy: boolean;
}

export const loadingCashUp: CashUpState = {
  session: undefined,
  drawer: null,
  task: null,
  check: null,
  zReport: null,
  zJustIssued: false,
  notice: null,
  error: null,
  errorTask: null,
  busy: false,
};

/** The core's answer to "what is the till doing now?". */
export function loaded(state: CashUpState, session: CashSession | null, drawer: TillReport | null): CashUpState {
  const open = session !== null;
  // A task about an open till makes no sense once it has closed (someone closed it elsewhere).
  const task = open ? state.task : null;
  return { ...state, session, drawer: open ? drawer : null, task, check: task === 'closeCheck' ? state.check : null };
}

export function loadFailed(state: CashUpState, error: ApiError): CashUpState {
  return { ...state, error, errorTask: 'screen', busy: false };
}

export function startTask(state: CashUpState, task: Task): CashUpState {
  if (state.busy) return state;
  return { ...state, task, check: null, notice: null, error: null, errorTask: null, zReport: null, zJustIssued: false };
}

/** Cancel, Close or Back to the till: nothing is sent, nothing changes. */
export function cancelTask(state: CashUpState): CashUpState {
  return { ...state, task: null, check: null, error: null, errorTask: null, busy: false };
}

export function sending(state: CashUpState): CashUpState {
  return { ...state, busy: true, notice: null, error: null, errorTask: null };
}

export function failed(state: CashUpState, error: ApiError, where: CashUpState['errorTask'] = state.task): CashUpState {
  return { ...state, busy: false, error, errorTask: where };
}

/** A no-sale, pay-out or lift went through: say so and go back to the drawer. */
export function recorded(state: CashUpState, notice: string): CashUpState {
  return { ...state, busy: false, task: null, notice };
}

export function opened(state: CashUpState, session: CashSession): CashUpState {
  return { ...state, busy: false, session, task: null, zReport: null, zJustIssued: false, notice: `The till is open with a float of ${formatPence(session.floatPence)}.` };
}

/** The count is done: show expected, counted and the variance before anything is closed. */
export function checkCount(state: CashUpState, expected: TillReport): CashUpState {
  return { ...state, busy: false, task: 'closeCheck', check: expected };
}

/** "Back to counting": the boxes keep what was typed. */
export function backToCount(state: CashUpState): CashUpState {
  return { ...state, task: 'closeCount', check: null, error: null, errorTask: null };
}

export function closed(state: CashUpState, z: TillReport): CashUpState {
  return { ...state, busy: false, session: null, drawer: null, task: null, check: null, zReport: z, zJustIssued: true, notice: null };
}

export function showZReport(state: CashUpState, z: TillReport): CashUpState {
  return { ...state, busy: false, zReport: z, zJustIssued: false, task: null, notice: null, error: null, errorTask: null };
}

export function hideZReport(state: CashUpState): CashUpState {
  return { ...state, zReport: null, zJustIssued: false };
}

export interface VarianceWords {
  variancePence: number;
  /** "Right to the penny", "£1.00 short", "£0.20 over". */
  words: string;
  tone: 'right' | 'short' | 'over';
}

export function describeVariance(variancePence: number): VarianceWords {
  if (variancePence === 0) return { variancePence, words: 'Right to the penny', tone: 'right' };
  if (variancePence < 0) return { variancePence, words: `${formatPence(Math.abs(variancePence))} short`, tone: 'short' };
  return { variancePence, words: `${formatPence(variancePence)} over`, tone: 'over' };
}

/** Counted against what the drawer should hold, as the Z report will work it out. */
export function varianceOf(countedPence: number, expectedPence: number): VarianceWords {
  return describeVariance(cashVariance(countedPence, expectedPence));
}

export type CashUpStore = StoreApi<CashUpState>;

export function createCashUpStore(): CashUpStore {
  return createStore<CashUpState>()(() => loadingCashUp);
}
