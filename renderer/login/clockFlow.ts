import type { ApiError, ClockAction, ClockResult, LoginTile, Result } from '../../shared/contract/index.ts';

// Clocking in and out at the kiosk, as plain steps: what the person is doing, who they are
// (name and PIN, or a badge), then the core's kind answer shown big. Nobody is signed in by
// any of it. Transitions are pure functions so the screen only shows the state it is in.

export type ClockMethod = 'attendance.clockIn' | 'attendance.startBreak' | 'attendance.endBreak' | 'attendance.clockOut';

export interface ClockChoice {
  action: ClockAction;
  label: string;
  hint: string;
  method: ClockMethod;
}

export const clockChoices: readonly ClockChoice[] = [
  { action: 'clock_in', label: 'Clock in', hint: 'Starting your shift', method: 'attendance.clockIn' },
  { action: 'break_start', label: 'Start break', hint: 'Going on your break', method: 'attendance.startBreak' },
  { action: 'break_end', label: 'End break', hint: 'Back from your break', method: 'attendance.endBreak' },
  { action: 'clock_out', label: 'Clock out', hint: 'Finishing your shift', method: 'attendance.clockOut' },
];

export function choiceFor(action: ClockAction): ClockChoice {
  const found = clockChoices.find((c) => c.action === action);
  if (!found) throw new Error(`No clock choice for ${action}`);
  return found;
}

export type ClockStep =
  | { step: 'choose'; problem: string | null }
  | { step: 'who'; action: ClockAction; problem: string | null }
  | { step: 'pin'; action: ClockAction; person: LoginTile; problem: string | null }
  | { step: 'done'; action: ClockAction; message: string }
  | { step: 'refused'; action: ClockAction; message: string };

export const startClocking: ClockStep = { step: 'choose', problem: null };

/** How long the answer stays up before the log-in screen comes back by itself. */
export const DONE_SHOWN_MS = 8_000;
export const REFUSED_SHOWN_MS = 20_000;

export function chooseAction(_state: ClockStep, action: ClockAction): ClockStep {
  return { step: 'who', action, problem: null };
}

export function choosePerson(state: ClockStep, person: LoginTile): ClockStep {
  return state.step === 'who' || state.step === 'pin' ? { step: 'pin', action: state.action, person, problem: null } : state;
}

/** One step back: from the PIN pad to the names, from the names to the four choices. */
export function stepBack(state: ClockStep): ClockStep {
  if (state.step === 'pin') return { step: 'who', action: state.action, problem: null };
  return startClocking;
}

/** A badge was scanned (or a product barcode) while the clock view is open. */
export function scannedWithoutAction(state: ClockStep, kind: 'badge' | 'barcode'): ClockStep {
  if (kind === 'barcode') {
    const problem = 'That is a product barcode, not a staff badge: scan your badge.';
    if (state.step === 'who') return { ...state, problem };
    return { step: 'choose', problem };
  }
  return { step: 'choose', problem: 'First choose what you are doing (clock in, a break, or clock out), then scan your badge.' };
}

/**
 * The core's answer. A refusal about the shift ("you are already clocked in") is shown big,
 * like a success; a problem with the PIN or badge stays where it can be tried again.
 */
export function answered(state: ClockStep, result: Result<ClockResult>, via: 'pin' | 'badge'): ClockStep {
  if (state.step !== 'who' && state.step !== 'pin') return state;
  if (result.ok) return { step: 'done', action: state.action, message: result.value.message };
  if (isAboutTheShift(result.error)) return { step: 'refused', action: state.action, message: result.error.message };
  if (via === 'pin' && state.step === 'pin') return { ...state, problem: result.error.message };
  return { step: 'who', action: state.action, problem: result.error.message };
}

function isAboutTheShift(error: ApiError): boolean {
  return error.code === 'conflict';
}
