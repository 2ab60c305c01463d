import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ApiError } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { parsePounds } from '../till/moneyInput.ts';
import { cancelTask, failed, recorded, sending, type CashUpStore, type Task } from './cashUp.ts';

const NOT_AN_AMOUNT = 'Type the amount in pounds and pence, like 4.50.';

/** A task's panel: its heading takes focus when it opens, and Cancel leaves everything as it was. */
export function TaskPanel({ title, store, children, wide }: { title: string; store: CashUpStore; children: ReactNode; wide?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className={`panel cash-task${wide ? ' cash-task-wide' : ''}`} aria-labelledby="cash-task-heading">
      <div className="panel-top">
        <h2 id="cash-task-heading" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button button-secondary" onClick={() => store.setState(cancelTask)}>
          Cancel
        </button>
      </div>
      {children}
    </section>
  );
}

function useTaskError(store: CashUpStore, task: Task): ApiError | null {
  return useStore(store, (s) => (s.errorTask === task ? s.error : null));
}

/** Sends a cash movement; a local slip (an amount that is not one) is shown like the core's own errors. */
async function send(store: CashUpStore, task: Task, action: () => Promise<{ ok: true; notice: string } | { ok: false; error: ApiError }>, onDone: () => void) {
  store.setState(sending);
  const r = await action();
  if (r.ok) {
    store.setState((s) => recorded(s, r.notice));
    onDone();
  } else store.setState((s) => failed(s, r.error, task));
}

export function NoSaleForm({ store, onDone }: { store: CashUpStore; onDone: () => void }) {
  const { call } = useApp();
  const [reason, setReason] = useState('');
  const error = useTaskError(store, 'noSale');
  const busy = useStore(store, (s) => s.busy);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      store,
      'noSale',
      async () => {
        const r = await call('cash.noSale', { reason });
        return r.ok ? { ok: true, notice: `No sale recorded: ${r.value.reason}.` } : r;
      },
      onDone,
    );
  };
  const general = formLevelError(error, ['reason']);
  return (
    <TaskPanel title="No sale" store={store}>
      <p>Open the drawer without a sale, for example to give change for the float. It is written in the log with your name.</p>
      <form onSubmit={submit} noValidate className="form">
        {general ? <Alert>{general}</Alert> : null}
        <TextField id="no-sale-reason" label="Why is the drawer being opened?" hint="For example: change for the float." value={reason} onChange={setReason} error={errorFor(error, 'reason')} maxLength={200} />
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Record no sale
        </button>
      </form>
    </TaskPanel>
  );
}

function AmountForm({ store, onDone, task }: { store: CashUpStore; onDone: () => void; task: 'payOut' | 'lift' }) {
  const { call } = useApp();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const error = useTaskError(store, task);
  const busy = useStore(store, (s) => s.busy);
  const pence = parsePounds(amount);
  const isPayOut = task === 'payOut';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      store,
      task,
      async () => {
        if (pence === null) return { ok: false, error: { code: 'invalid_input', message: NOT_AN_AMOUNT, field: 'amountPence' } };
        if (isPayOut) {
          const r = await call('cash.payOut', { amountPence: pence, reason });
          return r.ok ? { ok: true, notice: `Paid out ${formatPence(r.value.amountPence)} for ${r.value.reason}.` } : r;
        }
        const r = await call('cash.lift', { amountPence: pence, reason });
        return r.ok ? { ok: true, notice: `Lifted ${formatPence(r.value.amountPence)} to the safe.` } : r;
      },
      onDone,
    );
  };

  const general = formLevelError(error, ['amountPence', 'reason']);
  // The button says what will happen, amount and all, so a slip is seen before it is sent.
  const what = pence !== null && pence > 0 ? formatPence(pence) : null;
  return (
    <TaskPanel title={isPayOut ? 'Paid out' : 'Lift to safe'} store={store}>
      <p>{isPayOut ? 'Cash taken from the drawer to pay for something, like milk from the shop. Keep the receipt.' : 'Cash taken out of the drawer and put in the safe, so less sits in the till.'}</p>
      <form onSubmit={submit} noValidate className="form">
        {general ? <Alert>{general}</Alert> : null}
        <TextField id={`${task}-amount`} label="Amount" hint="In pounds and pence, like 4.50." value={amount} onChange={setAmount} error={errorFor(error, 'amountPence')} maxLength={12} />
        {isPayOut ? (
          <TextField id="payOut-reason" label="What was it for?" hint="For example: milk from the corner shop." value={reason} onChange={setReason} error={errorFor(error, 'reason')} maxLength={200} />
        ) : (
          <TextField id="lift-reason" label="Note" optional hint="For example: bag number or who took it." value={reason} onChange={setReason} error={errorFor(error, 'reason')} maxLength={200} />
        )}
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          {isPayOut ? `Pay out${what ? ` ${what}` : ''}` : `Lift${what ? ` ${what}` : ''} to the safe`}
        </button>
      </form>
    </TaskPanel>
  );
}

export function PayOutForm(props: { store: CashUpStore; onDone: () => void }) {
  return <AmountForm {...props} task="payOut" />;
}

export function LiftForm(props: { store: CashUpStore; onDone: () => void }) {
  return <AmountForm {...props} task="lift" />;
}
