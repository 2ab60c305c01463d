import { z } from 'zod';
import { checkBarcode } from '../till/barcode.ts';
import { vatClasses, type VatClass } from '../till/vat.ts';
import { method } from './define.ts';
import { idSchema, optionalText, text } from './fields.ts';
import { pence } from './money.ts';

export interface Category {
  id: string;
  name: string;
  /** A hex colour, "#1d4ed8". */
  colour: string;
  position: number;
  active: boolean;
}

export interface ModifierOption {
  id: string;
  name: string;
  /** Added to the product's price (may be 0). */
  priceDeltaPence: number;
  position: number;
}

export interface ModifierGroup {
  id: string;
  name: string;
  minChoices: number;
  maxChoices: number;
  options: ModifierOption[];
}

export interface Product {
  id: string;
  name: string;
  categoryId: string;
  /** VAT-inclusive; for an open-price item, the usual price offered first. */
  pricePence: number;
  vatClass: VatClass;
  barcode: string | null;
  /** A short emoji or icon name shown on the button. */
  icon: string | null;
  openPrice: boolean;
  maxPricePence: number | null;
  modifierGroupIds: string[];
  position: number;
  active: boolean;
}

export interface DiscountReason {
  id: string;
  name: string;
  active: boolean;
}

export interface Catalogue {
  categories: Category[];
  products: Product[];
  modifierGroups: ModifierGroup[];
  discountReasons: DiscountReason[];
}

const colour = z.string({ error: 'Choose a colour.' }).regex(/^#[0-9a-fA-F]{6}$/, 'Choose a colour from the list.');
const position = z.number({ error: 'The order must be a number.' }).int('The order must be a whole number.').min(0, 'The order cannot be negative.').max(10_000, 'The order can be at most 10000.');
const active = z.boolean({ error: 'On sale must be yes or no.' });

export const barcodeSchema = z
  .string({ error: 'Scan or type the barcode.' })
  .trim()
  .max(32, 'That barcode is too long: scan it again.')
  .transform((v, ctx) => {
    const check = checkBarcode(v);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    return check.code;
  });

const modifierOption = z.strictObject({
  id: idSchema.optional(),
  name: text('choice name', 40),
  priceDeltaPence: pence('extra price'),
});

export const catalogueMethods = {
  /** Everything the till and the catalogue screen show; inactive items included for managers. */
  'catalogue.get': method<Catalogue>()({
    input: z.strictObject({ includeInactive: z.boolean({ error: 'Show items not on sale must be yes or no.' }).default(false) }),
    access: 'signed-in',
    kind: 'read',
  }),
  'catalogue.saveCategory': method<Category>()({
    input: z.strictObject({ id: idSchema.optional(), name: text('category name', 40), colour, position: position.default(0), active: active.default(true) }),
    access: ['manager'],
    kind: 'write',
  }),
  'catalogue.saveProduct': method<Product>()({
    input: z
      .strictObject({
        id: idSchema.optional(),
        name: text('product name', 60),
        categoryId: idSchema,
        pricePence: pence('price'),
        vatClass: z.enum(vatClasses, { error: 'Choose how VAT applies to this product.' }),
        barcode: barcodeSchema.nullable().default(null),
        icon: optionalText('icon', 16),
        openPrice: z.boolean({ error: 'Price set at the till must be yes or no.' }).default(false),
        maxPricePence: pence('highest price', { allowZero: false }).nullable().default(null),
        modifierGroupIds: z.array(idSchema).max(10, 'A product can have at most 10 choice groups.').default([]),
        position: position.default(0),
        active: active.default(true),
      })
      .superRefine((p, ctx) => {
        if (p.openPrice && p.maxPricePence === null) ctx.addIssue({ code: 'custom', path: ['maxPricePence'], message: 'Set the highest price the till may charge for this item.' });
        if (p.openPrice && p.maxPricePence !== null && p.pricePence > p.maxPricePence) ctx.addIssue({ code: 'custom', path: ['pricePence'], message: 'The usual price cannot be more than the highest price.' });
        if (!p.openPrice && p.pricePence === 0) ctx.addIssue({ code: 'custom', path: ['pricePence'], message: 'Set a price, or make it an item priced at the till.' });
      }),
    access: ['manager'],
    kind: 'write',
  }),
  'catalogue.saveModifierGroup': method<ModifierGroup>()({
    input: z
      .strictObject({
        id: idSchema.optional(),
        name: text('choice group name', 40),
        minChoices: z.number({ error: 'The fewest choices must be a number.' }).int().min(0, 'The fewest choices cannot be negative.').max(10),
        maxChoices: z.number({ error: 'The most choices must be a number.' }).int().min(1, 'Allow at least one choice.').max(10, 'Allow at most 10 choices.'),
        options: z.array(modifierOption).min(1, 'Add at least one choice.').max(20, 'A group can have at most 20 choices.'),
      })
      .superRefine((g, ctx) => {
        if (g.minChoices > g.maxChoices) ctx.addIssue({ code: 'custom', path: ['minChoices'], message: 'The fewest choices cannot be more than the most.' });
        if (g.minChoices > g.options.length) ctx.addIssue({ code: 'custom', path: ['minChoices'], message: 'There are fewer choices than the fewest a person must pick.' });
      }),
    access: ['manager'],
    kind: 'write',
  }),
  'catalogue.saveDiscountReason': method<DiscountReason>()({
    input: z.strictObject({ id: idSchema.optional(), name: text('reason', 40), active: active.default(true) }),
    access: ['manager'],
    kind: 'write',
  }),
  /** A scanned or typed product barcode: the product, or not_found saying so. */
  'catalogue.findBarcode': method<Product>()({
    input: z.strictObject({ barcode: barcodeSchema }),
    access: 'signed-in',
    kind: 'read',
  }),
};
