import { z } from 'zod';
import { method, type Role } from './define.ts';
import { idSchema } from './fields.ts';

export type AuditOutcome = 'done' | 'refused' | 'failed';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: Role | null;
  authorisedByName: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  outcome: AuditOutcome;
  /** What happened, in plain words, never PINs or badge codes. */
  summary: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` to read older entries; null at the start of the log. */
  nextBefore: number | null;
  actions: string[];
}

export const auditMethods = {
  'audit.list': method<AuditPage>()({
    input: z.strictObject({
      actorId: idSchema.optional(),
      action: z.string({ error: 'Choose an action from the list.' }).max(64).optional(),
      before: z
        .number({ error: 'Page position must be a number.' })
        .int('Page position must be a whole number.')
        .positive('Page position must be above zero.')
        .optional(),
      limit: z
        .number({ error: 'Page size must be a number.' })
        .int('Page size must be a whole number.')
        .min(1, 'Ask for at least 1 entry.')
        .max(500, 'At most 500 entries at a time.')
        .default(100),
    }),
    access: ['manager'],
    kind: 'read',
  }),
};
