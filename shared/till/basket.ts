import type { OrderType } from './vat.ts';

// What a basket is before it is paid: ids and choices only, never prices. The core prices
// it again from the database when the sale completes.

export interface DiscountDraft {
  kind: 'percent' | 'fixed';
  /** Whole percent (1–100) or pence. */
  value: number;
  reasonId: string;
}

export interface LineDraft {
  productId: string;
  quantity: number;
  optionIds: string[];
  /** Only for open-price items: the price the trainee typed. */
  openPricePence: number | null;
  discount: DiscountDraft | null;
}

export interface BasketDraft {
  orderType: OrderType;
  lines: LineDraft[];
  orderDiscount: DiscountDraft | null;
}
