import { useEffect, useState } from 'react';
import type { EventMessage, EventName } from '../../shared/contract/index.ts';
import { useApp } from './AppContext.tsx';

/**
 * Whether a change the core announces concerns a screen: one of `events`, and when the screen is
 * about one person (`about`: their staff id), a change for them or for everyone (staffId null:
 * the skills framework, the readiness checklist). `about: null` hears only changes for everyone.
 */
export function concerns(m: EventMessage, events: readonly EventName[], about?: string | null): boolean {
  if (!events.includes(m.event)) return false;
  if (about === undefined) return true;
  const staffId = 'staffId' in m.payload ? m.payload.staffId : null;
  return staffId === null || staffId === about;
}

/**
 * A number that goes up each time the core announces a change that `concerns` the screen, for
 * a loading effect to list among its dependencies: changes made at another till show at once.
 */
export function useEventTick(events: readonly EventName[], about?: string | null): number {
  const { api } = useApp();
  const [tick, setTick] = useState(0);
  // By value, so a list written inline does not subscribe again on every render.
  const heard = events.join(' ');
  useEffect(
    () =>
      api.on((m) => {
        if (concerns(m, heard.split(' ') as EventName[], about)) setTick((n) => n + 1);
      }),
    [api, heard, about],
  );
  return tick;
}
