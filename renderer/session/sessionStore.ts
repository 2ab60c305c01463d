import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CafeStatus, SessionInfo, SignedInStaff } from '../../shared/contract/index.ts';

// Which big screen the till shows, decided from what the core says. Every change is a
// plain function of (state, input); the store only holds the result.

export type Phase = 'starting' | 'unavailable' | 'setup' | 'login' | 'signedIn';

export interface SessionState {
  phase: Phase;
  cafe: CafeStatus | null;
  staff: SignedInStaff | null;
  idleLockSeconds: number;
  /** The last session ended because nobody used the till: the login screen says so. */
  lockedBecauseIdle: boolean;
  /** Why Apron could not start, in plain words. */
  problem: string | null;
}

export const DEFAULT_IDLE_LOCK_SECONDS = 120;

export const initialSession: SessionState = {
  phase: 'starting',
  cafe: null,
  staff: null,
  idleLockSeconds: DEFAULT_IDLE_LOCK_SECONDS,
  lockedBecauseIdle: false,
  problem: null,
};

export function started(state: SessionState, input: { cafe: CafeStatus; session: SessionInfo }): SessionState {
  const { cafe, session } = input;
  if (!cafe.setUp) return { ...state, phase: 'setup', cafe, staff: null, idleLockSeconds: session.idleLockSeconds, lockedBecauseIdle: false, problem: null };
  return {
    ...state,
    phase: session.staff ? 'signedIn' : 'login',
    cafe,
    staff: session.staff,
    idleLockSeconds: session.idleLockSeconds,
    lockedBecauseIdle: !session.staff && session.endedBecause === 'idle',
    problem: null,
  };
}

export function startFailed(state: SessionState, message: string): SessionState {
  return { ...state, phase: 'unavailable', problem: message };
}

export function cafeReady(state: SessionState, cafe: CafeStatus): SessionState {
  return { ...state, cafe, phase: cafe.setUp ? 'login' : 'setup', staff: null, lockedBecauseIdle: false };
}

export function signedIn(state: SessionState, session: SessionInfo): SessionState {
  if (!session.staff) return signedOut(state, session.endedBecause, session.idleLockSeconds);
  return { ...state, phase: 'signedIn', staff: session.staff, idleLockSeconds: session.idleLockSeconds, lockedBecauseIdle: false };
}

export function signedOut(state: SessionState, because: 'idle' | null, idleLockSeconds = state.idleLockSeconds): SessionState {
  if (state.phase === 'setup' || state.phase === 'starting' || state.phase === 'unavailable') return state;
  return { ...state, phase: 'login', staff: null, idleLockSeconds, lockedBecauseIdle: because === 'idle' || (state.phase === 'login' && state.lockedBecauseIdle) };
}

export function idleLockChanged(state: SessionState, idleLockSeconds: number): SessionState {
  return { ...state, idleLockSeconds };
}

export function cafeRenamed(state: SessionState, name: string): SessionState {
  return state.cafe ? { ...state, cafe: { ...state.cafe, name } } : state;
}

export type SessionStore = StoreApi<SessionState>;

export function createSessionStore(): SessionStore {
  return createStore<SessionState>()(() => initialSession);
}
