import type { Contract, EventMessage, MethodName, ParsedInputOf, ResultOf, Role } from '../../shared/contract/index.ts';
import type { IdSource } from './clock.ts';
import type { ReadDb, WriteDb } from './db/handles.ts';
import type { SalePosting } from './sales/posting.ts';

export interface Caller {
  id: string;
  displayName: string;
  role: Role;
}

/** What a service says about its call for the audit log: never PINs or badge codes. */
export interface AuditNote {
  subjectType?: string;
  subjectId?: string;
  summary?: string;
  /** Login: the person who signed in is the actor, though nobody was signed in before. */
  actor?: Caller;
}

export interface ReadContext {
  db: ReadDb;
  now: Date;
  caller: Caller | null;
  sessionKey: string;
  /** For reads the contract audits (`auditRead`): what the entry should say and be about. */
  note?(note: AuditNote): void;
}

export interface WriteContext {
  db: WriteDb;
  now: Date;
  ids: IdSource;
  caller: Caller | null;
  /** The supervisor who authorised this one call inside someone else's session. */
  authorisedBy: Caller | null;
  sessionKey: string;
  note(note: AuditNote): void;
  /** Runs only once the transaction has committed (session changes, events). */
  afterCommit(fn: () => void): void;
  emit(message: EventMessage, session?: string): void;
  /**
   * A completed sale: its journal rows, prints and this call's audit entry are kept in one
   * posting in this transaction and written out straight after the answer (sales/posting.ts).
   */
  postLater(posting: SalePosting): void;
}

export type ContextFor<M extends MethodName> = Contract[M]['kind'] extends 'write' ? WriteContext : ReadContext;

export type Handler<M extends MethodName> = (ctx: ContextFor<M>, input: ParsedInputOf<M>) => ResultOf<M>;

export type Handlers = { [M in MethodName]: Handler<M> };
