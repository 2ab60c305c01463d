import type { Db } from './open.ts';

/**
 * When the write-ahead log is copied back into the database file.
 *
 * SQLite's own automatic checkpoint runs inside the commit that crosses its threshold, so one
 * sale in every few dozen paid for copying everyone's pages (about 2 ms here, four times a
 * sale). A counter is idle far more than it is busy: Apron copies the log back once the core
 * has had no call for `idleMs`, between customers. In a spell with no pause at all (a queue
 * at the counter, a bulk import, a benchmark) it copies it back every `busyCalls` calls, in
 * the turn of the event loop after the answer, so the log is reused from its start instead
 * of growing: a commit that writes over the log costs less than one that makes the file
 * longer. SQLite's own checkpoint stays as a backstop at `backstopPages`. Durability does not
 * depend on any of these: a committed sale is in the log, fsynced, before the dispatcher answers.
 */
export interface CheckpointPolicy {
  idleMs: number;
  busyCalls: number;
  backstopPages: number;
}

export const COUNTER_CHECKPOINTS: CheckpointPolicy = { idleMs: 400, busyCalls: 32, backstopPages: 8000 };

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
  let soon: ReturnType<typeof setImmediate> | null = null;
  let calls = 0;
  let stopped = false;

  function checkpoint(): { log: number; checkpointed: number } {
    calls = 0;
    if (stopped || !db.open) return { log: 0, checkpointed: 0 };
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    return { log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
  }

  return {
    touched() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        checkpoint();
      }, policy.idleMs);
      timer.unref();
      calls += 1;
      if (calls >= policy.busyCalls && !soon) {
        soon = setImmediate(() => {
          soon = null;
          checkpoint();
        });
      }
    },
    checkpoint,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (soon) clearImmediate(soon);
      timer = null;
      soon = null;
    },
  };
}
