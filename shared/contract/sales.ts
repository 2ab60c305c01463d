import { z } from 'zod';
import type { BasketDraft } from '../till/basket.ts';
import type { PricedModifier, VatBreakdown } from '../till/pricing.ts';
import { orderTypes, type OrderType } from '../till/vat.ts';
import { method } from './define.ts';
import { idSchema, text } from './fields.ts';
import { MAX_PENCE, pence } from './money.ts';

export const tenders = ['cash', 'card'] as const;
export type Tender = (typeof tenders)[number];

export const MAX_QUANTITY = 99;

const discountSchema = z
  .strictObject({
    kind: z.enum(['percent', 'fixed'], { error: 'Choose a percentage or an amount off.' }),
    value: z.number({ error: 'The discount must be a number.' }).int('The discount must be a whole number.').min(1, 'The discount must be more than nothing.').max(MAX_PENCE, 'That discount is too large.'),
    reasonId: idSchema,
  })
  .refine((d) => d.kind !== 'percent' || d.value <= 100, { path: ['value'], message: 'A percentage discount is at most 100%.' });

const lineSchema = z.strictObject({
  productId: idSchema,
  quantity: z
    .number({ error: 'The quantity must be a number.' })
    .int('The quantity must be a whole number.')
    .min(1, 'The quantity must be at least 1.')
    .max(MAX_QUANTITY, `The quantity can be at most ${MAX_QUANTITY}.`),
  optionIds: z.array(idSchema).max(20, 'Too many choices on one item.').default([]),
  openPricePence: pence('price').nullable().default(null),
  discount: discountSchema.nullable().default(null),
});

export const basketSchema = z.strictObject({
  orderType: z.enum(orderTypes, { error: 'Choose eat in or takeaway.' }),
  lines: z.array(lineSchema, { error: 'The basket is missing.' }).min(1, 'The basket is empty: add something first.').max(100, 'A basket can hold at most 100 lines.'),
  orderDiscount: discountSchema.nullable().default(null),
});

const paymentSchema = z.strictObject({
  tender: z.enum(tenders, { error: 'Choose cash or card.' }),
  /** What this tender pays towards the sale (cash: before change). */
  amountPence: pence('payment', { allowZero: false }),
});

/** A client reference makes a double tap on "Pay" complete one sale, not two. */
const clientRef = z.string({ error: 'The sale reference is missing.' }).regex(/^[A-Za-z0-9-]{8,64}$/, 'The sale reference is not valid.');

export interface SaleLine {
  id: string;
  lineNo: number;
  productId: string | null;
  name: string;
  quantity: number;
  modifiers: PricedModifier[];
  unitPence: number;
  itemsPence: number;
  discountPence: number;
  totalPence: number;
  vatRateBp: number;
  vatPence: number;
  /** How many of this line have been refunded or voided so far (sales only). */
  refundedQuantity: number;
}

export interface SalePayment {
  tender: Tender;
  amountPence: number;
}

export type JournalKind = 'sale' | 'refund' | 'void';

/** A finished entry in the sales journal (a sale, or a refund or void that reverses one). */
export interface Sale {
  id: string;
  kind: JournalKind;
  /** Gapless per till; practice sales have none. */
  receiptNumber: number | null;
  practice: boolean;
  tillId: string;
  orderType: OrderType;
  at: string;
  operator: { id: string; displayName: string };
  authorisedBy: { id: string; displayName: string } | null;
  reason: string | null;
  shiftId: string | null;
  cashSessionId: string | null;
  /** The sale a refund or void reverses. */
  originalId: string | null;
  originalReceiptNumber: number | null;
  lines: SaleLine[];
  payments: SalePayment[];
  itemsPence: number;
  discountPence: number;
  /** Negative for refunds and voids. */
  totalPence: number;
  vatPence: number;
  vatByRate: VatBreakdown[];
  tenderedPence: number;
  changePence: number;
  /** Refunds and voids of this sale. */
  reversals: { id: string; kind: JournalKind; receiptNumber: number | null; totalPence: number; at: string }[];
}

export interface SaleSummary {
  id: string;
  kind: JournalKind;
  receiptNumber: number | null;
  at: string;
  operatorName: string;
  totalPence: number;
  itemCount: number;
  tenders: Tender[];
  reversed: 'no' | 'part' | 'all';
}

export interface HeldOrder {
  id: string;
  label: string;
  basket: BasketDraft;
  heldBy: string;
  at: string;
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  /** The first entry whose hash does not match what is stored. */
  brokenAt: { id: string; receiptNumber: number | null } | null;
}

export interface TillState {
  tillId: string;
  tillName: string;
  practice: boolean;
  discountLimits: DiscountLimits;
}

/** The largest discount (percent of the order's value) each role may give without a supervisor. */
export interface DiscountLimits {
  trainee: number;
  supervisor: number;
  manager: number;
}

export interface PracticeReview {
  people: { staffId: string; displayName: string; sales: number; reviewed: number; right: number; lastAt: string | null }[];
  sales: (Sale & { review: 'right' | 'wrong' | null })[];
}

const percentLimit = z.number({ error: 'The limit must be a percentage.' }).int('The limit must be a whole percentage.').min(0, 'The limit cannot be negative.').max(100, 'The limit can be at most 100%.');
const reason = text('reason', 200);
const when = z.iso.datetime({ error: 'That is not a valid time.' });

export const salesMethods = {
  'till.state': method<TillState>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
    passive: true,
  }),
  /** Practice mode for the whole till: a banner on every screen; practice sales are kept apart. */
  'till.setPractice': method<TillState>()({
    input: z.strictObject({ practice: z.boolean({ error: 'Practice must be on or off.' }) }),
    access: 'signed-in',
    kind: 'write',
  }),
  'till.setDiscountLimits': method<TillState>()({
    input: z.strictObject({ trainee: percentLimit, supervisor: percentLimit, manager: percentLimit }),
    access: ['manager'],
    kind: 'write',
  }),
  /**
   * Prices the basket from the database, takes the payments and writes the sale, its
   * receipt number and its hash in one transaction. The same clientRef twice returns the
   * first sale: a double tap completes one sale.
   */
  'sales.complete': method<Sale>()({
    input: z.strictObject({
      clientRef,
      basket: basketSchema,
      payments: z.array(paymentSchema, { error: 'Add how the customer paid.' }).max(10, 'At most 10 payments on one sale.'),
      /** The total the screen showed: if prices changed meanwhile, the sale stops instead of charging something else. */
      expectedTotalPence: pence('total'),
      heldOrderId: idSchema.optional(),
    }),
    access: 'signed-in',
    kind: 'write',
    // A discount over the caller's limit needs a supervisor's authorisation for this call.
    authorisableBy: ['supervisor', 'manager'],
  }),
  'sales.hold': method<HeldOrder>()({
    input: z.strictObject({ label: text('name for the order', 40), basket: basketSchema }),
    access: 'signed-in',
    kind: 'write',
  }),
  'sales.listHeld': method<HeldOrder[]>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
  }),
  /** Takes a held order off the list and gives its basket back to the till. */
  'sales.resumeHeld': method<HeldOrder>()({
    input: z.strictObject({ heldOrderId: idSchema }),
    access: 'signed-in',
    kind: 'write',
  }),
  'sales.void': method<Sale>()({
    input: z.strictObject({ saleId: idSchema, reason }),
    access: ['supervisor', 'manager'],
    kind: 'write',
    authorisableBy: ['supervisor', 'manager'],
  }),
  'sales.refund': method<Sale>()({
    input: z.strictObject({
      saleId: idSchema,
      lines: z
        .array(
          z.strictObject({
            lineId: idSchema,
            quantity: z.number({ error: 'The quantity must be a number.' }).int('The quantity must be a whole number.').min(1, 'Refund at least 1.').max(MAX_QUANTITY, `The quantity can be at most ${MAX_QUANTITY}.`),
          }),
          { error: 'Choose what to refund.' },
        )
        .min(1, 'Choose at least one item to refund.')
        .max(100),
      /** Back to the tenders it was paid with (card first), or all in cash. */
      to: z.enum(['original', 'cash'], { error: 'Choose how to give the money back.' }),
      reason,
    }),
    access: ['supervisor', 'manager'],
    kind: 'write',
    authorisableBy: ['supervisor', 'manager'],
  }),
  'sales.find': method<{ sales: SaleSummary[]; nextBefore: string | null }>()({
    input: z.strictObject({
      receiptNumber: z.number({ error: 'The receipt number must be a number.' }).int('The receipt number must be a whole number.').min(1, 'Receipt numbers start at 1.').optional(),
      from: when.optional(),
      to: when.optional(),
      totalPence: pence('amount').optional(),
      before: z.string().max(64).optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    access: 'signed-in',
    kind: 'read',
  }),
  'sales.get': method<Sale>()({
    input: z.strictObject({ saleId: idSchema }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** Recomputes every journal hash: an edit behind Apron's back shows here. */
  'sales.verifyChain': method<ChainCheck>()({
    input: z.strictObject({}),
    access: ['supervisor', 'manager'],
    kind: 'read',
  }),
  'practice.review': method<PracticeReview>()({
    input: z.strictObject({ staffId: idSchema.optional(), from: when.optional() }),
    access: ['supervisor', 'manager'],
    kind: 'read',
  }),
  'practice.mark': method<{ saleId: string; review: 'right' | 'wrong' }>()({
    input: z.strictObject({ saleId: idSchema, review: z.enum(['right', 'wrong'], { error: 'Mark it right or needs more practice.' }) }),
    access: ['supervisor', 'manager'],
    kind: 'write',
  }),
};
