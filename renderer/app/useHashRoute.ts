import { useSyncExternalStore } from 'react';
import { parseRoute, type ParsedRoute } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

export function useHashRoute(): ParsedRoute {
  return parseRoute(useSyncExternalStore(subscribe, readHash));
}

export function goHome(): void {
  if (window.location.hash !== '#/') window.location.hash = '#/';
}
