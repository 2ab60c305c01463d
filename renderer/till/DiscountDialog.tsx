import { useState, type FormEvent } from 'react';
import type { DiscountReason } from '../../shared/contract/index.ts';
import type { DiscountDraft } from '../../shared/till/basket.ts';
import { Alert } from '../components/feedback.tsx';
import { Dialog } from './Dialog.tsx';
import { readDiscount } from './discount.ts';
import { poundsText } from './moneyInput.ts';

interface DiscountDialogProps {
  /** "Latte", or null for the whole order. */
  lineName: string | null;
  current: DiscountDraft | null;
  reasons: readonly DiscountReason[];
  /** The most this person may give without a supervisor, in percent. */
  limitPercent: number | null;
  onApply: (discount: DiscountDraft | null) => void;
  onClose: () => void;
}

const QUICK_PERCENTS = [10, 20, 50, 100] as const;

export function DiscountDialog({ lineName, current, reasons, limitPercent, onApply, onClose }: DiscountDialogProps) {
  const [kind, setKind] = useState<DiscountDraft['kind']>(current?.kind ?? 'percent');
  const [valueText, setValueText] = useState(current ? (current.kind === 'percent' ? String(current.value) : poundsText(current.value)) : '');
  const [reasonId, setReasonId] = useState<string | null>(current?.reasonId ?? null);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const read = readDiscount(kind, valueText, reasonId);
    if (typeof read === 'string') setProblem(read);
    else onApply(read);
  };

  return (
    <Dialog title={lineName ? `Discount on ${lineName}` : 'Discount on the whole order'} onClose={onClose} closeLabel="Cancel" className="dialog-discount">
      <form onSubmit={apply} noValidate>
        {problem ? <Alert>{problem}</Alert> : null}
        {limitPercent !== null ? (
          <p className="field-hint">
            {limitPercent >= 100 ? 'You can give any discount.' : `You can give up to ${limitPercent}% off. A supervisor will be asked for more when the customer pays.`}
          </p>
        ) : null}
        <fieldset className="choice-group">
          <legend>How much off?</legend>
          <div className="segmented">
            <label className={`segmented-choice${kind === 'percent' ? ' segmented-chosen' : ''}`}>
              <input type="radio" name="discount-kind" checked={kind === 'percent'} onChange={() => setKind('percent')} />
              Percentage
            </label>
            <label className={`segmented-choice${kind === 'fixed' ? ' segmented-chosen' : ''}`}>
              <input type="radio" name="discount-kind" checked={kind === 'fixed'} onChange={() => setKind('fixed')} />
              Amount in £
            </label>
          </div>
          {kind === 'percent' ? (
            <div className="quick-row">
              {QUICK_PERCENTS.map((p) => (
                <button key={p} type="button" className="button button-secondary" aria-pressed={valueText === String(p)} onClick={() => setValueText(String(p))}>
                  {p}%
                </button>
              ))}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="discount-value" className="field-label">
              {kind === 'percent' ? 'Percentage off' : 'Amount off (£)'}
            </label>
            <input id="discount-value" className="input input-money" inputMode={kind === 'percent' ? 'numeric' : 'decimal'} autoComplete="off" value={valueText} onChange={(e) => setValueText(e.target.value)} />
          </div>
        </fieldset>
        <fieldset className="choice-group">
          <legend>Why?</legend>
          <div className="choice-options">
            {reasons.map((r) => (
              <label key={r.id} className={`choice-option${reasonId === r.id ? ' choice-option-chosen' : ''}`}>
                <input type="radio" name="discount-reason" checked={reasonId === r.id} onChange={() => setReasonId(r.id)} />
                {r.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="button button-large">
            Give the discount
          </button>
          {current ? (
            <button type="button" className="button button-secondary button-large" onClick={() => onApply(null)}>
              Take the discount off
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
