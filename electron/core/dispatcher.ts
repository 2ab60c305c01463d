import { contract, err, isMethodName, mayCall, ok, plainSchemaError, type ApiError, type EventMessage, type MethodName, type Result } from '../../shared/contract/index.ts';
import { resolveSession } from './access/session.ts';
import { appendAudit, type AuditRecord } from './audit/log.ts';
import type { Clock, IdSource } from './clock.ts';
import type { AuditNote, Caller, Handlers, ReadContext, WriteContext } from './context.ts';
import { handles } from './db/handles.ts';
import type { Db } from './db/open.ts';
import { AppError } from './errors.ts';
import type { EventHub } from './events.ts';
import { writePosting, type SalePosting } from './sales/posting.ts';
import type { Sessions } from './sessions.ts';

/** One call from a host: which screen (session), which method, what input. */
export interface Call {
  session: string;
  method: string;
  input: unknown;
  /** A token from `auth.authorise`, for one call a supervisor allowed. */
  authorisation?: string | undefined;
}

export type Dispatch = (call: Call) => Result<unknown>;

export interface Logger {
  error(message: string, cause?: unknown): void;
}

export interface DispatcherDeps {
  db: Db;
  clock: Clock;
  ids: IdSource;
  sessions: Sessions;
  events: EventHub;
  handlers: Handlers;
  logger: Logger;
  /** Told when a call committed a sale's posting, to post it straight after. */
  onPosting?: () => void;
}

const AUDITED_REFUSALS: ReadonlySet<string> = new Set(['forbidden', 'locked_out']);

function humanAction(method: string): string {
  return method.replace('.', ': ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The one function every host calls. It finds the method, checks who is calling, validates
 * the input, runs the service in one BEGIN IMMEDIATE transaction with its audit entry,
 * and always returns a Result: nothing throws past it.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatch {
  const { db, clock, sessions, events, logger } = deps;
  const { read, write } = handles(db);
  const anyHandlers = deps.handlers as unknown as Record<MethodName, (ctx: ReadContext | WriteContext, input: unknown) => unknown>;

  // One transaction function for every call, built once (better-sqlite3 builds its wrappers per function): work runs inside BEGIN IMMEDIATE.
  const transaction = db.transaction((work: () => unknown) => work());
  const inTransaction = <T>(work: () => T): T => transaction.immediate(work) as T;

  function audit(record: AuditRecord): void {
    inTransaction(() => appendAudit(write, record));
  }

  function refuse(method: string, now: Date, actor: Caller | null, error: ApiError, authorisedBy: Caller | null = null): Result<never> {
    if (AUDITED_REFUSALS.has(error.code)) {
      audit({ at: now, actor, authorisedBy, action: method, outcome: 'refused', summary: error.message });
    }
    return { ok: false, error };
  }

  return function dispatch(call: Call): Result<unknown> {
    const method = call.method;
    let now = new Date(0);
    let caller: Caller | null = null;
    try {
      now = clock.now();
      if (!isMethodName(method)) return err('not_found', `Apron does not know how to "${String(method).slice(0, 64)}".`);
      const spec = contract[method];

      const resolved = resolveSession(read, sessions, call.session, now);
      if (resolved.lockedForIdle) {
        const who = resolved.lockedForIdle;
        audit({ at: now, actor: who, authorisedBy: null, action: 'auth.idleLock', subjectType: 'staff', subjectId: who.id, outcome: 'done', summary: `The till locked itself after ${who.displayName} left it idle` });
        events.publish({ event: 'session.changed', payload: { reason: 'idle' } }, call.session);
      }
      caller = resolved.caller;

      let authorisedBy: Caller | null = null;
      const authorisableBy = (spec as { authorisableBy?: readonly string[] }).authorisableBy;
      if (mayCall(spec.access, caller?.role ?? null)) {
        // A caller who may make the call can still bring a supervisor's authorisation for
        // what goes beyond their own limits (a large discount); the service decides.
        if (caller && call.authorisation && authorisableBy) {
          const granted = sessions.takeAuthorisation(call.session, call.authorisation, method, now.getTime());
          if (!granted || !authorisableBy.includes(granted.role)) {
            return refuse(method, now, caller, { code: 'forbidden', message: 'That authorisation has run out or was for something else. Ask the supervisor again.', needsAuthorisation: true });
          }
          authorisedBy = { id: granted.staffId, displayName: granted.displayName, role: granted.role };
        }
      } else {
        const granted = caller && call.authorisation && authorisableBy ? sessions.takeAuthorisation(call.session, call.authorisation, method, now.getTime()) : null;
        if (granted && authorisableBy?.includes(granted.role)) {
          authorisedBy = { id: granted.staffId, displayName: granted.displayName, role: granted.role };
        } else {
          const message = caller
            ? `${caller.displayName}, this needs ${spec.access === 'signed-in' ? 'someone signed in' : `a ${(spec.access as readonly string[]).join(' or ')}`}.${authorisableBy ? ' Ask a supervisor to authorise it.' : ''}`
            : resolved.lockedForIdle
              ? 'The till locked itself because nobody used it for a while. Log in again.'
              : 'Please log in first.';
          return refuse(method, now, caller, { code: 'forbidden', message, ...(caller && authorisableBy ? { needsAuthorisation: true } : {}) });
        }
      }

      const input = call.input ?? {};
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) return { ok: false, error: plainSchemaError(parsed.error, input) };
      if (caller && !spec.passive) sessions.touch(call.session, now.getTime());

      const handler = anyHandlers[method];
      if (spec.kind === 'read') {
        // An audited read (an export, a trainee's record) may say what it showed and of whom.
        let readNote: AuditNote = {};
        const value = handler({ db: read, now, caller, sessionKey: call.session, note: (n) => (readNote = { ...readNote, ...n }) }, parsed.data);
        if ((spec as { auditRead?: boolean }).auditRead) {
          audit({ at: now, actor: caller, authorisedBy: null, action: method, subjectType: readNote.subjectType, subjectId: readNote.subjectId, outcome: 'done', summary: readNote.summary ?? `Viewed ${humanAction(method)}` });
        }
        return ok(value);
      }

      let note: AuditNote = {};
      let posting: SalePosting | null = null;
      const afterCommit: (() => void)[] = [];
      const outbox: { message: EventMessage; session: string | undefined }[] = [];
      const ctx: WriteContext = {
        db: write,
        now,
        ids: deps.ids,
        caller,
        authorisedBy,
        sessionKey: call.session,
        note: (n) => {
          note = { ...note, ...n };
        },
        afterCommit: (fn) => afterCommit.push(fn),
        emit: (message, session) => outbox.push({ message, session }),
        postLater: (p) => {
          posting = p;
        },
      };
      const record = (outcome: AuditRecord['outcome'], summary: string): AuditRecord => ({
        at: now,
        actor: note.actor ?? caller,
        authorisedBy,
        action: method,
        subjectType: note.subjectType,
        subjectId: note.subjectId,
        outcome,
        summary,
      });

      const result = inTransaction((): Result<unknown> => {
        try {
          const value = handler(ctx, parsed.data);
          const done = record('done', note.summary ?? humanAction(method));
          // A sale's audit entry travels with its posting, so they are written out together.
          if (posting) writePosting(write, posting, done);
          else appendAudit(write, done);
          return ok(value);
        } catch (cause) {
          // A refusal that must be remembered (a wrong PIN) keeps its writes and is audited.
          if (cause instanceof AppError && cause.record) {
            appendAudit(write, record(AUDITED_REFUSALS.has(cause.code) ? 'refused' : 'failed', cause.message));
            return { ok: false, error: cause.toApiError() };
          }
          throw cause;
        }
      });

      if (result.ok) {
        if (posting) deps.onPosting?.();
        for (const fn of afterCommit) fn();
        for (const { message, session } of outbox) events.publish(message, session);
      }
      return result;
    } catch (cause) {
      if (cause instanceof AppError) {
        return refuse(method, now, caller, cause.toApiError());
      }
      logger.error(`internal error in ${String(method)}`, cause);
      return err('internal', 'Something went wrong inside Apron and nothing was saved. Please try again; if it keeps happening, tell a supervisor.');
    }
  };
}
