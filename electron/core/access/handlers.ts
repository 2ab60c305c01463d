import { randomBytes } from 'node:crypto';
import { contract, isMethodName, type LoginTile, type SessionInfo } from '../../../shared/contract/index.ts';
import type { Handlers, WriteContext } from '../context.ts';
import { fail } from '../errors.ts';
import { toCaller, type StaffRow } from '../people/staffRows.ts';
import type { Sessions } from '../sessions.ts';
import { checkBadge, checkPin } from './credentials.ts';
import { idleLockSeconds, sessionInfo } from './session.ts';

const AUTHORISATION_SECONDS = 120;

type AuthHandlers = Pick<
  Handlers,
  'auth.session' | 'auth.loginTiles' | 'auth.loginWithPin' | 'auth.loginWithBadge' | 'auth.logout' | 'auth.stillHere' | 'auth.authorise'
>;

export function accessHandlers(sessions: Sessions): AuthHandlers {
  function signIn(ctx: WriteContext, row: StaffRow, how: string): SessionInfo {
    const caller = toCaller(row);
    ctx.note({ actor: caller, subjectType: 'staff', subjectId: row.id, summary: `${row.display_name} logged in with ${how}` });
    ctx.afterCommit(() => sessions.signIn(ctx.sessionKey, row.id, ctx.now.getTime()));
    ctx.emit({ event: 'session.changed', payload: { reason: 'login' } }, ctx.sessionKey);
    return { staff: caller, idleLockSeconds: idleLockSeconds(ctx.db), endedBecause: null };
  }

  return {
    'auth.session': (ctx) => sessionInfo(ctx.db, sessions, ctx.sessionKey, ctx.caller),

    'auth.loginTiles': (ctx) =>
      ctx.db
        .prepare<[], LoginTile>(
          `SELECT id, display_name AS displayName, role FROM staff
           WHERE active = 1 AND pin_hash IS NOT NULL ORDER BY display_name COLLATE NOCASE`,
        )
        .all(),

    'auth.loginWithPin': (ctx, input) => {
      // Named before the check so that a wrong PIN is audited against the right person.
      ctx.note({ subjectType: 'staff', subjectId: input.staffId });
      return signIn(ctx, checkPin(ctx.db, input.staffId, input.pin, ctx.now), 'a PIN');
    },

    'auth.loginWithBadge': (ctx, input) => signIn(ctx, checkBadge(ctx.db, input.badge), 'a badge'),

    'auth.logout': (ctx) => {
      ctx.note({ summary: `${ctx.caller?.displayName ?? 'Someone'} logged out` });
      ctx.afterCommit(() => sessions.signOut(ctx.sessionKey, null));
      ctx.emit({ event: 'session.changed', payload: { reason: 'logout' } }, ctx.sessionKey);
      return { staff: null, idleLockSeconds: idleLockSeconds(ctx.db), endedBecause: null };
    },

    'auth.stillHere': (ctx) => ({ idleLockSeconds: idleLockSeconds(ctx.db) }),

    'auth.authorise': (ctx, input) => {
      if (!isMethodName(input.method)) fail('invalid_input', 'Apron does not know that action.', { field: 'method' });
      const allowed = (contract[input.method] as { authorisableBy?: readonly string[] }).authorisableBy;
      if (!allowed) fail('invalid_input', 'That action cannot be authorised for someone else.', { field: 'method' });
      const row = 'badge' in input.credential ? checkBadge(ctx.db, input.credential.badge) : checkPin(ctx.db, input.credential.staffId, input.credential.pin, ctx.now);
      if (row.id === ctx.caller?.id) fail('forbidden', 'Someone else must authorise this: you cannot authorise your own action.', { field: 'credential' });
      if (!allowed.includes(row.role)) fail('forbidden', `${row.display_name} cannot authorise this. Ask a supervisor or manager.`, { field: 'credential', record: true });
      const authorisedBy = toCaller(row);
      const token = randomBytes(18).toString('base64url');
      const expiresAt = ctx.now.getTime() + AUTHORISATION_SECONDS * 1000;
      ctx.note({ subjectType: 'method', subjectId: input.method, summary: `${row.display_name} authorised ${input.method} for ${ctx.caller?.displayName ?? 'someone'}` });
      ctx.afterCommit(() =>
        sessions.addAuthorisation(ctx.sessionKey, { token, method: input.method, staffId: row.id, displayName: row.display_name, role: row.role, expiresAt }),
      );
      return { token, method: input.method, authorisedBy, expiresAt: new Date(expiresAt).toISOString() };
    },
  };
}
