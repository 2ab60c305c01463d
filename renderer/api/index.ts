import type { ApronBridge } from '../../shared/contract/index.ts';
import { createBrowserBridge } from './browserBridge.ts';
import { createApi, type Api } from './client.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    apron?: ApronBridge;
  }
}

/** Electron's preload bridge when there is one, otherwise HTTP + WebSocket to the page's own server. */
export function connectApi(win: Window): Api {
  if (win.apron) return createApi(win.apron);
  return createApi(
    createBrowserBridge({
      fetch: (url, init) => win.fetch(url, init),
      openSocket: (url, handlers) => {
        const socket = new WebSocket(url);
        socket.onopen = () => handlers.onOpen();
        socket.onmessage = (ev: MessageEvent) => handlers.onMessage(ev.data);
        socket.onclose = () => handlers.onGone();
        socket.onerror = () => handlers.onGone();
        return socket;
      },
      location: win.location,
      setTimeout: (fn, ms) => win.setTimeout(fn, ms),
      random: () => Math.random(),
    }),
  );
}

export type { Api } from './client.ts';
export type { ConnectionState } from './browserBridge.ts';
