import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Api } from '../api/client.ts';
import type { ScannerHub } from '../scanning/scannerHub.ts';
import type { SessionState, SessionStore } from '../session/sessionStore.ts';
import type { CallFn } from './guardedCall.ts';

/** What every screen needs, made once in main.tsx and passed down (no module singletons). */
export interface AppServices {
  api: Api;
  session: SessionStore;
  /** api.call that also notices a session the core has ended. */
  call: CallFn;
  /** Scans from keyboard scanners and the host's readers, for the screen on top. */
  scanner: ScannerHub;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('AppContext is missing: render screens inside <AppContext value={…}>.');
  return services;
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useApp().session, selector);
}
