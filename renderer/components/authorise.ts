import { createStore, type StoreApi } from 'zustand/vanilla';
import type { InputOf, LoginTile, MethodName, Result, ResultOf } from '../../shared/contract/index.ts';
import type { CallFn } from '../app/guardedCall.ts';

// When the core answers that a call needs a supervisor (a refund by a trainee, a discount
// beyond the trainee's limit), the screen asks a supervisor for their PIN or badge, gets a
// one-call authorisation from auth.authorise and sends the same call again with it. The
// dialog's state changes are plain functions; `createAuthoriser` ties them to the calls.

export interface AuthoriseRequest {
  method: MethodName;
  /** The core's words for why a supervisor is needed. */
  why: string;
}

export interface AuthoriseState {
  request: AuthoriseRequest | null;
  /** The supervisor who is entering their PIN. */
  supervisor: LoginTile | null;
  busy: boolean;
  problem: string | null;
}

export const notAsking: AuthoriseState = { request: null, supervisor: null, busy: false, problem: null };

export function ask(_state: AuthoriseState, request: AuthoriseRequest): AuthoriseState {
  return { ...notAsking, request };
}

export function chooseSupervisor(state: AuthoriseState, supervisor: LoginTile | null): AuthoriseState {
  return state.request ? { ...state, supervisor, problem: null, busy: false } : state;
}

export function checking(state: AuthoriseState): AuthoriseState {
  return state.request ? { ...state, busy: true, problem: null } : state;
}

export function refused(state: AuthoriseState, problem: string): AuthoriseState {
  return state.request ? { ...state, busy: false, problem } : state;
}

/** People who can authorise: supervisors and managers other than the person asking. */
export function authorisers(tiles: readonly LoginTile[], askingId: string): LoginTile[] {
  return tiles.filter((t) => t.role !== 'trainee' && t.id !== askingId);
}

export const NOT_AUTHORISED = 'Nothing was done: no supervisor authorised it.';

export interface Authoriser {
  store: StoreApi<AuthoriseState>;
  /**
   * Makes the call; when the core says a supervisor must authorise it, asks for one and
   * sends the same call again with their authorisation. Cancelling gives a refusal that
   * says nothing was done.
   */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<ResultOf<M>>>;
  /** The dialog got an authorisation for the request. */
  granted(token: string): void;
  cancel(): void;
}

export function createAuthoriser(call: CallFn): Authoriser {
  const store = createStore<AuthoriseState>()(() => notAsking);
  let waiting: ((token: string | null) => void) | null = null;

  const settle = (token: string | null) => {
    const resolve = waiting;
    waiting = null;
    store.setState(notAsking);
    resolve?.(token);
  };

  const askFor = (request: AuthoriseRequest): Promise<string | null> => {
    waiting?.(null);
    store.setState((s) => ask(s, request));
    return new Promise((resolve) => {
      waiting = resolve;
    });
  };

  return {
    store,
    async call(method, input) {
      let result = await call(method, input);
      // A supervisor whose own limit is too small is told so, and someone else can be asked.
      while (!result.ok && result.error.needsAuthorisation) {
        const token = await askFor({ method, why: result.error.message });
        if (token === null) return { ok: false, error: { code: 'forbidden', message: NOT_AUTHORISED } };
        result = await call(method, input, token);
      }
      return result;
    },
    granted: (token) => settle(token),
    cancel: () => settle(null),
  };
}
