import { useEffect, useState } from 'react';
import type { SignedInStaff, SwapOffer } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { hrefFor } from '../app/routes.ts';
import { ScreenHeading } from '../components/feedback.tsx';
import { ManagerPart } from './ManagerPart.tsx';
import { swapGroups } from './swapList.ts';
import { SwapsPart } from './SwapsPart.tsx';
import { cafeToday } from './week.ts';
import { WeekPlanner } from './WeekPlanner.tsx';
import '../till/till.css';
import './rota.css';

type Part = 'week' | 'swaps' | 'manage';

function useSwaps(reloads: number): { swaps: SwapOffer[] | null; problem: string | null } {
  const { api, call } = useApp();
  const [swaps, setSwaps] = useState<SwapOffer[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void call('swaps.list', {}).then((r) => {
        if (!live) return;
        if (r.ok) {
          setSwaps(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      });
    load();
    const stop = api.on((m) => {
      if (m.event === 'rota.changed') load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call, reloads]);
  return { swaps, problem };
}

/** Supervisors and managers plan the week here; managers also keep the stations and rules. */
export function RotaScreen({ staff }: { staff: SignedInStaff }) {
  const [today] = useState(() => cafeToday(new Date()));
  const [part, setPart] = useState<Part>('week');
  const [swapReloads, setSwapReloads] = useState(0);
  const { swaps, problem } = useSwaps(swapReloads);
  const waiting = swapGroups(swaps ?? []).waiting.length;
  const parts: { part: Part; label: string }[] = [
    { part: 'week', label: 'Plan the week' },
    { part: 'swaps', label: waiting > 0 ? `Swaps to decide (${waiting})` : 'Swaps' },
    ...(staff.role === 'manager' ? [{ part: 'manage' as const, label: 'Stations and rules' }] : []),
  ];

  return (
    <div className="screen screen-rota">
      <ScreenHeading title="Rota">Rota</ScreenHeading>
      <p className="lead">
        Plan who works where, then publish the week so trainees see their shifts. Who cannot work when is on <a href={hrefFor('availability')}>Availability and time off</a>.
      </p>
      <nav className="rota-parts" aria-label="Parts of the rota">
        {parts.map((p) => (
          <button key={p.part} type="button" className={`button ${part === p.part ? 'button-primary' : 'button-secondary'}`} aria-pressed={part === p.part} onClick={() => setPart(p.part)}>
            {p.label}
          </button>
        ))}
      </nav>
      {/* Hidden, not gone: the week chosen and the view stay when the person comes back. */}
      <div hidden={part !== 'week'}>
        <WeekPlanner today={today} />
      </div>
      {part === 'swaps' ? <SwapsPart swaps={swaps} problem={problem} onChanged={() => setSwapReloads((n) => n + 1)} /> : null}
      {part === 'manage' && staff.role === 'manager' ? <ManagerPart /> : null}
    </div>
  );
}
