import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL } from '../../shared/contract/bridge.ts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'pong' })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  beforeEach(() => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
  });

  it('exposes window.apron with call and on only', async () => {
    await import('./preload.ts');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe('apron');
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('does not leak ipcRenderer through what it exposes', async () => {
    await import('./preload.ts');
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    const unsubscribe = (api.on as (l: () => void) => unknown)(() => {});
    expect(unsubscribe).not.toBe(electron.ipcRenderer);
    expect(typeof unsubscribe).toBe('function');
  });

  it('calls through ipcRenderer.invoke on the call channel', async () => {
    await import('./preload.ts');
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, { call: (m: string, i: unknown) => Promise<unknown> }];
    await expect(api.call('auth.session', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, { method: 'auth.session', input: {} });
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});
