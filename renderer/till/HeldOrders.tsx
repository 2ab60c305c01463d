import { useState, type FormEvent } from 'react';
import type { HeldOrder } from '../../shared/contract/index.ts';
import { formatCafeClock } from '../../shared/dates.ts';
import { Alert, Loading } from '../components/feedback.tsx';
import { Dialog } from './Dialog.tsx';

const QUICK_LABELS = ['Table 1', 'Table 2', 'Table 3', 'Table 4', 'Table 5', 'Table 6'] as const;

/** Parks the basket under a name the trainee will recognise ("Table 4"). */
export function HoldDialog({ busy, problem, onHold, onClose }: { busy: boolean; problem: string | null; onHold: (label: string) => void; onClose: () => void }) {
  const [label, setLabel] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (label.trim() === '') setShown('Type a name for the order, or tap a table.');
    else onHold(label.trim());
  };
  return (
    <Dialog title="Hold this order" onClose={onClose} closeLabel="Cancel" className="dialog-hold">
      <form onSubmit={submit} noValidate>
        {(shown ?? problem) ? <Alert>{shown ?? problem}</Alert> : null}
        <p className="lead">The order waits on this till until someone picks it up.</p>
        <div className="quick-row" role="group" aria-label="Tables">
          {QUICK_LABELS.map((l) => (
            <button key={l} type="button" className="button button-secondary" aria-pressed={label === l} onClick={() => setLabel(l)}>
              {l}
            </button>
          ))}
        </div>
        <div className="field">
          <label htmlFor="hold-label" className="field-label">
            Name for the order
          </label>
          <input id="hold-label" className="input" autoComplete="off" maxLength={40} value={label} onChange={(e) => setLabel(e.target.value)} data-autofocus="" />
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button button-large" disabled={busy}>
            Hold the order
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface HeldListProps {
  orders: HeldOrder[] | null;
  problem: string | null;
  basketEmpty: boolean;
  onPickUp: (order: HeldOrder) => void;
  onClose: () => void;
}

export function HeldOrdersDialog({ orders, problem, basketEmpty, onPickUp, onClose }: HeldListProps) {
  return (
    <Dialog title="Held orders" onClose={onClose} className="dialog-held">
      {problem ? <Alert>{problem}</Alert> : null}
      {orders === null && !problem ? <Loading what="held orders" /> : null}
      {orders?.length === 0 ? <p className="lead">No orders are waiting.</p> : null}
      {orders && orders.length > 0 && !basketEmpty ? <p className="field-hint">Pay for or hold the order in the basket first, then pick one up.</p> : null}
      {orders && orders.length > 0 ? (
        <ul className="held-list" aria-label="Waiting orders">
          {orders.map((o) => {
            const items = o.basket.lines.reduce((n, l) => n + l.quantity, 0);
            return (
              <li key={o.id} className="held-order">
                <div>
                  <strong className="held-label">{o.label}</strong>
                  <span className="held-meta">
                    {items === 1 ? '1 item' : `${items} items`}, held by {o.heldBy} at {formatCafeClock(o.at)}
                  </span>
                </div>
                <button type="button" className="button" disabled={!basketEmpty} onClick={() => onPickUp(o)}>
                  Pick up<span className="visually-hidden"> {o.label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Dialog>
  );
}
