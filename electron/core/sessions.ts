import type { Role } from '../../shared/contract/index.ts';

// Who is signed in on each screen. Kept in memory on purpose: after a restart everyone
// signs in again. Hosts name the session (a cookie in browser mode, the window in Electron).

export interface SessionAuthorisation {
  token: string;
  method: string;
  staffId: string;
  displayName: string;
  role: Role;
  expiresAt: number;
}

export interface SessionState {
  staffId: string | null;
  lastActiveAt: number;
  endedBecause: 'idle' | null;
  authorisations: SessionAuthorisation[];
}

export class Sessions {
  private readonly byKey = new Map<string, SessionState>();

  get(key: string): SessionState {
    let state = this.byKey.get(key);
    if (!state) {
      state = { staffId: null, lastActiveAt: 0, endedBecause: null, authorisations: [] };
      this.byKey.set(key, state);
    }
    return state;
  }

  signIn(key: string, staffId: string, at: number): void {
    this.byKey.set(key, { staffId, lastActiveAt: at, endedBecause: null, authorisations: [] });
  }

  signOut(key: string, because: 'idle' | null): void {
    this.byKey.set(key, { staffId: null, lastActiveAt: 0, endedBecause: because, authorisations: [] });
  }

  touch(key: string, at: number): void {
    const state = this.byKey.get(key);
    if (state?.staffId) state.lastActiveAt = at;
  }

  /** The host's connection is gone for good (window closed, browser session expired). */
  forget(key: string): void {
    this.byKey.delete(key);
  }

  addAuthorisation(key: string, authorisation: SessionAuthorisation): void {
    const state = this.get(key);
    state.authorisations = [...state.authorisations.filter((a) => a.expiresAt > authorisation.expiresAt - 10 * 60_000), authorisation];
  }

  /** An authorisation is good for one call of the method it names, once. */
  takeAuthorisation(key: string, token: string, method: string, at: number): SessionAuthorisation | null {
    const state = this.byKey.get(key);
    if (!state) return null;
    const found = state.authorisations.find((a) => a.token === token);
    state.authorisations = state.authorisations.filter((a) => a.token !== token && a.expiresAt > at);
    if (!found || found.method !== method || found.expiresAt <= at) return null;
    return found;
  }
}
