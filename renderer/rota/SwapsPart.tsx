import { useState } from 'react';
import type { ApiError, SwapOffer } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { shiftPlace } from './grid.ts';
import { decisionWords, swapGroups } from './swapList.ts';

function SwapWaiting({ swap, onDecided }: { swap: SwapOffer; onDecided: (said: string) => void }) {
  const { call } = useApp();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const taker = swap.takenBy?.displayName ?? 'Someone';
  const headingId = `swap-${swap.id}`;

  const approve = async () => {
    setBusy(true);
    const r = await call('swaps.approve', { swapId: swap.id });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onDecided(`Approved: ${taker} now works ${swap.offeredBy.displayName}’s shift. It is marked as a change until you publish the week.`);
  };

  const decline = async () => {
    setBusy(true);
    const r = await call('swaps.decline', { swapId: swap.id, reason });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onDecided(`Declined: ${swap.offeredBy.displayName} keeps the shift.`);
  };

  const reasonError = errorFor(error, 'reason');
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId}>
        {swap.offeredBy.displayName} to {taker}
      </h3>
      <p>{shiftPlace(swap.shift)}.</p>
      <p>
        {swap.offeredBy.displayName} offered it{swap.note ? ` (“${swap.note}”)` : ''}. {taker} wants to take it.
      </p>
      {error && !reasonError ? <Alert>{error.message}</Alert> : null}
      {declining ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void decline();
          }}
        >
          <TextField id={`swap-reason-${swap.id}`} label="Why not?" hint="Both trainees see this, so keep it kind." value={reason} onChange={setReason} error={reasonError} maxLength={200} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              Decline the swap
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setDeclining(false);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => void approve()} disabled={busy}>
            Approve<span className="visually-hidden"> the swap from {swap.offeredBy.displayName} to {taker}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => setDeclining(true)}>
            Decline<span className="visually-hidden"> the swap from {swap.offeredBy.displayName} to {taker}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** Swaps trainees have agreed between them, for a supervisor to approve or decline. */
export function SwapsPart({ swaps, problem, onChanged }: { swaps: SwapOffer[] | null; problem: string | null; onChanged: () => void }) {
  const [said, setSaid] = useState<string | null>(null);
  const groups = swapGroups(swaps ?? []);
  return (
    <section aria-labelledby="swaps-heading">
      <h2 id="swaps-heading">Swaps</h2>
      <p className="lead">A trainee offers a shift, another takes it, and you approve it before it changes hands.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? <Notice>{said}</Notice> : null}
      <h3>Waiting for you</h3>
      {swaps !== null && groups.waiting.length === 0 ? <p>No swaps are waiting for a decision.</p> : null}
      {groups.waiting.length > 0 ? (
        <ul className="rota-list" aria-label="Swaps waiting for you">
          {groups.waiting.map((s) => (
            <SwapWaiting
              key={s.id}
              swap={s}
              onDecided={(words) => {
                setSaid(words);
                onChanged();
              }}
            />
          ))}
        </ul>
      ) : null}
      {groups.offered.length > 0 ? (
        <>
          <h3>Offered, nobody has taken them yet</h3>
          <ul className="rota-list" aria-label="Offered shifts">
            {groups.offered.map((s) => (
              <li key={s.id}>
                <strong>{s.offeredBy.displayName}</strong>: {shiftPlace(s.shift)}
                {s.note ? `, “${s.note}”` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {groups.decided.length > 0 ? (
        <>
          <h3>Decided lately</h3>
          <ul className="rota-list" aria-label="Swaps decided lately">
            {groups.decided.map((s) => (
              <li key={s.id}>
                <strong>
                  {s.offeredBy.displayName} to {s.takenBy?.displayName ?? 'nobody'}
                </strong>
                : {shiftPlace(s.shift)}. {decisionWords(s)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
