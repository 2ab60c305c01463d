import { useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { Tender } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';
import { Alert, Notice } from '../components/feedback.tsx';
import { Dialog } from './Dialog.tsx';
import { parsePounds } from './moneyInput.ts';
import { changePence, isPaid, NOTES_PENCE, paymentProblem, remainingPence, removePart, takeCard, takeCash, type PaymentStore } from './paymentStore.ts';

interface PaymentPanelProps {
  payments: PaymentStore;
  totalPence: number;
  sending: boolean;
  /** What went wrong completing the sale, in the core's words. */
  problem: string | null;
  onComplete: () => void;
  onBack: () => void;
}

const tenderName: Record<Tender, string> = { cash: 'Cash', card: 'Card' };

export function PaymentPanel({ payments, totalPence, sending, problem, onComplete, onBack }: PaymentPanelProps) {
  const state = useStore(payments, (s) => s);
  const [cashText, setCashText] = useState('');
  const [cardText, setCardText] = useState('');
  const [cardAsk, setCardAsk] = useState<number | null>(null);
  const [cardDeclined, setCardDeclined] = useState(false);
  const left = remainingPence(state, totalPence);
  const paid = isPaid(state, totalPence);
  const change = changePence(state, totalPence);

  const cash = (amountPence: number) => {
    setCardDeclined(false);
    payments.setState((s) => takeCash(s, totalPence, amountPence));
    setCashText('');
  };

  const typedCash = (e: FormEvent) => {
    e.preventDefault();
    const amount = parsePounds(cashText);
    if (amount === null || amount === 0) payments.setState((s) => paymentProblem(s, 'Type the cash the customer handed over, like 10 or 7.50.'));
    else cash(amount);
  };

  const askCard = (amountPence: number) => {
    setCardDeclined(false);
    if (amountPence > left) {
      payments.setState((s) => takeCard(s, totalPence, amountPence));
      return;
    }
    setCardAsk(amountPence);
  };

  const typedCard = (e: FormEvent) => {
    e.preventDefault();
    const amount = parsePounds(cardText);
    if (amount === null || amount === 0) payments.setState((s) => paymentProblem(s, 'Type the amount to put on the card, like 5.00.'));
    else askCard(amount);
  };

  return (
    <section className="payment" aria-labelledby="payment-heading">
      <h2 id="payment-heading">Payment</h2>
      <p className="pay-total">
        Total <strong>{formatPence(totalPence)}</strong>
      </p>
      {state.parts.length > 0 ? (
        <ul className="pay-parts" aria-label="Payments taken">
          {state.parts.map((p, i) => (
            <li key={i}>
              <span>
                {tenderName[p.tender]} {formatPence(p.amountPence)}
              </span>
              {sending ? null : (
                <button type="button" className="button button-secondary button-small" onClick={() => payments.setState((s) => removePart(s, i))}>
                  {p.tender === 'cash' ? (
                    <>
                      Take off<span className="visually-hidden"> cash {formatPence(p.amountPence)}</span>
                    </>
                  ) : (
                    <>
                      Take off<span className="visually-hidden"> card {formatPence(p.amountPence)}</span> (only if the card machine cancelled it)
                    </>
                  )}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {state.problem ? <Alert>{state.problem}</Alert> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      {cardDeclined ? <Notice>The card was not taken. Try the card again, or take cash.</Notice> : null}

      {paid ? (
        <div className="pay-done">
          {totalPence === 0 ? <p className="pay-left">Nothing to pay.</p> : <p className="pay-left">Paid in full.</p>}
          <p className="change-big" aria-live="polite">
            {change > 0 ? (
              <>
                Change to give <strong>{formatPence(change)}</strong>
              </>
            ) : (
              'No change to give.'
            )}
          </p>
          <button type="button" className="button button-pay" disabled={sending} aria-disabled={sending} onClick={onComplete} data-autofocus="">
            {sending ? 'Completing the sale…' : 'Complete sale'}
          </button>
        </div>
      ) : (
        <>
          <p className="pay-left" aria-live="polite">
            {state.parts.length > 0 ? 'Still to pay' : 'To pay'} <strong>{formatPence(left)}</strong>
          </p>
          <div className="pay-ways">
            <section className="pay-way" aria-labelledby="pay-cash-heading">
              <h3 id="pay-cash-heading">Cash</h3>
              <div className="quick-row">
                <button type="button" className="button button-cash" onClick={() => cash(left)}>
                  Exact {formatPence(left)}
                </button>
                {NOTES_PENCE.map((note) => (
                  <button key={note} type="button" className="button button-cash" onClick={() => cash(note)}>
                    {formatPence(note).replace('.00', '')}
                  </button>
                ))}
              </div>
              <form className="pay-typed" onSubmit={typedCash} noValidate>
                <label htmlFor="cash-given" className="field-label">
                  Cash handed over (£)
                </label>
                <div className="inline-row">
                  <input id="cash-given" className="input input-money" inputMode="decimal" autoComplete="off" value={cashText} onChange={(e) => setCashText(e.target.value)} />
                  <button type="submit" className="button">
                    Take cash
                  </button>
                </div>
              </form>
            </section>
            <section className="pay-way" aria-labelledby="pay-card-heading">
              <h3 id="pay-card-heading">Card</h3>
              <button type="button" className="button button-card" onClick={() => askCard(left)}>
                Card {formatPence(left)}
              </button>
              <form className="pay-typed" onSubmit={typedCard} noValidate>
                <label htmlFor="card-part" className="field-label">
                  Only part on card (£)
                </label>
                <div className="inline-row">
                  <input id="card-part" className="input input-money" inputMode="decimal" autoComplete="off" value={cardText} onChange={(e) => setCardText(e.target.value)} />
                  <button type="submit" className="button">
                    Card for this part
                  </button>
                </div>
              </form>
            </section>
          </div>
        </>
      )}
      <button type="button" className="button button-secondary" disabled={sending} onClick={onBack}>
        Back to the basket
      </button>

      {cardAsk !== null ? (
        <Dialog title={`Card ${formatPence(cardAsk)}`} onClose={() => setCardAsk(null)} closeLabel="Cancel" className="dialog-card">
          <p className="lead">
            Put <strong>{formatPence(cardAsk)}</strong> on the card machine. Ask the customer to use the card machine.
          </p>
          <p className="card-question">Did the card machine say APPROVED?</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="button button-large button-yes"
              onClick={() => {
                const amount = cardAsk;
                setCardAsk(null);
                setCardText('');
                payments.setState((s) => takeCard(s, totalPence, amount));
              }}
            >
              Yes, approved
            </button>
            <button
              type="button"
              className="button button-large button-secondary"
              onClick={() => {
                setCardAsk(null);
                setCardDeclined(true);
              }}
            >
              No
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
