import type { Handlers } from '../context.ts';
import { listAudit } from './log.ts';

export function auditHandlers(): Pick<Handlers, 'audit.list'> {
  return {
    'audit.list': (ctx, input) => listAudit(ctx.db, input),
  };
}
