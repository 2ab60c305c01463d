import type { Category, DiscountReason, ModifierGroup, Product } from '../../../shared/contract/index.ts';
import { formatPence } from '../../../shared/money.ts';
import type { Handlers, WriteContext } from '../context.ts';
import { fail } from '../errors.ts';
import { findCategoryRow, findGroupRow, findProductRowByBarcode, groupIdsOf, readCatalogue, readGroup, readProduct, readReason, toCategory, toProduct } from './rows.ts';

type CatalogueHandlers = Pick<Handlers, 'catalogue.get' | 'catalogue.saveCategory' | 'catalogue.saveProduct' | 'catalogue.saveModifierGroup' | 'catalogue.saveDiscountReason' | 'catalogue.findBarcode'>;

// Catalogue changes touch only the catalogue: a finished sale keeps the name, price and VAT
// it was sold with on its own lines, so changing a price never rewrites history.

function changes(list: (string | null | false)[]): string {
  const named = list.filter((x): x is string => typeof x === 'string');
  return named.length > 0 ? named.join(', ') : 'nothing';
}

/** An id the screen sends must be one the café has: saving under a made-up id would create a stray row. */
function mustExist<T>(found: T | undefined, what: string): T {
  return found ?? fail('not_found', `That ${what} is no longer in the catalogue: reload the page.`, { field: 'id' });
}

function saveCategory(ctx: WriteContext, input: { id?: string | undefined; name: string; colour: string; position: number; active: boolean }): Category {
  const at = ctx.now.toISOString();
  if (input.id === undefined) {
    const id = ctx.ids();
    ctx.db.prepare('INSERT INTO categories (id, name, colour, position, active, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, input.name, input.colour, input.position, input.active ? 1 : 0, at);
    ctx.note({ subjectType: 'category', subjectId: id, summary: `Added the category ${input.name}${input.active ? '' : ' (not on sale)'}` });
    return toCategory(mustExist(findCategoryRow(ctx.db, id), 'category'));
  }
  const before = mustExist(findCategoryRow(ctx.db, input.id), 'category');
  ctx.db.prepare('UPDATE categories SET name = ?, colour = ?, position = ?, active = ?, updated_at = ? WHERE id = ?').run(input.name, input.colour, input.position, input.active ? 1 : 0, at, before.id);
  const what = changes([
    input.name !== before.name && `name to ${input.name}`,
    input.colour !== before.colour && 'colour',
    input.position !== before.position && 'order',
    input.active !== (before.active === 1) && (input.active ? 'back on sale' : 'taken off sale'),
  ]);
  ctx.note({ subjectType: 'category', subjectId: before.id, summary: `Changed the category ${before.name}: ${what}` });
  return toCategory(mustExist(findCategoryRow(ctx.db, before.id), 'category'));
}

interface ProductInput {
  id?: string | undefined;
  name: string;
  categoryId: string;
  pricePence: number;
  vatClass: Product['vatClass'];
  barcode: string | null;
  icon: string | null;
  openPrice: boolean;
  maxPricePence: number | null;
  modifierGroupIds: string[];
  position: number;
  active: boolean;
}

function checkProduct(ctx: WriteContext, input: ProductInput): void {
  if (!findCategoryRow(ctx.db, input.categoryId)) fail('not_found', 'That category is no longer in the catalogue: choose another.', { field: 'categoryId' });
  if (input.barcode !== null) {
    const owner = findProductRowByBarcode(ctx.db, input.barcode);
    if (owner && owner.id !== input.id) fail('conflict', `That barcode already belongs to ${owner.name}.`, { field: 'barcode' });
  }
  const seen = new Set<string>();
  input.modifierGroupIds.forEach((groupId, i) => {
    if (seen.has(groupId)) fail('invalid_input', 'That choice group is on the list twice.', { field: `modifierGroupIds.${i}` });
    seen.add(groupId);
    if (!findGroupRow(ctx.db, groupId)) fail('not_found', 'That choice group is no longer in the catalogue: choose another.', { field: `modifierGroupIds.${i}` });
  });
}

function saveProduct(ctx: WriteContext, input: ProductInput): Product {
  checkProduct(ctx, input);
  const at = ctx.now.toISOString();
  // The highest price only means something for an item priced at the till.
  const maxPricePence = input.openPrice ? input.maxPricePence : null;
  const values = [input.name, input.categoryId, input.pricePence, input.vatClass, input.barcode, input.icon, input.openPrice ? 1 : 0, maxPricePence, input.position, input.active ? 1 : 0, at] as const;
  let id: string;
  let summary: string;
  if (input.id === undefined) {
    id = ctx.ids();
    ctx.db
      .prepare('INSERT INTO products (name, category_id, price_pence, vat_class, barcode, icon, open_price, max_price_pence, position, active, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(...values, id);
    summary = `Added ${input.name} at ${input.openPrice ? `a price set at the till up to ${formatPence(maxPricePence ?? 0)}` : formatPence(input.pricePence)}${input.active ? '' : ' (not on sale)'}`;
  } else {
    const before = mustExist(readProduct(ctx.db, input.id), 'product');
    id = before.id;
    ctx.db
      .prepare('UPDATE products SET name = ?, category_id = ?, price_pence = ?, vat_class = ?, barcode = ?, icon = ?, open_price = ?, max_price_pence = ?, position = ?, active = ?, updated_at = ? WHERE id = ?')
      .run(...values, id);
    summary = `Changed ${before.name}: ${changes([
      input.name !== before.name && `name to ${input.name}`,
      input.pricePence !== before.pricePence && `price from ${formatPence(before.pricePence)} to ${formatPence(input.pricePence)}`,
      input.vatClass !== before.vatClass && `VAT from ${before.vatClass} to ${input.vatClass}`,
      input.categoryId !== before.categoryId && 'category',
      input.barcode !== before.barcode && (input.barcode ? 'barcode' : 'barcode removed'),
      input.icon !== before.icon && 'icon',
      input.openPrice !== before.openPrice && (input.openPrice ? 'price set at the till' : 'fixed price'),
      maxPricePence !== before.maxPricePence && maxPricePence !== null && `highest price ${formatPence(maxPricePence)}`,
      input.modifierGroupIds.join() !== before.modifierGroupIds.join() && 'choices',
      input.position !== before.position && 'order',
      input.active !== before.active && (input.active ? 'back on sale' : 'taken off sale'),
    ])}`;
  }
  ctx.db.prepare('DELETE FROM product_modifier_groups WHERE product_id = ?').run(id);
  input.modifierGroupIds.forEach((groupId, position) => {
    ctx.db.prepare('INSERT INTO product_modifier_groups (product_id, group_id, position) VALUES (?, ?, ?)').run(id, groupId, position);
  });
  ctx.note({ subjectType: 'product', subjectId: id, summary });
  return mustExist(readProduct(ctx.db, id), 'product');
}

interface GroupInput {
  id?: string | undefined;
  name: string;
  minChoices: number;
  maxChoices: number;
  options: { id?: string | undefined; name: string; priceDeltaPence: number }[];
}

/**
 * Options are matched by id and updated; options left off the list are switched off, not
 * deleted (held orders and old sales may name them); options without an id are new.
 */
function saveModifierGroup(ctx: WriteContext, input: GroupInput): ModifierGroup {
  const at = ctx.now.toISOString();
  const isNew = input.id === undefined;
  const groupId = input.id ?? ctx.ids();
  const before = isNew ? undefined : mustExist(readGroup(ctx.db, groupId), 'choice group');
  const seen = new Set<string>();
  input.options.forEach((o, i) => {
    if (o.id === undefined) return;
    if (seen.has(o.id)) fail('invalid_input', 'That choice is on the list twice.', { field: `options.${i}.id` });
    seen.add(o.id);
    const owner = ctx.db.prepare<[string], { group_id: string }>('SELECT group_id FROM modifier_options WHERE id = ?').get(o.id);
    if (!owner || owner.group_id !== groupId) fail('not_found', 'That choice is not part of this group: reload the page.', { field: `options.${i}.id` });
  });

  if (isNew) {
    ctx.db.prepare('INSERT INTO modifier_groups (id, name, min_choices, max_choices, updated_at) VALUES (?, ?, ?, ?, ?)').run(groupId, input.name, input.minChoices, input.maxChoices, at);
  } else {
    ctx.db.prepare('UPDATE modifier_groups SET name = ?, min_choices = ?, max_choices = ?, updated_at = ? WHERE id = ?').run(input.name, input.minChoices, input.maxChoices, at, groupId);
  }
  const kept: string[] = [];
  input.options.forEach((o, position) => {
    if (o.id === undefined) {
      const id = ctx.ids();
      ctx.db.prepare('INSERT INTO modifier_options (id, group_id, name, price_delta_pence, position, active) VALUES (?, ?, ?, ?, ?, 1)').run(id, groupId, o.name, o.priceDeltaPence, position);
      kept.push(id);
    } else {
      ctx.db.prepare('UPDATE modifier_options SET name = ?, price_delta_pence = ?, position = ?, active = 1 WHERE id = ?').run(o.name, o.priceDeltaPence, position, o.id);
      kept.push(o.id);
    }
  });
  const stale = ctx.db
    .prepare<[string], { id: string; name: string }>('SELECT id, name FROM modifier_options WHERE group_id = ? AND active = 1')
    .all(groupId)
    .filter((o) => !kept.includes(o.id));
  for (const o of stale) ctx.db.prepare('UPDATE modifier_options SET active = 0 WHERE id = ?').run(o.id);

  const after = mustExist(readGroup(ctx.db, groupId), 'choice group');
  const optionList = after.options.map((o) => (o.priceDeltaPence > 0 ? `${o.name} +${formatPence(o.priceDeltaPence)}` : o.name)).join(', ');
  const summary = before
    ? `Changed the choice group ${before.name}: ${optionList}${stale.length > 0 ? `; switched off ${stale.map((o) => o.name).join(', ')}` : ''}`
    : `Added the choice group ${input.name}: ${optionList}`;
  ctx.note({ subjectType: 'modifierGroup', subjectId: groupId, summary });
  return after;
}

function saveDiscountReason(ctx: WriteContext, input: { id?: string | undefined; name: string; active: boolean }): DiscountReason {
  if (input.id === undefined) {
    const id = ctx.ids();
    const position = ctx.db.prepare<[], number>('SELECT coalesce(max(position), 0) + 1 FROM discount_reasons').pluck().get() ?? 1;
    ctx.db.prepare('INSERT INTO discount_reasons (id, name, active, position) VALUES (?, ?, ?, ?)').run(id, input.name, input.active ? 1 : 0, position);
    ctx.note({ subjectType: 'discountReason', subjectId: id, summary: `Added the discount reason ${input.name}` });
    return mustExist(readReason(ctx.db, id), 'discount reason');
  }
  const before = mustExist(readReason(ctx.db, input.id), 'discount reason');
  ctx.db.prepare('UPDATE discount_reasons SET name = ?, active = ? WHERE id = ?').run(input.name, input.active ? 1 : 0, before.id);
  const what = changes([input.name !== before.name && `name to ${input.name}`, input.active !== before.active && (input.active ? 'back in use' : 'taken out of use')]);
  ctx.note({ subjectType: 'discountReason', subjectId: before.id, summary: `Changed the discount reason ${before.name}: ${what}` });
  return mustExist(readReason(ctx.db, before.id), 'discount reason');
}

export function catalogueHandlers(): CatalogueHandlers {
  return {
    'catalogue.get': (ctx, input) => readCatalogue(ctx.db, input.includeInactive),
    'catalogue.saveCategory': saveCategory,
    'catalogue.saveProduct': saveProduct,
    'catalogue.saveModifierGroup': saveModifierGroup,
    'catalogue.saveDiscountReason': saveDiscountReason,

    'catalogue.findBarcode': (ctx, input) => {
      const row = findProductRowByBarcode(ctx.db, input.barcode);
      if (!row) fail('not_found', `No product has the barcode ${input.barcode}.`, { field: 'barcode' });
      const product = toProduct(row, groupIdsOf(ctx.db, row.id), 'onSale');
      if (!product.active) fail('not_found', `${product.name} is not on sale at the moment.`, { field: 'barcode' });
      return product;
    },
  };
}
