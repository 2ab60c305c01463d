import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/contract/bridge.ts';
import type { EventMessage } from '../../shared/contract/events.ts';
import { ok, type Result } from '../../shared/contract/result.ts';
import type { Call } from '../core/dispatcher.ts';
import { EventHub } from '../core/events.ts';
import { createIpcHost, readCallPayload, sessionKeyFor, type IpcMainLike, type WebContentsLike } from './ipcHost.ts';
import type { IpcSenderInfo } from './rules/ipcSender.ts';

type Handler = (event: IpcSenderInfo, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  const invoke = (event: IpcSenderInfo, ...args: unknown[]) => {
    const handler = handlers.get(IPC_CALL_CHANNEL);
    if (!handler) throw new Error('no handler');
    return handler(event, ...args) as Result<unknown>;
  };
  return { ipcMain, handlers, invoke };
}

function fakeWindow(id: number) {
  const sent: unknown[][] = [];
  let destroyed = false;
  const contents: WebContentsLike = {
    id,
    send: (...args) => sent.push(args),
    isDestroyed: () => destroyed,
  };
  return { contents, sent, destroy: () => (destroyed = true) };
}

function setUp(dispatch: (call: Call) => Result<unknown> = (call) => ok({ echoed: call })) {
  const ipc = fakeIpcMain();
  const events = new EventHub();
  const forget = vi.fn<(key: string) => void>();
  const dispatchSpy = vi.fn(dispatch);
  const log = vi.fn();
  const host = createIpcHost({ ipcMain: ipc.ipcMain, core: { dispatch: dispatchSpy, events, sessions: { forget } }, location: { kind: 'app' }, log });
  return { ...ipc, events, forget, dispatch: dispatchSpy, host, log };
}

const fromWindow = (id: number, url = 'app://apron/index.html#/till'): IpcSenderInfo => ({ sender: { id }, senderFrame: { url } });
const badge: EventMessage = { event: 'badge.scanned', payload: { code: 'B-1' } };

describe('IPC calls', () => {
  it('hands a trusted call to the dispatcher with the window session and returns its Result', () => {
    const t = setUp();
    const win = fakeWindow(3);
    t.host.attach(win.contents);
    const result = t.invoke(fromWindow(3), { method: 'auth.session', input: {}, authorisation: 'tok' });
    expect(t.dispatch).toHaveBeenCalledWith({ session: 'ipc:3', method: 'auth.session', input: {}, authorisation: 'tok' });
    expect(result).toEqual({ ok: true, value: { echoed: { session: 'ipc:3', method: 'auth.session', input: {}, authorisation: 'tok' } } });
  });

  it('returns error Results from the dispatcher as they are', () => {
    const t = setUp(() => ({ ok: false, error: { code: 'forbidden', message: 'Please log in first.' } }));
    t.host.attach(fakeWindow(3).contents);
    expect(t.invoke(fromWindow(3), { method: 'staff.list', input: {} })).toEqual({ ok: false, error: { code: 'forbidden', message: 'Please log in first.' } });
  });

  it('refuses a webContents that is not one of our windows, without dispatching', () => {
    const t = setUp();
    t.host.attach(fakeWindow(3).contents);
    const result = t.invoke(fromWindow(4), { method: 'auth.session', input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.dispatch).not.toHaveBeenCalled();
    expect(t.log).toHaveBeenCalled();
  });

  it('refuses our window when its frame shows another page, or the frame is gone', () => {
    const t = setUp();
    t.host.attach(fakeWindow(3).contents);
    expect(t.invoke(fromWindow(3, 'https://evil.example/'), { method: 'auth.session', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.invoke({ sender: { id: 3 }, senderFrame: null }, { method: 'auth.session', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'auth.session'],
    ['an array', ['auth.session', {}]],
    ['a number method', { method: 42, input: {} }],
    ['an empty method', { method: '', input: {} }],
    ['a huge method', { method: 'x'.repeat(201), input: {} }],
    ['a non-string authorisation', { method: 'auth.session', input: {}, authorisation: { token: 'x' } }],
  ])('answers invalid_input to %s, without dispatching', (_why, payload) => {
    const t = setUp();
    t.host.attach(fakeWindow(3).contents);
    expect(t.invoke(fromWindow(3), payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(t.dispatch).not.toHaveBeenCalled();
  });

  it('never throws over IPC, even when the dispatcher does', () => {
    const t = setUp(() => {
      throw new Error('boom');
    });
    t.host.attach(fakeWindow(3).contents);
    expect(t.invoke(fromWindow(3), { method: 'auth.session', input: {} })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(t.invoke({ sender: undefined } as unknown as IpcSenderInfo, {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('stops trusting a window once it is detached', () => {
    const t = setUp();
    const detach = t.host.attach(fakeWindow(3).contents);
    detach();
    expect(t.invoke(fromWindow(3), { method: 'auth.session', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('events', () => {
  it('sends an event for a window session to that window only', () => {
    const t = setUp();
    const a = fakeWindow(3);
    const b = fakeWindow(4);
    t.host.attach(a.contents);
    t.host.attach(b.contents);
    t.events.publish({ event: 'session.changed', payload: { reason: 'idle' } }, sessionKeyFor(4));
    expect(a.sent).toEqual([]);
    expect(b.sent).toEqual([[IPC_EVENT_CHANNEL, { event: 'session.changed', payload: { reason: 'idle' } }]]);
  });

  it('sends an event without a session to every window', () => {
    const t = setUp();
    const a = fakeWindow(3);
    const b = fakeWindow(4);
    t.host.attach(a.contents);
    t.host.attach(b.contents);
    t.events.publish(badge);
    expect(a.sent).toEqual([[IPC_EVENT_CHANNEL, badge]]);
    expect(b.sent).toEqual([[IPC_EVENT_CHANNEL, badge]]);
  });

  it('ignores events for sessions that are not windows (browser-mode cookies)', () => {
    const t = setUp();
    const a = fakeWindow(3);
    t.host.attach(a.contents);
    t.events.publish(badge, 'cookie:abc');
    expect(a.sent).toEqual([]);
  });

  it('skips a destroyed window and carries on past one whose send throws', () => {
    const t = setUp();
    const gone = fakeWindow(3);
    const broken: WebContentsLike = { id: 4, isDestroyed: () => false, send: () => { throw new Error('render process gone'); } };
    const fine = fakeWindow(5);
    t.host.attach(gone.contents);
    t.host.attach(broken);
    t.host.attach(fine.contents);
    gone.destroy();
    t.events.publish(badge);
    expect(gone.sent).toEqual([]);
    expect(fine.sent).toEqual([[IPC_EVENT_CHANNEL, badge]]);
  });
});

describe('window lifetime', () => {
  it('forgets the window session when it is detached, once', () => {
    const t = setUp();
    const win = fakeWindow(3);
    const detach = t.host.attach(win.contents);
    detach();
    detach();
    expect(t.forget).toHaveBeenCalledTimes(1);
    expect(t.forget).toHaveBeenCalledWith('ipc:3');
    t.events.publish(badge);
    expect(win.sent).toEqual([]);
  });

  it('removes its handler and listener on dispose', () => {
    const t = setUp();
    const win = fakeWindow(3);
    t.host.attach(win.contents);
    t.host.dispose();
    expect(t.handlers.has(IPC_CALL_CHANNEL)).toBe(false);
    t.events.publish(badge);
    expect(win.sent).toEqual([]);
  });
});

describe('readCallPayload', () => {
  it('keeps method, input and authorisation and nothing else', () => {
    expect(readCallPayload({ method: 'staff.list', input: { a: 1 }, extra: true })).toEqual({ method: 'staff.list', input: { a: 1 }, authorisation: undefined });
  });
});
