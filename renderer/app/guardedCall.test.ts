import { describe, expect, it } from 'vitest';
import { err, ok, type EventMessage, type Result, type SessionInfo } from '../../shared/contract/index.ts';
import { createApi } from '../api/client.ts';
import { createSessionStore, started } from '../session/sessionStore.ts';
import { guardedCall } from './guardedCall.ts';

const cafe = { setUp: true, name: 'Café', sample: false, version: '1' };
const tom: SessionInfo = { staff: { id: 't', displayName: 'Tom Trainee', role: 'trainee' }, idleLockSeconds: 120, endedBecause: null };

function setUp(answers: Record<string, Result<unknown>>) {
  const api = createApi({ call: async (method) => answers[method] ?? err('not_found', 'no'), on: (_l: (m: EventMessage) => void) => () => {} });
  const session = createSessionStore();
  session.setState((s) => started(s, { cafe, session: tom }));
  return { call: guardedCall(api, session), session };
}

describe('calls from a signed-in screen', () => {
  it('go back to login, saying why, when the core has locked the session for idleness', async () => {
    const { call, session } = setUp({
      'staff.list': err('forbidden', 'The till locked itself because nobody used it for a while. Log in again.'),
      'auth.session': ok({ staff: null, idleLockSeconds: 120, endedBecause: 'idle' }),
    });
    const result = await call('staff.list', {});
    expect(result.ok).toBe(false);
    expect(session.getState()).toMatchObject({ phase: 'login', lockedBecauseIdle: true });
  });

  it('stay signed in when the person is simply not allowed', async () => {
    const { call, session } = setUp({
      'audit.list': err('forbidden', 'Tom Trainee, this needs a manager.'),
      'auth.session': ok(tom),
    });
    await call('audit.list', {});
    expect(session.getState().phase).toBe('signedIn');
  });
});
