import type { Db } from './open.ts';

/**
 * When the write-ahead log is copied back into the database file.
 *
 * SQLite's own automatic checkpoint runs inside the commit that crosses its threshold, so one
 * sale in every few dozen paid for copying everyone's pages (about 2 ms here, four times a
 * sale). A counter is idle far more than it is busy: Apron copies the log back once the core
 * has had no call for `idleMs`, between customers, and keeps SQLite's own checkpoint only
 * as a backstop at `backstopPages` for a burst that never pauses (a bulk import, a benchmark).
 * Durability does not depend on either: a committed sale is in the log, fsynced, before the
 * dispatcher answers.
 */
export interface CheckpointPolicy {
  idleMs: number;
  backstopPages: number;
}

export const COUNTER_CHECKPOINTS: CheckpointPolicy = { idleMs: 400, backstopPages: 8000 };

export interface IdleCheckpointer {
  /** The core answered a call: wait for the next quiet moment. */
  touched(): void;
  /** Copy the log back now (PASSIVE: never waits for a reader or blocks a writer). */
  checkpoint(): { log: number; checkpointed: number };
  stop(): void;
}

export function idleCheckpointer(db: Db, policy: CheckpointPolicy = COUNTER_CHECKPOINTS): IdleCheckpointer {
  db.pragma(`wal_autocheckpoint = ${policy.backstopPages}`);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  function checkpoint(): { log: number; checkpointed: number } {
    timer = null;
    if (stopped || !db.open) return { log: 0, checkpointed: 0 };
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    return { log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
  }

  return {
    touched() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(checkpoint, policy.idleMs);
      timer.unref();
    },
    checkpoint,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
