import { useEffect } from 'react';
import { useApp, useSession } from '../app/AppContext.tsx';
import { isIdle, nextWakeAt, noteActivity, reportIfDue, startIdle } from './idle.ts';
import { idleLockChanged, signedOut } from './sessionStore.ts';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/** Watches taps and keys while someone is signed in; locks the till when nobody is using it. */
export function useIdleLock(): void {
  const { api, call, session } = useApp();
  const idleLockSeconds = useSession((s) => s.idleLockSeconds);
  const staffId = useSession((s) => s.staff?.id ?? null);

  useEffect(() => {
    if (!staffId) return;
    let state = startIdle(Date.now());
    let timer: number | undefined;
    let stopped = false;

    const report = () => {
      void call('auth.stillHere', {}).then((r) => {
        if (r.ok && r.value.idleLockSeconds !== session.getState().idleLockSeconds) session.setState((s) => idleLockChanged(s, r.value.idleLockSeconds));
      });
    };

    const lock = async () => {
      stopped = true;
      // The core ends the session on its own clock; if it still thinks someone is here
      // (its clock differs), end it anyway: the screen is locked either way.
      const now = await api.call('auth.session', {});
      if (now.ok && now.value.staff) await api.call('auth.logout', {});
      session.setState((s) => signedOut(s, 'idle'));
    };

    const schedule = () => {
      window.clearTimeout(timer);
      if (stopped) return;
      timer = window.setTimeout(wake, Math.max(0, nextWakeAt(state, idleLockSeconds) - Date.now()));
    };

    const wake = () => {
      const now = Date.now();
      if (isIdle(state, now, idleLockSeconds)) {
        void lock();
        return;
      }
      const step = reportIfDue(state, now);
      state = step.state;
      if (step.report) report();
      schedule();
    };

    const onActivity = () => {
      if (stopped) return;
      const step = noteActivity(state, Date.now());
      state = step.state;
      if (step.report) report();
      schedule();
    };

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    schedule();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [api, call, session, idleLockSeconds, staffId]);
}
