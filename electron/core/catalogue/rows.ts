import type { Catalogue, Category, DiscountReason, ModifierGroup, ModifierOption, Product } from '../../../shared/contract/index.ts';
import type { BasketDraft } from '../../../shared/till/basket.ts';
import type { CatalogueIndex } from '../../../shared/till/pricing.ts';
import type { VatClass } from '../../../shared/till/vat.ts';
import type { ReadDb } from '../db/handles.ts';
import { memoised } from '../db/versions.ts';

// The catalogue as stored, and the two ways the core reads it: all of it for the screens,
// or only the rows one basket names, for pricing a sale. `db.prepare` caches statements by
// their text, so each query below is prepared once per database.

export interface CategoryRow {
  id: string;
  name: string;
  colour: string;
  position: number;
  active: number;
}

export interface ProductRow {
  id: string;
  name: string;
  category_id: string;
  price_pence: number;
  vat_class: VatClass;
  barcode: string | null;
  icon: string | null;
  open_price: number;
  max_price_pence: number | null;
  position: number;
  active: number;
  /** Whether the product's category is on sale too. */
  category_active: number;
}

interface GroupRow {
  id: string;
  name: string;
  min_choices: number;
  max_choices: number;
}

interface OptionRow {
  id: string;
  group_id: string;
  name: string;
  price_delta_pence: number;
  position: number;
}

interface ReasonRow {
  id: string;
  name: string;
  active: number;
}

const PRODUCT_COLUMNS = 'p.id, p.name, p.category_id, p.price_pence, p.vat_class, p.barcode, p.icon, p.open_price, p.max_price_pence, p.position, p.active, c.active AS category_active';
// The same, for one product by key. Joins and ORDER BY cost several times a plain key look-up
// in SQLite, and a sale makes a dozen of these: the pricing path uses single-table reads only.
const PRODUCT_BY_ID = 'SELECT id, name, category_id, price_pence, vat_class, barcode, icon, open_price, max_price_pence, position, active, (SELECT active FROM categories WHERE id = products.category_id) AS category_active FROM products WHERE id = ?';

export function toCategory(row: CategoryRow): Category {
  return { id: row.id, name: row.name, colour: row.colour, position: row.position, active: row.active === 1 };
}

/**
 * `onSale`: the till's view, where a product in a category taken off sale is off sale too.
 * The manager's view shows each product's own switch.
 */
export function toProduct(row: ProductRow, modifierGroupIds: string[], view: 'onSale' | 'own' = 'onSale'): Product {
  return {
    id: row.id,
    name: row.name,
    categoryId: row.category_id,
    pricePence: row.price_pence,
    vatClass: row.vat_class,
    barcode: row.barcode,
    icon: row.icon,
    openPrice: row.open_price === 1,
    maxPricePence: row.max_price_pence,
    modifierGroupIds,
    position: row.position,
    active: view === 'own' ? row.active === 1 : row.active === 1 && row.category_active === 1,
  };
}

function toOption(row: OptionRow): ModifierOption {
  return { id: row.id, name: row.name, priceDeltaPence: row.price_delta_pence, position: row.position };
}

function toGroup(row: GroupRow, options: ModifierOption[]): ModifierGroup {
  return { id: row.id, name: row.name, minChoices: row.min_choices, maxChoices: row.max_choices, options };
}

function toReason(row: ReasonRow): DiscountReason {
  return { id: row.id, name: row.name, active: row.active === 1 };
}

export function findProductRow(db: ReadDb, id: string): ProductRow | undefined {
  return db.prepare<[string], ProductRow>(PRODUCT_BY_ID).get(id);
}

export function findProductRowByBarcode(db: ReadDb, barcode: string): ProductRow | undefined {
  return db.prepare<[string], ProductRow>(`SELECT ${PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id WHERE p.barcode = ?`).get(barcode);
}

// A product's choice groups, and a group's options, in the order the till shows them. Sorted
// here rather than by SQL so that one product or group read alone and the whole catalogue
// read at once (pricingCatalogue) order them exactly alike.
const byPositionThenGroup = (a: { position: number; group_id: string }, b: { position: number; group_id: string }): number =>
  a.position - b.position || (a.group_id < b.group_id ? -1 : 1);
const byPositionThenName = (a: OptionRow, b: OptionRow): number => a.position - b.position || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function groupIdsOf(db: ReadDb, productId: string): string[] {
  return db
    .prepare<[string], { group_id: string; position: number }>('SELECT group_id, position FROM product_modifier_groups WHERE product_id = ?')
    .all(productId)
    .sort(byPositionThenGroup)
    .map((r) => r.group_id);
}

/** A product as the manager sees it (its own on-sale switch). */
export function readProduct(db: ReadDb, id: string): Product | undefined {
  const row = findProductRow(db, id);
  return row ? toProduct(row, groupIdsOf(db, id), 'own') : undefined;
}

export function findCategoryRow(db: ReadDb, id: string): CategoryRow | undefined {
  return db.prepare<[string], CategoryRow>('SELECT id, name, colour, position, active FROM categories WHERE id = ?').get(id);
}

export function findGroupRow(db: ReadDb, id: string): GroupRow | undefined {
  return db.prepare<[string], GroupRow>('SELECT id, name, min_choices, max_choices FROM modifier_groups WHERE id = ?').get(id);
}

/** The options a person can choose now (switched-off ones are kept for history, not offered). */
export function activeOptionsOf(db: ReadDb, groupId: string): ModifierOption[] {
  return db
    .prepare<[string], OptionRow & { active: number }>('SELECT id, group_id, name, price_delta_pence, position, active FROM modifier_options WHERE group_id = ?')
    .all(groupId)
    .filter((o) => o.active === 1)
    .sort(byPositionThenName)
    .map(toOption);
}

export function readGroup(db: ReadDb, id: string): ModifierGroup | undefined {
  const row = findGroupRow(db, id);
  return row ? toGroup(row, activeOptionsOf(db, id)) : undefined;
}

export function findReasonRow(db: ReadDb, id: string): ReasonRow | undefined {
  return db.prepare<[string], ReasonRow>('SELECT id, name, active FROM discount_reasons WHERE id = ?').get(id);
}

export function readReason(db: ReadDb, id: string): DiscountReason | undefined {
  const row = findReasonRow(db, id);
  return row ? toReason(row) : undefined;
}

/** Everything the till shows (on sale only), or everything the manager edits. Ordered by position, then name. */
export function readCatalogue(db: ReadDb, includeInactive: boolean): Catalogue {
  const all = includeInactive ? 1 : 0;
  const categories = db
    .prepare<[number], CategoryRow>('SELECT id, name, colour, position, active FROM categories WHERE active = 1 OR ? = 1 ORDER BY position, name COLLATE NOCASE, id')
    .all(all)
    .map(toCategory);

  const groupIdsByProduct = new Map<string, string[]>();
  for (const link of db.prepare<[], { product_id: string; group_id: string }>('SELECT product_id, group_id FROM product_modifier_groups ORDER BY product_id, position, group_id').all()) {
    const list = groupIdsByProduct.get(link.product_id) ?? [];
    list.push(link.group_id);
    groupIdsByProduct.set(link.product_id, list);
  }
  const products = db
    .prepare<[number], ProductRow>(
      `SELECT ${PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id
       WHERE (p.active = 1 AND c.active = 1) OR ? = 1 ORDER BY p.position, p.name COLLATE NOCASE, p.id`,
    )
    .all(all)
    .map((row) => toProduct(row, groupIdsByProduct.get(row.id) ?? [], includeInactive ? 'own' : 'onSale'));

  const optionsByGroup = new Map<string, ModifierOption[]>();
  for (const row of db.prepare<[], OptionRow>('SELECT id, group_id, name, price_delta_pence, position FROM modifier_options WHERE active = 1 ORDER BY group_id, position, name').all()) {
    const list = optionsByGroup.get(row.group_id) ?? [];
    list.push(toOption(row));
    optionsByGroup.set(row.group_id, list);
  }
  const modifierGroups = db
    .prepare<[], GroupRow>('SELECT id, name, min_choices, max_choices FROM modifier_groups ORDER BY name COLLATE NOCASE, id')
    .all()
    .map((row) => toGroup(row, optionsByGroup.get(row.id) ?? []));

  const discountReasons = db
    .prepare<[number], ReasonRow>('SELECT id, name, active FROM discount_reasons WHERE active = 1 OR ? = 1 ORDER BY position, name COLLATE NOCASE, id')
    .all(all)
    .map(toReason);

  return { categories, products, modifierGroups, discountReasons };
}

/**
 * Every product (as the till sells it), choice group (with the options on offer) and discount
 * reason, by id: what indexForBasket would read row by row (PRODUCT_BY_ID, groupIdsOf,
 * readGroup, readReason), read in five statements and built the same way.
 */
function pricingCatalogue(db: ReadDb): CatalogueIndex {
  const linksByProduct = new Map<string, { group_id: string; position: number }[]>();
  for (const link of db.prepare<[], { product_id: string; group_id: string; position: number }>('SELECT product_id, group_id, position FROM product_modifier_groups').all()) {
    const list = linksByProduct.get(link.product_id) ?? [];
    list.push(link);
    linksByProduct.set(link.product_id, list);
  }
  const products = new Map<string, Product>();
  // LEFT JOIN, as PRODUCT_BY_ID: a product whose category is missing is known, and off sale.
  for (const row of db.prepare<[], ProductRow>(`SELECT ${PRODUCT_COLUMNS} FROM products p LEFT JOIN categories c ON c.id = p.category_id`).all()) {
    const groupIds = (linksByProduct.get(row.id) ?? []).sort(byPositionThenGroup).map((link) => link.group_id);
    products.set(row.id, toProduct(row, groupIds, 'onSale'));
  }
  // In rowid order before the (stable) sort, as a group's own read finds options of equal position and name.
  const optionsByGroup = new Map<string, ModifierOption[]>();
  const options = db.prepare<[], OptionRow>('SELECT id, group_id, name, price_delta_pence, position FROM modifier_options WHERE active = 1 ORDER BY rowid').all().sort(byPositionThenName);
  for (const row of options) {
    const list = optionsByGroup.get(row.group_id) ?? [];
    list.push(toOption(row));
    optionsByGroup.set(row.group_id, list);
  }
  const groups = new Map<string, ModifierGroup>();
  for (const row of db.prepare<[], GroupRow>('SELECT id, name, min_choices, max_choices FROM modifier_groups').all()) groups.set(row.id, toGroup(row, optionsByGroup.get(row.id) ?? []));
  const reasons = new Map<string, DiscountReason>();
  for (const row of db.prepare<[], ReasonRow>('SELECT id, name, active FROM discount_reasons').all()) reasons.set(row.id, toReason(row));
  return { products, groups, reasons };
}

/**
 * The part of the catalogue one basket names: its products, their choice groups and the
 * discount reasons it uses. A sale is priced from this, never from what the screen says.
 * It is picked from the whole catalogue kept in memory (frozen), built again whenever any
 * catalogue row has changed (data_versions, migration 0008), so a new price is used by the
 * next sale, even one made behind Apron's back.
 */
export function indexForBasket(db: ReadDb, basket: BasketDraft): CatalogueIndex {
  const all = memoised(db, 'catalogue', 'pricing', () => pricingCatalogue(db));
  const products = new Map<string, Product>();
  const groups = new Map<string, ModifierGroup>();
  const reasons = new Map<string, DiscountReason>();
  const addReason = (id: string | undefined): void => {
    const reason = id === undefined ? undefined : all.reasons.get(id);
    if (reason) reasons.set(reason.id, reason);
  };
  for (const line of basket.lines) {
    addReason(line.discount?.reasonId);
    const product = all.products.get(line.productId);
    if (!product || products.has(product.id)) continue;
    products.set(product.id, product);
    for (const groupId of product.modifierGroupIds) {
      const group = all.groups.get(groupId);
      if (group) groups.set(groupId, group);
    }
  }
  addReason(basket.orderDiscount?.reasonId);
  return { products, groups, reasons };
}
