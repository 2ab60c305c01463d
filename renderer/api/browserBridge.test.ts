import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../shared/contract/index.ts';
import { createBrowserBridge, eventsUrl, isResult, type BrowserBridgeDeps, type ConnectionState, type SocketHandlers } from './browserBridge.ts';
import { createApi } from './client.ts';

interface FakeWorld {
  deps: BrowserBridgeDeps;
  sockets: { url: string; handlers: SocketHandlers; closed: boolean }[];
  timers: { fn: () => void; ms: number }[];
  requests: { url: string; init: RequestInit }[];
}

function world(answer: (body: unknown) => unknown | Promise<unknown>): FakeWorld {
  const w: FakeWorld = {
    sockets: [],
    timers: [],
    requests: [],
    deps: {
      fetch: async (url, init) => {
        w.requests.push({ url, init });
        const value = await answer(JSON.parse(String(init.body)));
        return { json: async () => value } as Response;
      },
      openSocket: (url, handlers) => {
        const socket = { url, handlers, closed: false };
        w.sockets.push(socket);
        return { close: () => (socket.closed = true) };
      },
      location: { protocol: 'http:', host: '127.0.0.1:5170' },
      setTimeout: (fn, ms) => w.timers.push({ fn, ms }),
      random: () => 0.5,
    },
  };
  return w;
}

describe('browser-mode calls', () => {
  it('posts the method, input and authorisation to /api/call with the session cookie', async () => {
    const w = world(() => ({ ok: true, value: { setUp: false } }));
    const api = createApi(createBrowserBridge(w.deps));
    const result = await api.call('staff.clearLockout', { staffId: 'p1' }, 'token-1');
    expect(result).toEqual({ ok: true, value: { setUp: false } });
    const request = w.requests[0];
    expect(request?.url).toBe('/api/call');
    expect(request?.init.method).toBe('POST');
    expect(request?.init.credentials).toBe('same-origin');
    expect(JSON.parse(String(request?.init.body))).toEqual({ method: 'staff.clearLockout', input: { staffId: 'p1' }, authorisation: 'token-1' });
  });

  it('passes an error Result through as it is', async () => {
    const error = { ok: false, error: { code: 'forbidden', message: 'Please log in first.' } };
    const api = createApi(createBrowserBridge(world(() => error).deps));
    expect(await api.call('staff.list', {})).toEqual(error);
  });

  it('turns a network failure into "unavailable" with a plain message', async () => {
    const w = world(() => {
      throw new TypeError('Failed to fetch');
    });
    const result = await createApi(createBrowserBridge(w.deps)).call('cafe.status', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unavailable');
      expect(result.error.message).toMatch(/not answering/);
    }
  });

  it('turns an answer that is not a Result (a proxy error page) into "unavailable"', async () => {
    const result = await createApi(createBrowserBridge(world(() => ({ hello: 'there' })).deps)).call('cafe.status', {});
    expect(result.ok ? null : result.error.code).toBe('unavailable');
  });

  it('recognises Results', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: false, error: { code: 'internal', message: 'x' } })).toBe(true);
    expect(isResult({ ok: false, error: 'x' })).toBe(false);
    expect(isResult(null)).toBe(false);
  });
});

describe('browser-mode events', () => {
  it('uses the same origin for the socket', () => {
    expect(eventsUrl({ protocol: 'http:', host: '127.0.0.1:5170' })).toBe('ws://127.0.0.1:5170/api/events');
    expect(eventsUrl({ protocol: 'https:', host: 'till.local' })).toBe('wss://till.local/api/events');
  });

  it('delivers event messages to every listener and ignores junk', () => {
    const w = world(() => null);
    const bridge = createBrowserBridge(w.deps);
    const got: EventMessage[] = [];
    bridge.on((m) => got.push(m));
    const socket = w.sockets[0];
    socket?.handlers.onOpen();
    socket?.handlers.onMessage(JSON.stringify({ event: 'badge.scanned', payload: { code: 'B-1234' } }));
    socket?.handlers.onMessage('not json');
    socket?.handlers.onMessage(JSON.stringify({ nothing: true }));
    expect(got).toEqual([{ event: 'badge.scanned', payload: { code: 'B-1234' } }]);
    expect(w.sockets).toHaveLength(1);
  });

  it('reconnects with growing waits after the socket drops, and says so', () => {
    const w = world(() => null);
    const bridge = createBrowserBridge(w.deps);
    const states: ConnectionState[] = [];
    bridge.onConnection((s) => states.push(s));
    w.sockets[0]?.handlers.onOpen();
    w.sockets[0]?.handlers.onGone();
    expect(w.timers.map((t) => t.ms)).toEqual([250]);
    w.timers[0]?.fn();
    w.sockets[1]?.handlers.onGone();
    expect(w.timers.map((t) => t.ms)).toEqual([250, 500]);
    w.timers[1]?.fn();
    w.sockets[2]?.handlers.onOpen();
    expect(states).toEqual(['disconnected', 'connecting', 'connected', 'disconnected', 'connecting', 'disconnected', 'connecting', 'connected']);
    // A good connection starts the waits again from the shortest.
    w.sockets[2]?.handlers.onGone();
    expect(w.timers.at(-1)?.ms).toBe(250);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const w = world(() => null);
    const bridge = createBrowserBridge(w.deps);
    const got: EventMessage[] = [];
    const stop = bridge.on((m) => got.push(m));
    stop();
    w.sockets[0]?.handlers.onMessage(JSON.stringify({ event: 'session.changed', payload: { reason: 'idle' } }));
    expect(got).toEqual([]);
  });
});

describe('the Electron bridge', () => {
  it('is used as it is, and a thrown IPC failure becomes "unavailable"', async () => {
    const api = createApi({
      call: () => Promise.reject(new Error('IPC gone')),
      on: () => () => {},
    });
    const result = await api.call('cafe.status', {});
    expect(result.ok ? null : result.error.code).toBe('unavailable');
    const states: ConnectionState[] = [];
    api.onConnection((s) => states.push(s));
    expect(states).toEqual(['connected']);
  });
});
