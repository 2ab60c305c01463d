import { useEffect, useState, type FormEvent } from 'react';
import type { Sale, SignedInStaff } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { formatPence, formatRate } from '../../shared/money.ts';
import { useApp, useSession } from '../app/AppContext.tsx';
import type { Authoriser } from '../components/authorise.ts';
import { Alert, Loading, Notice } from '../components/feedback.tsx';
import { PrintButton } from '../hardware/PrintButton.tsx';
import { receiptText } from '../till/receiptText.ts';
import { chooseRefund, chosenReason, leftToRefund, OTHER_REASON, REFUND_REASONS, refundAll, refundLines, VOID_REASONS, type RefundChoice } from './historySearch.ts';

interface SaleDetailProps {
  saleId: string;
  staff: SignedInStaff;
  authoriser: Authoriser;
  onOpen: (saleId: string) => void;
  onChanged: () => void;
}

const kindTitle: Record<Sale['kind'], string> = { sale: 'Receipt', refund: 'Refund, receipt', void: 'Void, receipt' };

function giveBackWords(sale: Sale): string {
  const parts = sale.payments.map((p) => `${formatPence(-p.amountPence)} ${p.tender === 'card' ? 'back to the card (on the card machine)' : 'in cash from the drawer'}`);
  return parts.length > 0 ? `Give back ${parts.join(' and ')}.` : 'Nothing to give back.';
}

/** One sale from the journal: what was sold and paid, what was given back; refund or void it. */
export function SaleDetail({ saleId, staff, authoriser, onOpen, onChanged }: SaleDetailProps) {
  const { call } = useApp();
  const cafeName = useSession((s) => s.cafe?.name ?? 'Apron');
  const [sale, setSale] = useState<Sale | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [action, setAction] = useState<'refund' | 'void' | null>(null);
  const [showReceipt, setShowReceipt] = useState(false);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    void call('sales.get', { saleId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setSale(r.value);
        setProblem(null);
      } else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, saleId, loads]);

  const finished = (message: string) => {
    setAction(null);
    setDone(message);
    setLoads((n) => n + 1);
    onChanged();
  };

  if (!sale) {
    return <section className="panel sale-detail">{problem ? <Alert>{problem}</Alert> : <Loading what="the sale" />}</section>;
  }

  const canReverse = sale.kind === 'sale' && !sale.practice && !sale.reversals.some((r) => r.kind === 'void');
  const anyLeft = sale.lines.some((l) => leftToRefund(l) > 0);
  const headingId = `sale-${sale.id}-heading`;
  return (
    <section className="panel sale-detail" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {kindTitle[sale.kind]} {sale.receiptNumber}
      </h2>
      <p>
        {formatCafeTime(sale.at, 'EEEE d MMMM yyyy, HH:mm')} · {sale.orderType === 'takeaway' ? 'Takeaway' : 'Eat in'} · served by {sale.operator.displayName}
        {sale.authorisedBy ? ` · authorised by ${sale.authorisedBy.displayName}` : ''}
      </p>
      {sale.reason ? <p>Reason: {sale.reason}</p> : null}
      {sale.originalReceiptNumber !== null && sale.originalId ? (
        <p>
          This gives back money from receipt {sale.originalReceiptNumber}.{' '}
          <button type="button" className="button button-secondary button-small" onClick={() => onOpen(sale.originalId ?? '')}>
            Open receipt {sale.originalReceiptNumber}
          </button>
        </p>
      ) : null}
      {done ? <Notice>{done}</Notice> : null}
      {problem ? <Alert>{problem}</Alert> : null}

      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Items on receipt {sale.receiptNumber}</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Quantity</th>
              {sale.kind === 'sale' ? <th scope="col">Given back</th> : null}
              <th scope="col">Price</th>
            </tr>
          </thead>
          <tbody>
            {sale.lines.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.name}
                  {l.modifiers.length > 0 ? <span className="sale-line-choices">{l.modifiers.map((m) => m.name).join(', ')}</span> : null}
                  {l.discountPence !== 0 ? <span className="sale-line-choices">Discount {formatPence(-l.discountPence)}</span> : null}
                </th>
                <td>{Math.abs(l.quantity)}</td>
                {sale.kind === 'sale' ? <td>{l.refundedQuantity}</td> : null}
                <td className="nowrap">{formatPence(l.totalPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="sale-facts">
        <div>
          <dt>Total</dt>
          <dd>{formatPence(sale.totalPence)}</dd>
        </div>
        <div>
          <dt>{sale.kind === 'sale' ? 'Paid' : 'Given back'}</dt>
          <dd>{sale.payments.map((p) => `${p.tender === 'card' ? 'Card' : 'Cash'} ${formatPence(p.amountPence)}`).join(', ') || 'Nothing'}</dd>
        </div>
        <div>
          <dt>VAT</dt>
          <dd>
            {formatPence(sale.vatPence)}
            {sale.vatByRate.length > 1 ? ` (${sale.vatByRate.map((v) => `${formatRate(v.rateBp)}: ${formatPence(v.vatPence)}`).join(', ')})` : ''}
          </dd>
        </div>
      </dl>

      {sale.reversals.length > 0 ? (
        <>
          <h3>Given back so far</h3>
          <ul className="reversals">
            {sale.reversals.map((r) => (
              <li key={r.id}>
                {r.kind === 'void' ? 'Void' : 'Refund'}, receipt {r.receiptNumber}, {formatCafeTime(r.at, 'd MMM HH:mm')}: {formatPence(r.totalPence)}{' '}
                <button type="button" className="button button-secondary button-small" onClick={() => onOpen(r.id)}>
                  Open<span className="visually-hidden"> receipt {r.receiptNumber}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <div className="button-row">
        {canReverse && anyLeft ? (
          <button type="button" className="button button-large" aria-expanded={action === 'refund'} onClick={() => setAction(action === 'refund' ? null : 'refund')}>
            Refund
          </button>
        ) : null}
        {canReverse && sale.reversals.length === 0 ? (
          <button type="button" className="button button-large button-secondary" aria-expanded={action === 'void'} onClick={() => setAction(action === 'void' ? null : 'void')}>
            Void
          </button>
        ) : null}
        <button type="button" className="button button-secondary button-large" aria-expanded={showReceipt} onClick={() => setShowReceipt((v) => !v)}>
          {showReceipt ? 'Hide receipt' : 'Show receipt'}
        </button>
        {/* A reprint says COPY across the top, so it is never taken for a second sale. */}
        <PrintButton label="Reprint" print={() => call('printing.receipt', { entryId: sale.id })} className="button button-secondary button-large" />
      </div>
      {staff.role === 'trainee' && action ? <p className="field-hint">A supervisor will be asked to agree.</p> : null}
      {action === 'refund' ? <RefundForm sale={sale} authoriser={authoriser} onDone={(refund) => finished(`Refunded ${formatPence(-refund.totalPence)} as receipt ${refund.receiptNumber}. ${giveBackWords(refund)}`)} /> : null}
      {action === 'void' ? <VoidForm sale={sale} authoriser={authoriser} onDone={(v) => finished(`Receipt ${sale.receiptNumber} is void (receipt ${v.receiptNumber}). ${giveBackWords(v)}`)} /> : null}
      {showReceipt ? (
        <pre className="receipt" aria-label="Receipt">
          {receiptText(sale, cafeName)}
        </pre>
      ) : null}
    </section>
  );
}

function ReasonPicker({ name, reasons, picked, typed, onPick, onType }: { name: string; reasons: readonly string[]; picked: string | null; typed: string; onPick: (r: string) => void; onType: (t: string) => void }) {
  return (
    <fieldset className="choice-group">
      <legend>Why?</legend>
      <div className="choice-options">
        {[...reasons, OTHER_REASON].map((r) => (
          <label key={r} className={`choice-option${picked === r ? ' choice-option-chosen' : ''}`}>
            <input type="radio" name={name} checked={picked === r} onChange={() => onPick(r)} />
            {r}
          </label>
        ))}
      </div>
      {picked === OTHER_REASON ? (
        <div className="field">
          <label htmlFor={`${name}-other`} className="field-label">
            The reason
          </label>
          <input id={`${name}-other`} className="input" maxLength={200} autoComplete="off" value={typed} onChange={(e) => onType(e.target.value)} />
        </div>
      ) : null}
    </fieldset>
  );
}

function RefundForm({ sale, authoriser, onDone }: { sale: Sale; authoriser: Authoriser; onDone: (refund: Sale) => void }) {
  const [choice, setChoice] = useState<RefundChoice>({});
  const [to, setTo] = useState<'original' | 'cash'>('original');
  const [picked, setPicked] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const paidByCard = sale.payments.some((p) => p.tender === 'card');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const lines = refundLines(sale, choice);
    if (lines.length === 0) {
      setProblem('Choose what to refund: tap + beside each item.');
      return;
    }
    const reason = chosenReason(picked, typed);
    if (typeof reason !== 'string') {
      setProblem(reason.problem);
      return;
    }
    setBusy(true);
    const r = await authoriser.call('sales.refund', { saleId: sale.id, lines, to, reason });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setProblem(r.error.message);
  };

  return (
    <form className="reverse-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="refund-heading">
      <h3 id="refund-heading">Refund</h3>
      {problem ? <Alert>{problem}</Alert> : null}
      <fieldset className="choice-group">
        <legend>What is coming back?</legend>
        <ul className="refund-lines">
          {sale.lines.map((l) => {
            const left = leftToRefund(l);
            const q = choice[l.id] ?? 0;
            return (
              <li key={l.id} className="refund-line">
                <span className="refund-line-name">
                  {l.name}
                  {l.modifiers.length > 0 ? <span className="sale-line-choices">{l.modifiers.map((m) => m.name).join(', ')}</span> : null}
                  <span className="sale-line-choices">{left === 0 ? 'All given back already' : `${left} of ${l.quantity} can be refunded`}</span>
                </span>
                <span className="refund-stepper">
                  <button type="button" className="qty-button" aria-label={`One fewer ${l.name} to refund`} disabled={q === 0} onClick={() => setChoice((c) => chooseRefund(c, l, q - 1))}>
                    −
                  </button>
                  <span className="qty-value" aria-live="polite">
                    {q}
                    <span className="visually-hidden"> {l.name} to refund</span>
                  </span>
                  <button type="button" className="qty-button" aria-label={`One more ${l.name} to refund`} disabled={q >= left} onClick={() => setChoice((c) => chooseRefund(c, l, q + 1))}>
                    +
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
        <button type="button" className="button button-secondary" onClick={() => setChoice(refundAll(sale))}>
          Everything that is left
        </button>
      </fieldset>
      <fieldset className="choice-group">
        <legend>How does the money go back?</legend>
        <div className="segmented">
          <label className={`segmented-choice${to === 'original' ? ' segmented-chosen' : ''}`}>
            <input type="radio" name="refund-to" checked={to === 'original'} onChange={() => setTo('original')} />
            {paidByCard ? 'The way they paid (card first)' : 'The way they paid (cash)'}
          </label>
          <label className={`segmented-choice${to === 'cash' ? ' segmented-chosen' : ''}`}>
            <input type="radio" name="refund-to" checked={to === 'cash'} onChange={() => setTo('cash')} />
            All in cash
          </label>
        </div>
      </fieldset>
      <ReasonPicker name="refund-reason" reasons={REFUND_REASONS} picked={picked} typed={typed} onPick={setPicked} onType={setTyped} />
      <button type="submit" className="button button-large" disabled={busy}>
        {busy ? 'Refunding…' : 'Refund these items'}
      </button>
    </form>
  );
}

function VoidForm({ sale, authoriser, onDone }: { sale: Sale; authoriser: Authoriser; onDone: (voided: Sale) => void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reason = chosenReason(picked, typed);
    if (typeof reason !== 'string') {
      setProblem(reason.problem);
      return;
    }
    setBusy(true);
    const r = await authoriser.call('sales.void', { saleId: sale.id, reason });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setProblem(r.error.message);
  };

  return (
    <form className="reverse-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="void-heading">
      <h3 id="void-heading">Void the whole sale</h3>
      <p>A void cancels all of receipt {sale.receiptNumber} ({formatPence(sale.totalPence)}) and gives the money back the way it was paid. Only today’s sales can be voided.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      <ReasonPicker name="void-reason" reasons={VOID_REASONS} picked={picked} typed={typed} onPick={setPicked} onType={setTyped} />
      <button type="submit" className="button button-large button-danger" disabled={busy}>
        {busy ? 'Voiding…' : `Void receipt ${sale.receiptNumber}`}
      </button>
    </form>
  );
}
