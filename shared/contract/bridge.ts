import type { EventMessage } from './events.ts';
import type { Result } from './result.ts';

/**
 * What the Electron preload exposes as `window.apron`, and what the browser transport
 * offers over HTTP + WebSocket: the same two functions.
 */
export interface ApronBridge {
  call(method: string, input: unknown, authorisation?: string): Promise<Result<unknown>>;
  on(listener: (message: EventMessage) => void): () => void;
}

/** The HTTP body of POST /api/call in browser mode. */
export interface CallRequest {
  method: string;
  input: unknown;
  authorisation?: string;
}

export const IPC_CALL_CHANNEL = 'apron:call';
export const IPC_EVENT_CHANNEL = 'apron:event';
