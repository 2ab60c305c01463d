import { err, type ApronBridge, type EventMessage, type InputOf, type MethodName, type Result, type ResultOf } from '../../shared/contract/index.ts';
import { SERVER_NOT_ANSWERING, type ConnectionState, type EventBridge } from './browserBridge.ts';

/** The one way screens reach the core, typed from the contract. */
export interface Api {
  call<M extends MethodName>(method: M, input: InputOf<M>, authorisation?: string): Promise<Result<ResultOf<M>>>;
  on(listener: (message: EventMessage) => void): () => void;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export function createApi(bridge: ApronBridge | EventBridge): Api {
  return {
    async call<M extends MethodName>(method: M, input: InputOf<M>, authorisation?: string): Promise<Result<ResultOf<M>>> {
      try {
        // The bridge is untyped on the wire; the contract says what comes back for M.
        return (await bridge.call(method, input, authorisation)) as Result<ResultOf<M>>;
      } catch {
        return err('unavailable', SERVER_NOT_ANSWERING);
      }
    },
    on: (listener) => bridge.on(listener),
    onConnection(listener) {
      if ('onConnection' in bridge) return bridge.onConnection(listener);
      // Electron's IPC is there as long as the window is.
      listener('connected');
      return () => {};
    },
  };
}
