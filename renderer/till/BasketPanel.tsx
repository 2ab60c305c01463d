import { memo, useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { DiscountReason } from '../../shared/contract/index.ts';
import { formatPence, formatRate } from '../../shared/money.ts';
import type { DiscountDraft } from '../../shared/till/basket.ts';
import type { CatalogueIndex, PricedLine } from '../../shared/till/pricing.ts';
import type { OrderType } from '../../shared/till/vat.ts';
import { Alert } from '../components/feedback.tsx';
import { changeQuantity, itemCount, removeLine, setOrderType, undo, type BasketStore } from './basketStore.ts';
import { usePricedBasket } from './usePricedBasket.ts';

export function discountWords(discount: DiscountDraft, reasons: ReadonlyMap<string, Pick<DiscountReason, 'name'>>): string {
  const amount = discount.kind === 'percent' ? `${discount.value}% off` : `${formatPence(discount.value)} off`;
  const reason = reasons.get(discount.reasonId)?.name;
  return reason ? `${amount}, ${reason}` : amount;
}

interface RowProps {
  basket: BasketStore;
  lineKey: string;
  name: string;
  choices: string;
  quantity: number;
  unitPence: number | null;
  itemsPence: number | null;
  lineDiscountPence: number;
  discountText: string | null;
  locked: boolean;
  onDiscount: (key: string) => void;
}

// Props are plain values, so a row whose line did not change is not drawn again.
const BasketRow = memo(function BasketRow({ basket, lineKey, name, choices, quantity, unitPence, itemsPence, lineDiscountPence, discountText, locked, onDiscount }: RowProps) {
  return (
    <li className="basket-line" data-line-key={lineKey}>
      <div className="basket-line-top">
        <span className="basket-line-name">
          <span className="basket-line-qty">{quantity} ×</span> {name}
        </span>
        <span className="basket-line-total">{itemsPence === null ? '' : formatPence(itemsPence)}</span>
      </div>
      {choices ? <p className="basket-line-choices">{choices}</p> : null}
      {quantity > 1 && unitPence !== null ? <p className="basket-line-each">{formatPence(unitPence)} each</p> : null}
      {discountText ? (
        <p className="basket-line-discount">
          Discount: {discountText}
          {lineDiscountPence > 0 ? <span className="nowrap"> −{formatPence(lineDiscountPence)}</span> : null}
        </p>
      ) : null}
      {locked ? null : (
        <div className="basket-line-actions">
          <button type="button" className="qty-button" aria-label={`One fewer ${name}`} disabled={quantity <= 1} onClick={() => basket.setState((s) => changeQuantity(s, lineKey, -1))}>
            −
          </button>
          <span className="qty-value" aria-hidden="true">
            {quantity}
          </span>
          <button type="button" className="qty-button" aria-label={`One more ${name}`} onClick={() => basket.setState((s) => changeQuantity(s, lineKey, 1))}>
            +
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => onDiscount(lineKey)}>
            Discount<span className="visually-hidden"> on {name}</span>
          </button>
          <button type="button" className="button button-danger-quiet button-small" onClick={() => basket.setState((s) => removeLine(s, lineKey, name))}>
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      )}
    </li>
  );
});

function choicesText(line: PricedLine | undefined): string {
  if (!line) return '';
  return line.modifiers.map((m) => (m.priceDeltaPence ? `${m.name} (+${formatPence(m.priceDeltaPence)})` : m.name)).join(', ');
}

interface PanelProps {
  basket: BasketStore;
  index: CatalogueIndex;
  locked: boolean;
  heldCount: number;
  onPay: () => void;
  onHold: () => void;
  onShowHeld: () => void;
  onClear: () => void;
  onLineDiscount: (key: string) => void;
  onOrderDiscount: () => void;
  /** Shown in the panel, e.g. "Held Table 4." */
  note: string | null;
}

const orderTypes: { value: OrderType; label: string }[] = [
  { value: 'eat_in', label: 'Eat in' },
  { value: 'takeaway', label: 'Takeaway' },
];

export function BasketPanel({ basket, index, locked, heldCount, onPay, onHold, onShowHeld, onClear, onLineDiscount, onOrderDiscount, note }: PanelProps) {
  const lines = useStore(basket, (s) => s.lines);
  const orderType = useStore(basket, (s) => s.orderType);
  const orderDiscount = useStore(basket, (s) => s.orderDiscount);
  const problem = useStore(basket, (s) => s.problem);
  const undoNote = useStore(basket, (s) => s.undo?.what ?? null);
  const lastChangedKey = useStore(basket, (s) => s.lastChangedKey);
  const priced = usePricedBasket(basket, index);
  const listRef = useRef<HTMLUListElement>(null);
  const count = itemCount({ lines });

  // The line just added or changed stays in view, however long the basket is, and when the
  // totals below it grow (a discount) and the list gets shorter. Scrolled in the frame that
  // paints it, where the layout is done anyway, so the tap itself is answered at once.
  useLayoutEffect(() => {
    if (!lastChangedKey) return;
    const frame = requestAnimationFrame(() => listRef.current?.querySelector(`[data-line-key="${lastChangedKey}"]`)?.scrollIntoView({ block: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [lastChangedKey, lines, priced]);

  const totals = priced.ok ? priced.value : null;
  return (
    <section className="basket" aria-labelledby="basket-heading">
      <h2 id="basket-heading" className="basket-heading">
        Basket <span className="basket-count">{count === 1 ? '1 item' : `${count} items`}</span>
      </h2>

      <fieldset className="order-type" disabled={locked}>
        <legend className="visually-hidden">Eat in or takeaway</legend>
        {orderTypes.map((t) => (
          <label key={t.value} className={`order-type-choice${orderType === t.value ? ' order-type-chosen' : ''}`}>
            <input type="radio" name="order-type" value={t.value} checked={orderType === t.value} onChange={() => basket.setState((s) => setOrderType(s, t.value))} />
            {t.label}
          </label>
        ))}
      </fieldset>

      {problem ? <Alert>{problem}</Alert> : null}
      {undoNote ? (
        <div className="undo-bar" role="status">
          <span>{undoNote}</span>
          <button type="button" className="button button-secondary" onClick={() => basket.setState(undo)}>
            Undo
          </button>
        </div>
      ) : null}
      {note && !undoNote ? (
        <p className="basket-note" role="status">
          {note}
        </p>
      ) : null}
      {!priced.ok ? <Alert>{priced.error.message}</Alert> : null}

      {lines.length === 0 ? <p className="basket-empty">The basket is empty. Tap a product to add it.</p> : null}
      <ul className="basket-lines" aria-label="Basket lines" ref={listRef} data-basket-lines="">
        {lines.map((l, i) => {
          const p = totals?.lines[i];
          const product = index.products.get(l.productId);
          return (
            <BasketRow
              key={l.key}
              basket={basket}
              lineKey={l.key}
              name={p?.name ?? product?.name ?? 'An item no longer on sale'}
              choices={choicesText(p)}
              quantity={l.quantity}
              unitPence={p?.unitPence ?? null}
              itemsPence={p?.itemsPence ?? null}
              lineDiscountPence={p?.lineDiscountPence ?? 0}
              discountText={l.discount ? discountWords(l.discount, index.reasons) : null}
              locked={locked}
              onDiscount={onLineDiscount}
            />
          );
        })}
      </ul>

      {totals && lines.length > 0 ? (
        <dl className="basket-totals">
          {totals.discountPence > 0 ? (
            <div className="total-row total-row-small">
              <dt>{orderDiscount ? `Order discount: ${discountWords(orderDiscount, index.reasons)}` : 'Discount'}</dt>
              <dd className="nowrap">−{formatPence(totals.discountPence)}</dd>
            </div>
          ) : null}
          <div className="total-row total-row-big">
            <dt>Total</dt>
            <dd data-testid="basket-total">{formatPence(totals.totalPence)}</dd>
          </div>
          <div className="total-row total-row-small total-row-vat">
            <dt>
              VAT included
              {totals.vatByRate.length > 1 ? <span className="vat-rates"> ({totals.vatByRate.map((v) => `${formatRate(v.rateBp)}: ${formatPence(v.vatPence)}`).join(', ')})</span> : null}
            </dt>
            <dd className="nowrap">{formatPence(totals.vatPence)}</dd>
          </div>
        </dl>
      ) : null}

      {locked ? null : (
        <div className="basket-actions">
          <button type="button" className="button button-pay" disabled={lines.length === 0 || !priced.ok} onClick={onPay}>
            {totals && lines.length > 0 ? `Pay ${formatPence(totals.totalPence)}` : 'Pay'}
          </button>
          <div className="basket-actions-row">
            <button type="button" className="button button-secondary" disabled={lines.length === 0} onClick={onOrderDiscount}>
              Order discount
            </button>
            <button type="button" className="button button-secondary" disabled={lines.length === 0 || !priced.ok} onClick={onHold}>
              Hold
            </button>
            <button type="button" className="button button-secondary" onClick={onShowHeld}>
              Held ({heldCount})<span className="visually-hidden"> orders</span>
            </button>
            <button type="button" className="button button-secondary" disabled={lines.length === 0} onClick={onClear}>
              Clear<span className="visually-hidden"> basket</span>
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
