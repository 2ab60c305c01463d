import { useMemo, useState, type FormEvent } from 'react';
import type { ModifierGroup, Product } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';
import { priceBasket, type CatalogueIndex } from '../../shared/till/pricing.ts';
import type { OrderType } from '../../shared/till/vat.ts';
import { Alert } from '../components/feedback.tsx';
import type { NewItem } from './basketStore.ts';
import { groupRule, isPicked, noChoices, pickedOptionIds, toggleOption } from './choices.ts';
import { Dialog } from './Dialog.tsx';
import { parsePounds, poundsText } from './moneyInput.ts';

interface ChoicesDialogProps {
  product: Product;
  index: CatalogueIndex;
  orderType: OrderType;
  onAdd: (item: NewItem) => void;
  onClose: () => void;
}

/** Choices (milk, size, extra shot) and, for an item priced at the till, its price. */
export function ChoicesDialog({ product, index, orderType, onAdd, onClose }: ChoicesDialogProps) {
  const groups = useMemo(
    () => product.modifierGroupIds.map((id) => index.groups.get(id)).filter((g): g is ModifierGroup => g !== undefined && g.options.length > 0),
    [product, index],
  );
  const [choices, setChoices] = useState(noChoices);
  const [priceText, setPriceText] = useState(product.openPrice ? poundsText(product.pricePence) : '');
  const [shown, setShown] = useState<string | null>(null);

  const openPricePence = product.openPrice ? parsePounds(priceText) : null;
  const optionIds = useMemo(() => pickedOptionIds(choices, groups), [choices, groups]);
  // The same check the core makes: a required choice missing, a price over the most.
  const priced = useMemo(
    () =>
      product.openPrice && openPricePence === null
        ? null
        : priceBasket(index, { orderType, lines: [{ productId: product.id, quantity: 1, optionIds, openPricePence, discount: null }], orderDiscount: null }),
    [index, orderType, product, optionIds, openPricePence],
  );

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (product.openPrice && openPricePence === null) {
      setShown(`Type the price for ${product.name}, like 3.50.`);
      return;
    }
    if (product.openPrice && openPricePence === 0) {
      setShown(`Type a price for ${product.name} more than £0.00.`);
      return;
    }
    if (!priced || !priced.ok) {
      setShown(priced?.error.message ?? 'Check the choices.');
      return;
    }
    onAdd({ productId: product.id, optionIds, openPricePence });
  };

  const price = priced?.ok ? priced.value.totalPence : null;
  const problem = choices.problem ?? shown;
  return (
    <Dialog title={product.name} onClose={onClose} closeLabel="Cancel" className="dialog-choices">
      <form onSubmit={add} noValidate>
        {problem ? <Alert>{problem}</Alert> : null}
        {groups.map((g) => (
          <fieldset key={g.id} className="choice-group">
            <legend>
              {g.name} <span className="choice-rule">({groupRule(g)})</span>
            </legend>
            <div className="choice-options">
              {g.options.map((o) => (
                <button
                  key={o.id}
                  type="button"
                  className="choice-option"
                  aria-pressed={isPicked(choices, g.id, o.id)}
                  onClick={() => {
                    setShown(null);
                    setChoices((s) => toggleOption(s, g, o.id));
                  }}
                >
                  <span>{o.name}</span>
                  {o.priceDeltaPence ? <span className="choice-price">+{formatPence(o.priceDeltaPence)}</span> : null}
                </button>
              ))}
            </div>
          </fieldset>
        ))}
        {product.openPrice ? (
          <div className="field">
            <label htmlFor="open-price" className="field-label">
              Price
            </label>
            <p id="open-price-hint" className="field-hint">
              {product.maxPricePence !== null ? `Up to ${formatPence(product.maxPricePence)}. ` : ''}Type it like 3.50.
            </p>
            <input
              id="open-price"
              className="input input-money"
              inputMode="decimal"
              autoComplete="off"
              value={priceText}
              aria-describedby="open-price-hint"
              data-autofocus=""
              onChange={(e) => {
                setShown(null);
                setPriceText(e.target.value);
              }}
            />
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" className="button button-large" data-autofocus={product.openPrice ? undefined : ''}>
            Add to basket{price !== null && (priced?.ok ?? false) ? ` (${formatPence(price)})` : ''}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
