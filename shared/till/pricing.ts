import type { Catalogue, ModifierGroup, Product } from '../contract/catalogue.ts';
import { err, ok, type Result } from '../contract/result.ts';
import { apportion, divideRoundHalfUp, vatInside, type VatRateBp } from '../money.ts';
import type { BasketDraft, DiscountDraft } from './basket.ts';
import { vatRateFor } from './vat.ts';

// One pricing function for the screen (instant basket) and the core (the price that is
// charged, from the database at completion). Pure, integer pence.

export interface PricedModifier {
  optionId: string;
  groupName: string;
  name: string;
  priceDeltaPence: number;
}

export interface PricedLine {
  productId: string;
  name: string;
  quantity: number;
  modifiers: PricedModifier[];
  /** Product (or open) price plus modifiers, for one. */
  unitPence: number;
  /** unit × quantity, before discounts. */
  itemsPence: number;
  lineDiscountPence: number;
  /** This line's share of an order discount. */
  orderDiscountPence: number;
  /** What the customer pays for this line, VAT included. */
  totalPence: number;
  vatRateBp: VatRateBp;
  vatPence: number;
  discountReasonId: string | null;
}

export interface VatBreakdown {
  rateBp: VatRateBp;
  grossPence: number;
  vatPence: number;
  netPence: number;
}

export interface PricedBasket {
  orderType: BasketDraft['orderType'];
  lines: PricedLine[];
  itemsPence: number;
  discountPence: number;
  totalPence: number;
  vatPence: number;
  vatByRate: VatBreakdown[];
  orderDiscountReasonId: string | null;
}

export interface CatalogueIndex {
  products: ReadonlyMap<string, Product>;
  groups: ReadonlyMap<string, ModifierGroup>;
  reasons: ReadonlyMap<string, { id: string; name: string; active: boolean }>;
}

export function indexCatalogue(c: Catalogue): CatalogueIndex {
  return {
    products: new Map(c.products.map((p) => [p.id, p])),
    groups: new Map(c.modifierGroups.map((g) => [g.id, g])),
    reasons: new Map(c.discountReasons.map((r) => [r.id, r])),
  };
}

function discountAmount(d: DiscountDraft, onPence: number): number {
  if (d.kind === 'percent') return divideRoundHalfUp(onPence * d.value, 100);
  return Math.min(d.value, onPence);
}

function checkReason(index: CatalogueIndex, d: DiscountDraft, field: string): Result<null> {
  const reason = index.reasons.get(d.reasonId);
  if (!reason || !reason.active) return err('invalid_input', 'Choose a reason for the discount from the list.', { field: `${field}.reasonId` });
  if (d.kind === 'percent' && (d.value < 1 || d.value > 100)) return err('invalid_input', 'A percentage discount is between 1% and 100%.', { field: `${field}.value` });
  return ok(null);
}

/** Prices a basket against a catalogue; an item no longer on sale or a bad choice is an error naming the line. */
export function priceBasket(index: CatalogueIndex, basket: BasketDraft): Result<PricedBasket> {
  const lines: PricedLine[] = [];
  for (const [i, draft] of basket.lines.entries()) {
    const field = `lines.${i}`;
    const product = index.products.get(draft.productId);
    if (!product || !product.active) return err('not_found', 'An item in the basket is no longer on sale: remove it and add it again.', { field: `${field}.productId` });

    let basePence = product.pricePence;
    if (product.openPrice) {
      if (draft.openPricePence === null) return err('invalid_input', `Type the price for ${product.name}.`, { field: `${field}.openPricePence` });
      if (product.maxPricePence !== null && draft.openPricePence > product.maxPricePence) {
        return err('invalid_input', `${product.name} can be at most £${(product.maxPricePence / 100).toFixed(2)}.`, { field: `${field}.openPricePence` });
      }
      basePence = draft.openPricePence;
    } else if (draft.openPricePence !== null) {
      return err('invalid_input', `${product.name} has a fixed price.`, { field: `${field}.openPricePence` });
    }

    const modifiers: PricedModifier[] = [];
    const chosen = new Set(draft.optionIds);
    if (chosen.size !== draft.optionIds.length) return err('invalid_input', `A choice for ${product.name} was picked twice.`, { field: `${field}.optionIds` });
    for (const groupId of product.modifierGroupIds) {
      const group = index.groups.get(groupId);
      if (!group) continue;
      const picked = group.options.filter((o) => chosen.has(o.id));
      if (picked.length < group.minChoices) return err('invalid_input', `Choose ${group.name.toLowerCase()} for ${product.name}.`, { field: `${field}.optionIds` });
      if (picked.length > group.maxChoices) return err('invalid_input', `Choose at most ${group.maxChoices} for ${group.name.toLowerCase()}.`, { field: `${field}.optionIds` });
      for (const o of picked) {
        modifiers.push({ optionId: o.id, groupName: group.name, name: o.name, priceDeltaPence: o.priceDeltaPence });
        chosen.delete(o.id);
      }
    }
    if (chosen.size > 0) return err('invalid_input', `That choice is not offered with ${product.name}.`, { field: `${field}.optionIds` });

    const unitPence = basePence + modifiers.reduce((a, m) => a + m.priceDeltaPence, 0);
    const itemsPence = unitPence * draft.quantity;
    let lineDiscountPence = 0;
    if (draft.discount) {
      const check = checkReason(index, draft.discount, `${field}.discount`);
      if (!check.ok) return check;
      lineDiscountPence = discountAmount(draft.discount, itemsPence);
    }
    lines.push({
      productId: product.id,
      name: product.name,
      quantity: draft.quantity,
      modifiers,
      unitPence,
      itemsPence,
      lineDiscountPence,
      orderDiscountPence: 0,
      totalPence: itemsPence - lineDiscountPence,
      vatRateBp: vatRateFor(product.vatClass, basket.orderType),
      vatPence: 0,
      discountReasonId: draft.discount?.reasonId ?? null,
    });
  }

  if (basket.orderDiscount) {
    const check = checkReason(index, basket.orderDiscount, 'orderDiscount');
    if (!check.ok) return check;
    const subtotal = lines.reduce((a, l) => a + l.totalPence, 0);
    const shares = apportion(discountAmount(basket.orderDiscount, subtotal), lines.map((l) => l.totalPence));
    lines.forEach((l, i) => {
      l.orderDiscountPence = shares[i] ?? 0;
      l.totalPence -= l.orderDiscountPence;
    });
  }

  const byRate = new Map<VatRateBp, VatBreakdown>();
  for (const l of lines) {
    l.vatPence = vatInside(l.totalPence, l.vatRateBp);
    const row = byRate.get(l.vatRateBp) ?? { rateBp: l.vatRateBp, grossPence: 0, vatPence: 0, netPence: 0 };
    row.grossPence += l.totalPence;
    row.vatPence += l.vatPence;
    row.netPence = row.grossPence - row.vatPence;
    byRate.set(l.vatRateBp, row);
  }
  const itemsPence = lines.reduce((a, l) => a + l.itemsPence, 0);
  const totalPence = lines.reduce((a, l) => a + l.totalPence, 0);
  return ok({
    orderType: basket.orderType,
    lines,
    itemsPence,
    discountPence: itemsPence - totalPence,
    totalPence,
    vatPence: lines.reduce((a, l) => a + l.vatPence, 0),
    vatByRate: [...byRate.values()].sort((a, b) => b.rateBp - a.rateBp),
    orderDiscountReasonId: basket.orderDiscount?.reasonId ?? null,
  });
}
