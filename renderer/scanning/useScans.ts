import { useEffect, useRef } from 'react';
import { useApp } from '../app/AppContext.tsx';
import type { ScanHandler } from './scannerHub.ts';

/** While this screen is mounted (and `active`), it is the one that gets scans. */
export function useScans(handler: ScanHandler, active = true): void {
  const { scanner } = useApp();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  }, [handler]);
  useEffect(() => (active ? scanner.subscribe((scan) => latest.current(scan)) : undefined), [scanner, active]);
}
