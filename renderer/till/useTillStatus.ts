import { useEffect, useState } from 'react';
import type { CashSession, TillState } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';

// What the till is doing now: practice mode and discount limits (till.state), and whether
// a supervisor has counted the float (cash.current). Kept fresh by the core's events, so
// a switch made on one screen shows on every screen.

export function useTillState(): { till: TillState | null; problem: string | null; setTill: (till: TillState) => void } {
  const { api, call } = useApp();
  const [till, setTill] = useState<TillState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('till.state', {}).then((r) => {
        if (!live) return;
        if (r.ok) {
          setTill(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      });
    load();
    const stop = api.on((m) => {
      if (m.event === 'till.changed') load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call]);

  return { till, problem, setTill };
}

/** undefined while loading; null when the till is not open. */
export function useCashSession(): { cash: CashSession | null | undefined; problem: string | null } {
  const { api, call } = useApp();
  const [cash, setCash] = useState<CashSession | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('cash.current', {}).then((r) => {
        if (!live) return;
        if (r.ok) {
          setCash(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      });
    load();
    const stop = api.on((m) => {
      if (m.event === 'cash.changed') load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call]);

  return { cash, problem };
}
