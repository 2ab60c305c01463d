import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/contract/bridge.ts';
import type { EventMessage } from '../../shared/contract/events.ts';
import { err, type Result } from '../../shared/contract/result.ts';
import type { Call, Dispatch } from '../core/dispatcher.ts';
import type { EventListener } from '../core/events.ts';
import { isTrustedSender, type IpcSenderInfo } from './rules/ipcSender.ts';
import type { RendererLocation } from './rules/rendererLocation.ts';

/** The parts of Electron's `ipcMain` the host uses; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderInfo, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The parts of a window's `webContents` the host uses. */
export interface WebContentsLike {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** The parts of the core the host uses (see electron/core/app.ts). */
export interface CoreLike {
  dispatch: Dispatch;
  events: { subscribe(listener: EventListener): () => void };
  sessions: { forget(key: string): void };
}

export interface IpcHostOptions {
  ipcMain: IpcMainLike;
  core: CoreLike;
  location: RendererLocation;
  log?: (message: string, cause?: unknown) => void;
}

export interface IpcHost {
  /** Trusts this window's calls and sends it events; the returned function forgets it and its session. */
  attach(webContents: WebContentsLike): () => void;
  dispose(): void;
}

/** One core session per window: who is signed in belongs to the screen, as in browser mode. */
export function sessionKeyFor(webContentsId: number): string {
  return `ipc:${webContentsId}`;
}

const NOT_TRUSTED = 'This screen is not allowed to use Apron.';
const UNREADABLE = 'Apron could not read that request. Please try again.';
const BROKEN = 'Something went wrong inside Apron and nothing was saved. Please try again; if it keeps happening, tell a supervisor.';

/** What the preload sends: `{ method, input, authorisation? }`, checked field by field. */
export function readCallPayload(payload: unknown): Omit<Call, 'session'> | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const { method, input, authorisation } = payload as Record<string, unknown>;
  if (typeof method !== 'string' || method.length === 0 || method.length > 200) return null;
  if (authorisation !== undefined && typeof authorisation !== 'string') return null;
  return { method, input, authorisation };
}

/**
 * Hosts the core over IPC: one `handle` for calls, sender checked, session per window, and
 * events sent to the window whose session they concern (or to all, when they name none).
 * Every answer is a Result; nothing is thrown back over IPC, where Electron would strip it.
 */
export function createIpcHost({ ipcMain, core, location, log = () => {} }: IpcHostOptions): IpcHost {
  const windows = new Map<number, WebContentsLike>();
  const trusted = (): ReadonlySet<number> => new Set(windows.keys());

  ipcMain.handle(IPC_CALL_CHANNEL, (event: IpcSenderInfo, payload: unknown): Result<unknown> => {
    try {
      if (!isTrustedSender(event, trusted(), location)) {
        log(`refused an IPC call from webContents ${event.sender.id} (${event.senderFrame?.url ?? 'no frame'})`);
        return err('forbidden', NOT_TRUSTED);
      }
      const call = readCallPayload(payload);
      if (!call) return err('invalid_input', UNREADABLE);
      return core.dispatch({ session: sessionKeyFor(event.sender.id), ...call });
    } catch (cause) {
      // The dispatcher never throws; this is for a broken event object or a bug here.
      log('IPC call failed', cause);
      return err('internal', BROKEN);
    }
  });

  const unsubscribe = core.events.subscribe((message: EventMessage, session: string | undefined) => {
    for (const [id, contents] of windows) {
      if (session !== undefined && session !== sessionKeyFor(id)) continue;
      if (contents.isDestroyed()) continue;
      try {
        contents.send(IPC_EVENT_CHANNEL, message);
      } catch (cause) {
        log(`could not send ${message.event} to webContents ${id}`, cause);
      }
    }
  });

  return {
    attach(contents) {
      const id = contents.id;
      windows.set(id, contents);
      let attached = true;
      return () => {
        if (!attached) return;
        attached = false;
        windows.delete(id);
        core.sessions.forget(sessionKeyFor(id));
      };
    },
    dispose() {
      unsubscribe();
      ipcMain.removeHandler(IPC_CALL_CHANNEL);
      windows.clear();
    },
  };
}
