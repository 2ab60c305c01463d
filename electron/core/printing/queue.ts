import type { PrintJob } from '../../../shared/contract/index.ts';
import type { PrintDocument } from '../../../shared/receipt/document.ts';
import type { IdSource } from '../clock.ts';
import type { Caller } from '../context.ts';
import type { ReadDb, WriteDb } from '../db/handles.ts';
import { TILL_ID } from '../sales/till.ts';

// The durable print queue: one row per job, written inside the transaction of what it
// prints, so a sale and its receipt are kept or lost together and a job outlives a restart.
// The host's worker reads the oldest pending job per printer and marks it printed.

export type JobTarget = PrintJob['target'];
export type JobKind = 'receipt' | 'copy' | 'x_report' | 'z_report' | 'kitchen' | 'test' | 'drawer';

export interface JobDraft {
  target: JobTarget;
  kind: JobKind;
  /** In words, for the settings screen: "Receipt 1042". */
  what: string;
  /** Null for a drawer-only job. */
  document: PrintDocument | null;
  openDrawer: boolean;
  entryId: string | null;
}

export interface PrintJobRow {
  seq: number;
  id: string;
  till_id: string;
  target: JobTarget;
  kind: JobKind;
  what: string;
  document: string | null;
  open_drawer: number;
  entry_id: string | null;
  state: PrintJob['state'];
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  printed_at: string | null;
}

const INSERT_JOB =
  'INSERT INTO print_jobs (id, till_id, target, kind, what, document, open_drawer, entry_id, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** One insert: the job with its document as JSON. Returns the job's id. */
export function queueJob(db: WriteDb, ids: IdSource, now: Date, job: JobDraft): string {
  const id = ids();
  const at = now.toISOString();
  db.prepare(INSERT_JOB).run(id, TILL_ID, job.target, job.kind, job.what, job.document === null ? null : JSON.stringify(job.document), job.openDrawer ? 1 : 0, job.entryId, at, at);
  return id;
}

export type DrawerReason = 'sale' | 'refund' | 'void' | 'no_sale' | 'test';

/** Every time Apron asks the drawer to open: who, why, for which entry or movement, by which job. */
export function logDrawerOpening(
  db: WriteDb,
  ids: IdSource,
  now: Date,
  opening: { reason: DrawerReason; jobId: string; by: Caller | null; entryId?: string | null; movementId?: string | null },
): void {
  db.prepare('INSERT INTO drawer_openings (id, till_id, at, reason, entry_id, movement_id, job_id, by_id, by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    ids(),
    TILL_ID,
    now.toISOString(),
    opening.reason,
    opening.entryId ?? null,
    opening.movementId ?? null,
    opening.jobId,
    opening.by?.id ?? null,
    opening.by?.displayName ?? null,
  );
}

export function toPrintJob(row: PrintJobRow): PrintJob {
  return {
    id: row.id,
    target: row.target,
    what: row.what,
    state: row.state,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    printedAt: row.printed_at,
  };
}

export function findJob(db: ReadDb, id: string): PrintJobRow | undefined {
  return db.prepare<[string], PrintJobRow>('SELECT * FROM print_jobs WHERE id = ?').get(id);
}

export function readJob(db: ReadDb, id: string): PrintJob {
  const row = findJob(db, id);
  if (!row) throw new Error(`print job ${id} vanished inside its own transaction`);
  return toPrintJob(row);
}

/** The next job to print on a printer: the oldest pending one (receipts print in order). */
export function nextPendingJob(db: ReadDb, target: JobTarget): PrintJobRow | undefined {
  return db.prepare<[string, string], PrintJobRow>("SELECT * FROM print_jobs WHERE till_id = ? AND target = ? AND state = 'pending' ORDER BY seq LIMIT 1").get(TILL_ID, target);
}

export function pendingCount(db: ReadDb, target: JobTarget): number {
  return db.prepare<[string, string], number>("SELECT count(*) FROM print_jobs WHERE till_id = ? AND target = ? AND state = 'pending'").pluck().get(TILL_ID, target) ?? 0;
}

/** Whether this entry's receipt was already sent once (pending or printed): a second one is a COPY. */
export function receiptQueuedBefore(db: ReadDb, entryId: string): boolean {
  return (
    db.prepare<[string], number>("SELECT 1 FROM print_jobs WHERE entry_id = ? AND kind IN ('receipt', 'copy') AND state <> 'cancelled' LIMIT 1").pluck().get(entryId) !== undefined
  );
}
