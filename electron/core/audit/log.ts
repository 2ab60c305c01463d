import type { AuditEntry, AuditOutcome, AuditPage, Role } from '../../../shared/contract/index.ts';
import type { ReadDb, WriteDb } from '../db/handles.ts';
import type { Caller } from '../context.ts';

export interface AuditRecord {
  at: Date;
  actor: Caller | null;
  authorisedBy: Caller | null;
  action: string;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  outcome: AuditOutcome;
  summary: string;
}

export function appendAudit(db: WriteDb, record: AuditRecord): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, actor_role, authorised_by_id, authorised_by_name, action, subject_type, subject_id, outcome, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.at.toISOString(),
    record.actor?.id ?? null,
    record.actor?.displayName ?? null,
    record.actor?.role ?? null,
    record.authorisedBy?.id ?? null,
    record.authorisedBy?.displayName ?? null,
    record.action,
    record.subjectType ?? null,
    record.subjectId ?? null,
    record.outcome,
    record.summary,
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: Role | null;
  authorised_by_name: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: AuditOutcome;
  summary: string;
}

export function listAudit(db: ReadDb, filter: { actorId?: string | undefined; action?: string | undefined; before?: number | undefined; limit: number }): AuditPage {
  const rows = db
    .prepare<{ actor: string | null; action: string | null; before: number | null; limit: number }, AuditRow>(
      `SELECT id, at, actor_id, actor_name, actor_role, authorised_by_name, action, subject_type, subject_id, outcome, summary
       FROM audit_log
       WHERE (@actor IS NULL OR actor_id = @actor) AND (@action IS NULL OR action = @action) AND (@before IS NULL OR id < @before)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({ actor: filter.actorId ?? null, action: filter.action ?? null, before: filter.before ?? null, limit: filter.limit + 1 });
  const more = rows.length > filter.limit;
  const page = rows.slice(0, filter.limit);
  const entries: AuditEntry[] = page.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    authorisedByName: r.authorised_by_name,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    outcome: r.outcome,
    summary: r.summary,
  }));
  const actions = db.prepare<[], { action: string }>('SELECT DISTINCT action FROM audit_log ORDER BY action').all().map((r) => r.action);
  return { entries, nextBefore: more ? (page.at(-1)?.id ?? null) : null, actions };
}
