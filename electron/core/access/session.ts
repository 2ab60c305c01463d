import type { SessionInfo } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { memoised } from '../db/versions.ts';
import type { Caller } from '../context.ts';
import { findStaff, toCaller } from '../people/staffRows.ts';
import type { Sessions } from '../sessions.ts';

export const DEFAULT_IDLE_LOCK_SECONDS = 120;

/** Read each time: one row by key costs no more than asking whether it changed (db/versions.ts). */
export function idleLockSeconds(db: ReadDb): number {
  const row = db.prepare<[], { idle_lock_seconds: number }>('SELECT idle_lock_seconds FROM cafe WHERE id = 1').get();
  return row?.idle_lock_seconds ?? DEFAULT_IDLE_LOCK_SECONDS;
}

export interface ResolvedSession {
  caller: Caller | null;
  /** The session was signed in but sat idle past the limit; it is now locked. */
  lockedForIdle: Caller | null;
}

/**
 * Who is calling, as the staff table says now: the row (and the café's idle time) is kept in
 * memory only while no staff or cafe row has changed (db/versions.ts, both versions read in
 * one statement on every call), so a role change or a switched-off account takes effect on
 * the very next call. An idle session is ended here, in the core, whatever the screen shows.
 */
export function resolveSession(db: ReadDb, sessions: Sessions, key: string, now: Date): ResolvedSession {
  const state = sessions.get(key);
  if (!state.staffId) return { caller: null, lockedForIdle: null };
  const staffId = state.staffId;
  const { row, idleSeconds } = memoised(db, ['staff', 'cafe'], staffId, () => ({ row: findStaff(db, staffId), idleSeconds: idleLockSeconds(db) }));
  if (!row || row.active !== 1) {
    sessions.signOut(key, null);
    return { caller: null, lockedForIdle: null };
  }
  const caller = toCaller(row);
  if (now.getTime() - state.lastActiveAt > idleSeconds * 1000) {
    sessions.signOut(key, 'idle');
    return { caller: null, lockedForIdle: caller };
  }
  return { caller, lockedForIdle: null };
}

export function sessionInfo(db: ReadDb, sessions: Sessions, key: string, caller: Caller | null): SessionInfo {
  return {
    staff: caller,
    idleLockSeconds: idleLockSeconds(db),
    endedBecause: caller ? null : sessions.get(key).endedBecause,
  };
}
