import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/contract/bridge.ts';
import type { EventMessage } from '../../shared/contract/events.ts';
import { createBridge, type IpcRendererLike } from './bridge.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(invoke: IpcRendererLike['invoke'] = async () => ({ ok: true, value: 1 })) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: vi.fn(invoke),
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipcRenderer itself', senderId: 0 }, ...args);
  };
  return { ipc, listeners, emit };
}

describe('createBridge', () => {
  it('exposes call and on, nothing else', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toEqual(['call', 'on']);
  });

  it('sends a call on the call channel as one request object and returns the Result', async () => {
    const { ipc } = fakeIpc(async () => ({ ok: true, value: { staff: null } }));
    const bridge = createBridge(ipc);
    await expect(bridge.call('auth.session', {})).resolves.toEqual({ ok: true, value: { staff: null } });
    await bridge.call('sales.refund', { id: 'x' }, 'token-1');
    expect(ipc.invoke).toHaveBeenNthCalledWith(1, IPC_CALL_CHANNEL, { method: 'auth.session', input: {} });
    expect(ipc.invoke).toHaveBeenNthCalledWith(2, IPC_CALL_CHANNEL, { method: 'sales.refund', input: { id: 'x' }, authorisation: 'token-1' });
  });

  it('turns a failed invoke into an unavailable Result rather than a rejection', async () => {
    const { ipc } = fakeIpc(async () => {
      throw new Error("No handler registered for 'apron:call'");
    });
    await expect(createBridge(ipc).call('auth.session', {})).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('passes events on without Electron’s event object', () => {
    const { ipc, emit } = fakeIpc();
    const heard: unknown[][] = [];
    createBridge(ipc).on((...args) => heard.push(args));
    const message: EventMessage = { event: 'badge.scanned', payload: { code: 'B-1' } };
    emit(IPC_EVENT_CHANNEL, message);
    emit('some.other.channel', { event: 'nope' });
    expect(heard).toEqual([[message]]);
  });

  it('returns an unsubscribe that removes exactly that listener', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.on(first);
    bridge.on(second);
    stopFirst();
    stopFirst();
    emit(IPC_EVENT_CHANNEL, { event: 'session.changed', payload: { reason: 'logout' } });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(1);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => createBridge(fakeIpc().ipc).on('nope' as unknown as () => void)).toThrow(TypeError);
  });
});
