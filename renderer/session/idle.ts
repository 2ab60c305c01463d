// The screen's side of the idle lock. The core ends an idle session on its own clock; the
// screen tells it someone is still here (at most every 20 s while they are active) and
// shows the login screen itself once nobody has touched it for the idle time.

export const STILL_HERE_EVERY_MS = 20_000;

export interface IdleState {
  lastActivityAt: number;
  lastReportedAt: number;
  /** Activity since the last report that the core has not heard about yet. */
  unreported: boolean;
}

export function startIdle(now: number): IdleState {
  return { lastActivityAt: now, lastReportedAt: now, unreported: false };
}

export interface IdleStep {
  state: IdleState;
  /** Call auth.stillHere now. */
  report: boolean;
}

/** A tap or key press. */
export function noteActivity(state: IdleState, now: number): IdleStep {
  if (now - state.lastReportedAt >= STILL_HERE_EVERY_MS) {
    return { state: { lastActivityAt: now, lastReportedAt: now, unreported: false }, report: true };
  }
  return { state: { ...state, lastActivityAt: now, unreported: true }, report: false };
}

/** The timer woke: report activity the core has not heard about, once 20 s have passed. */
export function reportIfDue(state: IdleState, now: number): IdleStep {
  if (state.unreported && now - state.lastReportedAt >= STILL_HERE_EVERY_MS) {
    return { state: { ...state, lastReportedAt: now, unreported: false }, report: true };
  }
  return { state, report: false };
}

export function isIdle(state: IdleState, now: number, idleLockSeconds: number): boolean {
  return now - state.lastActivityAt >= idleLockSeconds * 1000;
}

/** When the timer should next wake: to send a held-back report, or to lock. */
export function nextWakeAt(state: IdleState, idleLockSeconds: number): number {
  const lockAt = state.lastActivityAt + idleLockSeconds * 1000;
  return state.unreported ? Math.min(lockAt, state.lastReportedAt + STILL_HERE_EVERY_MS) : lockAt;
}
