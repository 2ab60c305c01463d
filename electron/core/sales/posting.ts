import { appendAudit, type AuditRecord } from '../audit/log.ts';
import type { IdSource } from '../clock.ts';
import type { Caller } from '../context.ts';
import type { Db } from '../db/open.ts';
import type { WriteDb } from '../db/handles.ts';
import type { Logger } from '../dispatcher.ts';
import { queueEntryPrints } from '../printing/jobsFor.ts';
import { insertEntry, type JournalRow, type LineRow, type PaymentRow, type WrittenEntry } from './journal.ts';

// Completing a sale writes as little as it can before the till says "Sale complete": the
// till's counters (receipt number, hash) and one row of sale_postings holding the entry with
// its lines and payments exactly as hashed, and the call's audit entry. That row is on disk
// when the trainee is told the sale is done, so nothing is lost whatever happens next.
//
// The rows everyone else reads (journal, journal_lines, journal_payments, print_jobs,
// audit_log) are written from it straight after: in the next turn of the event loop, before
// the core handles any other call, and at start-up after a crash. Posting writes them and
// deletes the posting in one transaction, oldest first, so the journal grows in receipt order
// and nothing ever reads a journal that is missing a sale the till has confirmed.
//
// Why: a sale's rows and indexes touch about twenty pages of the database, and on a counter
// PC each page in the commit that the trainee waits for costs time; the posting is two or three.

/** What a sale's call leaves for posting. */
export interface SalePosting {
  written: WrittenEntry;
  /** Who made the sale: the drawer opening is logged in their name. */
  caller: Caller | null;
}

interface AuditJson {
  at: string;
  actor: Caller | null;
  authorisedBy: Caller | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  outcome: AuditRecord['outcome'];
  summary: string;
}

interface PostingBody {
  entry: JournalRow;
  lines: LineRow[];
  payments: PaymentRow[];
  caller: Caller | null;
  audit: AuditJson;
}

/** Keeps a sale and its audit entry as one posting. Call inside the sale's transaction. */
export function writePosting(db: WriteDb, posting: SalePosting, audit: AuditRecord): void {
  const { entry, lines, payments } = posting.written;
  const body: PostingBody = {
    entry,
    lines,
    payments,
    caller: posting.caller,
    audit: {
      at: audit.at.toISOString(),
      actor: audit.actor,
      authorisedBy: audit.authorisedBy,
      action: audit.action,
      subjectType: audit.subjectType ?? null,
      subjectId: audit.subjectId ?? null,
      outcome: audit.outcome,
      summary: audit.summary,
    },
  };
  db.prepare('INSERT INTO sale_postings (entry_id, body) VALUES (?, ?)').run(entry.id, JSON.stringify(body));
}

/** Posts every waiting sale, oldest first, inside the caller's transaction. Says how many, and whether any queued printing. */
export function postWaiting(db: WriteDb, ids: IdSource): { posted: number; printQueued: boolean } {
  const waiting = db.prepare<[], { seq: number; body: string }>('SELECT seq, body FROM sale_postings ORDER BY seq').all();
  let printQueued = false;
  for (const { seq, body } of waiting) {
    const posting = JSON.parse(body) as PostingBody;
    const written: WrittenEntry = { entry: posting.entry, lines: posting.lines, payments: posting.payments };
    insertEntry(db, written);
    // Print jobs refer to the journal row, so they are queued once it exists.
    printQueued = queueEntryPrints({ db, ids, now: new Date(posting.entry.at), caller: posting.caller }, written, null) || printQueued;
    const a = posting.audit;
    appendAudit(db, { ...a, at: new Date(a.at), subjectType: a.subjectType ?? undefined, subjectId: a.subjectId ?? undefined });
    db.prepare('DELETE FROM sale_postings WHERE seq = ?').run(seq);
  }
  return { posted: waiting.length, printQueued };
}

/** How many sales wait to be posted; none where there is no sale_postings table (a core opened on other migrations, in the runner's own tests). */
export function countWaiting(db: Db): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sale_postings'").get() !== undefined;
  return exists ? (db.prepare<[], number>('SELECT count(*) FROM sale_postings').pluck().get() ?? 0) : 0;
}

/** Posts waiting sales in a transaction of its own, when there are any; the core calls it before each call and just after one that left a posting. */
export interface SalePoster {
  /** A sale's transaction committed a posting. */
  queued(): void;
  readonly waiting: boolean;
  /** Posts what is waiting now; returns how many were posted. Never throws: a failure is logged and the postings stay for the next try. */
  post(): number;
  /** Posts in the next turn of the event loop, after the answer has gone. */
  postSoon(): void;
  stop(): void;
}

export function salePoster(deps: { db: Db; write: WriteDb; ids: IdSource; logger: Logger; printQueued: () => void }): SalePoster {
  let waiting = countWaiting(deps.db) > 0;
  let soon: ReturnType<typeof setImmediate> | null = null;
  let stopped = false;
  const poster: SalePoster = {
    queued() {
      waiting = true;
    },
    get waiting() {
      return waiting;
    },
    post() {
      if (!waiting || stopped || !deps.db.open) return 0;
      try {
        const result = deps.db.transaction(() => postWaiting(deps.write, deps.ids)).immediate();
        waiting = false;
        if (result.printQueued) deps.printQueued();
        return result.posted;
      } catch (cause) {
        // A posting that cannot be written is a fault in Apron: the sale itself is safe in
        // sale_postings, and is tried again after the next sale or at the next start.
        waiting = false;
        deps.logger.error('posting completed sales into the journal failed; they are kept and tried again', cause);
        return 0;
      }
    },
    postSoon() {
      if (!waiting || soon || stopped) return;
      soon = setImmediate(() => {
        soon = null;
        poster.post();
      });
    },
    stop() {
      stopped = true;
      if (soon) clearImmediate(soon);
      soon = null;
    },
  };
  return poster;
}
