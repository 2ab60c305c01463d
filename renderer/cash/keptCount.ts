import { useEffect } from 'react';
import { isEmptyCount, restoredCount, savedCount, type DrawerCountStore } from './drawerCount.ts';

// Keeps a half-done count in the window's session storage, so the till locking itself
// while someone counts coins does not lose what they typed. Storage may be unavailable
// (a locked-down browser): then counts simply are not kept.

export const FLOAT_COUNT_KEY = 'apron.cash.floatCount';
export const CLOSE_COUNT_KEY = 'apron.cash.closeCount';

export function readKept(key: string, cashSessionId: string | null) {
  try {
    return restoredCount(window.sessionStorage.getItem(key), cashSessionId);
  } catch {
    return null;
  }
}

/** Writes the count on every change; an empty count (after opening or closing) is forgotten. */
export function useKeptCount(store: DrawerCountStore, key: string, cashSessionId: () => string | null): void {
  useEffect(
    () =>
      store.subscribe((state) => {
        try {
          if (isEmptyCount(state)) window.sessionStorage.removeItem(key);
          else window.sessionStorage.setItem(key, savedCount(state, cashSessionId()));
        } catch {
          // Not kept; the count on screen is unaffected.
        }
      }),
    [store, key, cashSessionId],
  );
}
