import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { formatPence } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { backToCount, checkCount, closed, failed, sending, varianceOf, type CashUpStore } from './cashUp.ts';
import { TaskPanel } from './CashTasks.tsx';
import { DrawerCounter } from './DrawerCounter.tsx';
import { clearCount, countsToSend, countTotal, hasProblems, type DrawerCountStore } from './drawerCount.ts';

const FIX_THE_COUNT = 'Some boxes do not hold a whole number: put them right first (they are marked in red).';

/**
 * Closing the day in two steps: count the drawer, then see expected, counted and the
 * variance before confirming. Only the confirm sends anything; Back and Cancel change nothing.
 */
export function CloseDay({ store, count, onClosed }: { store: CashUpStore; count: DrawerCountStore; onClosed: () => void }) {
  const { call } = useApp();
  const task = useStore(store, (s) => s.task);
  const check = useStore(store, (s) => s.check);
  const busy = useStore(store, (s) => s.busy);
  const error = useStore(store, (s) => (s.errorTask === 'closeCount' || s.errorTask === 'closeCheck' ? s.error : null));
  const counted = useStore(count, countTotal);
  const [note, setNote] = useState('');
  const checkHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (task === 'closeCheck') checkHeading.current?.focus();
  }, [task]);

  const checkTheCount = async () => {
    if (hasProblems(count.getState())) {
      store.setState((s) => failed(s, { code: 'invalid_input', message: FIX_THE_COUNT, field: 'countedCounts' }, 'closeCount'));
      return;
    }
    store.setState(sending);
    // What the drawer should hold, fresh: a sale may have been taken while counting.
    const r = await call('cash.xReport', {});
    if (r.ok) store.setState((s) => checkCount(s, r.value));
    else store.setState((s) => failed(s, r.error, 'closeCount'));
  };

  const closeTheDay = async () => {
    const countedCounts = countsToSend(count.getState());
    if (countedCounts === null) {
      store.setState((s) => failed(backToCount(s), { code: 'invalid_input', message: FIX_THE_COUNT, field: 'countedCounts' }, 'closeCount'));
      return;
    }
    store.setState(sending);
    const r = await call('cash.close', { countedCounts, note });
    if (r.ok) {
      store.setState((s) => closed(s, r.value));
      count.setState(clearCount);
      onClosed();
    } else store.setState((s) => failed(s, r.error, 'closeCheck'));
  };

  if (task === 'closeCheck' && check) {
    const variance = varianceOf(counted, check.expectedCashPence);
    const general = formLevelError(error, ['note', 'countedCounts']);
    return (
      <section className="panel cash-task cash-task-wide" aria-labelledby="close-check-heading">
        <h2 id="close-check-heading" ref={checkHeading} tabIndex={-1}>
          Check before closing the day
        </h2>
        {general ? <Alert>{general}</Alert> : null}
        {errorFor(error, 'countedCounts') ? <Alert>{errorFor(error, 'countedCounts')}</Alert> : null}
        <table className="table report-table close-check">
          <caption className="visually-hidden">Expected and counted cash</caption>
          <tbody>
            <tr>
              <th scope="row">Expected in the drawer</th>
              <td className="money">{formatPence(check.expectedCashPence)}</td>
            </tr>
            <tr>
              <th scope="row">Counted</th>
              <td className="money">{formatPence(counted)}</td>
            </tr>
            <tr className={`report-strong variance-${variance.tone}`}>
              <th scope="row">Variance</th>
              <td className="money">
                {formatPence(variance.variancePence)} <span className="variance-words">({variance.words})</span>
              </td>
            </tr>
          </tbody>
        </table>
        {variance.tone !== 'right' ? <p>If the count is wrong, go back and count again. If it is right, say what may have happened in the note.</p> : null}
        <TextField id="close-note" label="Note for the Z report" optional hint="For example: £1 short, a customer was given change from £10 instead of £5." value={note} onChange={setNote} error={errorFor(error, 'note')} multiline maxLength={500} />
        <p className="close-warning">
          <strong>Closing the day cannot be undone.</strong> The Z report is kept exactly as issued, and the till stays closed until someone counts a new float.
        </p>
        <div className="button-row">
          <button type="button" className="button button-secondary button-large" disabled={busy} onClick={() => store.setState(backToCount)}>
            Back to counting
          </button>
          <button type="button" className="button button-primary button-large" disabled={busy} onClick={() => void closeTheDay()}>
            Close the day and issue the Z report
          </button>
        </div>
      </section>
    );
  }

  return (
    <TaskPanel title="Close the day: count the drawer" store={store} wide>
      <p>Count every note and coin in the drawer. Type how many of each, or tap + and −. The next step shows what the drawer should hold before anything is closed.</p>
      {error ? <Alert>{error.message}</Alert> : null}
      <DrawerCounter store={count} idPrefix="close" totalLabel="Counted in the drawer:" />
      <button type="button" className="button button-primary button-large" disabled={busy} onClick={() => void checkTheCount()}>
        Check the count
      </button>
    </TaskPanel>
  );
}
