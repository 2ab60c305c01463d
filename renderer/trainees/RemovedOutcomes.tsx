import { useEffect, useState } from 'react';
import type { Outcome } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { whileShown } from '../app/whileShown.ts';
import { Alert } from '../components/feedback.tsx';
import { outcomeDetails, outcomeHeadline } from './traineeWords.ts';

/**
 * Outcomes taken off the record stay on it as removed, with who removed them, when and why:
 * shown on request under the outcomes that count. `shown` (the counting list) changes after a
 * removal, and the removed list is asked for again.
 */
export function RemovedOutcomes({ staffId, shown }: { staffId: string; shown: readonly Outcome[] }) {
  const { call } = useApp();
  const [open, setOpen] = useState(false);
  const [removed, setRemoved] = useState<Outcome[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return undefined;
    return whileShown(call('outcomes.list', { staffId, includeRemoved: true }), (r) => {
      if (!r.ok) {
        setProblem(r.error.message);
        return;
      }
      setProblem(null);
      setRemoved(r.value.filter((o) => o.removed !== null));
    });
  }, [open, call, staffId, shown]);

  return (
    <div className="removed-outcomes">
      <button type="button" className="button button-secondary" aria-expanded={open} aria-controls="removed-outcomes-list" onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide removed outcomes' : 'Show removed outcomes'}
      </button>
      {open ? (
        <div id="removed-outcomes-list">
          {problem ? <Alert>{problem}</Alert> : null}
          {removed === null ? null : removed.length === 0 ? (
            <p>No outcomes have been removed.</p>
          ) : (
            <ul className="outcome-list" aria-label="Removed outcomes">
              {removed.map((o) => (
                <li key={o.id} className="outcome-card outcome-removed">
                  <h4 className="outcome-title">{outcomeHeadline(o)}</h4>
                  <p>{outcomeDetails(o).join('. ')}.</p>
                  {o.removed ? (
                    <p>
                      Removed by {o.removed.by.displayName} on {formatCafeTime(o.removed.at, 'EEEE d MMMM yyyy')}: {o.removed.reason}. It does not count in reports.
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
