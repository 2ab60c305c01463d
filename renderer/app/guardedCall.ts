import type { InputOf, MethodName, Result, ResultOf } from '../../shared/contract/index.ts';
import type { Api } from '../api/client.ts';
import { signedOut, type SessionStore } from '../session/sessionStore.ts';

export type CallFn = <M extends MethodName>(method: M, input: InputOf<M>, authorisation?: string) => Promise<Result<ResultOf<M>>>;

/**
 * Calls made by signed-in screens. A refusal may mean the session ended under the screen
 * (the core locked it for idleness): then the screen goes back to login and says why.
 */
export function guardedCall(api: Api, session: SessionStore): CallFn {
  return async (method, input, authorisation) => {
    const result = await api.call(method, input, authorisation);
    if (!result.ok && result.error.code === 'forbidden' && session.getState().phase === 'signedIn') {
      const now = await api.call('auth.session', {});
      if (now.ok && !now.value.staff) {
        session.setState((s) => signedOut(s, now.value.endedBecause, now.value.idleLockSeconds));
      }
    }
    return result;
  };
}
