import { err, type ApronBridge, type CallRequest, type EventMessage, type Result } from '../../shared/contract/index.ts';
import { reconnectDelay } from './backoff.ts';

// Browser mode: calls go over POST /api/call (the body is always a Result), events come
// over one WebSocket at /api/events on the same origin, reconnecting with backoff.

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface EventBridge extends ApronBridge {
  /** Whether events can reach this screen now; the listener is told at once and on every change. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export const SERVER_NOT_ANSWERING = 'Apron is not answering. Check that Apron is running on this computer, then try again.';

export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: unknown): void;
  /** Closed or failed: either way it is gone. */
  onGone(): void;
}

export interface SocketLike {
  close(): void;
}

export interface BrowserBridgeDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  openSocket: (url: string, handlers: SocketHandlers) => SocketLike;
  /** Where the page came from: the API is on the same origin. */
  location: { protocol: string; host: string };
  setTimeout: (fn: () => void, ms: number) => unknown;
  random: () => number;
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in value;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

export function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string' && 'payload' in value;
}

export function eventsUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/events`;
}

export function createBrowserBridge(deps: BrowserBridgeDeps): EventBridge {
  const listeners = new Set<(message: EventMessage) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'disconnected';
  let socket: SocketLike | null = null;
  let failures = 0;
  let retryPending = false;

  function setState(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    for (const listener of connectionListeners) listener(next);
  }

  function scheduleReconnect(): void {
    if (retryPending) return;
    retryPending = true;
    const delay = reconnectDelay(failures, deps.random());
    failures += 1;
    deps.setTimeout(() => {
      retryPending = false;
      connect();
    }, delay);
  }

  function connect(): void {
    if (socket) return;
    setState('connecting');
    let opened: SocketLike | null = null;
    const handlers: SocketHandlers = {
      onOpen: () => {
        if (socket !== opened) return;
        failures = 0;
        setState('connected');
      },
      onMessage: (data) => {
        if (typeof data !== 'string') return;
        let message: unknown;
        try {
          message = JSON.parse(data);
        } catch {
          return;
        }
        if (!isEventMessage(message)) return;
        for (const listener of [...listeners]) listener(message);
      },
      onGone: () => {
        if (socket !== opened) return;
        socket = null;
        setState('disconnected');
        scheduleReconnect();
      },
    };
    try {
      opened = deps.openSocket(eventsUrl(deps.location), handlers);
    } catch {
      setState('disconnected');
      scheduleReconnect();
      return;
    }
    socket = opened;
  }

  return {
    async call(method: string, input: unknown, authorisation?: string): Promise<Result<unknown>> {
      const body: CallRequest = { method, input, ...(authorisation ? { authorisation } : {}) };
      try {
        const response = await deps.fetch('/api/call', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const answer: unknown = await response.json();
        return isResult(answer) ? answer : err('unavailable', SERVER_NOT_ANSWERING);
      } catch {
        return err('unavailable', SERVER_NOT_ANSWERING);
      }
    },

    on(listener) {
      listeners.add(listener);
      connect();
      return () => listeners.delete(listener);
    },

    onConnection(listener) {
      connectionListeners.add(listener);
      listener(state);
      connect();
      return () => connectionListeners.delete(listener);
    },
  };
}
