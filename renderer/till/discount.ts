import type { DiscountDraft } from '../../shared/till/basket.ts';
import { parsePounds, parseWhole } from './moneyInput.ts';

/** Reads the form: a discount, or what is wrong with it in plain words. */
export function readDiscount(kind: DiscountDraft['kind'], valueText: string, reasonId: string | null): DiscountDraft | string {
  let value: number | null;
  if (kind === 'percent') {
    value = parseWhole(valueText.replace(/%\s*$/, ''));
    if (value === null || value < 1 || value > 100) return 'Type a percentage from 1 to 100.';
  } else {
    value = parsePounds(valueText);
    if (value === null || value < 1) return 'Type the amount off, like 0.50.';
  }
  if (!reasonId) return 'Choose a reason for the discount.';
  return { kind, value, reasonId };
}
