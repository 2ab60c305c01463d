// Imported file by file, not through shared/contract/index.ts, so the sandboxed preload
// bundle stays small and carries no schemas.
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type ApronBridge, type CallRequest } from '../../shared/contract/bridge.ts';
import type { EventMessage } from '../../shared/contract/events.ts';
import { err, type Result } from '../../shared/contract/result.ts';

/** The parts of Electron's `ipcRenderer` the bridge uses; tests pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * `window.apron`: two functions and nothing else. The page never sees ipcRenderer, a
 * channel name of its choosing, or Electron's event object (which carries `sender`).
 */
export function createBridge(ipc: IpcRendererLike): ApronBridge {
  return {
    async call(method: string, input: unknown, authorisation?: string): Promise<Result<unknown>> {
      const request: CallRequest = authorisation === undefined ? { method, input } : { method, input, authorisation };
      try {
        return (await ipc.invoke(IPC_CALL_CHANNEL, request)) as Result<unknown>;
      } catch {
        // Only when the main process has no handler or the input cannot be cloned: errors
        // travel as values, so the screen shows a message instead of an unhandled rejection.
        return err('unavailable', 'Apron is not answering just now. Please try again in a moment.');
      }
    },
    on(listener: (message: EventMessage) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('apron.on needs a function');
      const forward = (_event: unknown, message: unknown) => listener(message as EventMessage);
      ipc.on(IPC_EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(IPC_EVENT_CHANNEL, forward);
      };
    },
  };
}
