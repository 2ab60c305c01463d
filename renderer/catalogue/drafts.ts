import type { ApiError, Catalogue, Category, DiscountLimits, DiscountReason, InputOf, ModifierGroup, Product } from '../../shared/contract/index.ts';
import type { VatClass } from '../../shared/till/vat.ts';
import { vatClassNames } from '../../shared/till/vat.ts';
import { parsePounds, poundsText } from '../till/moneyInput.ts';
import { palette } from './palette.ts';

// What the catalogue forms hold while a manager types: text as typed, turned into the
// contract's input only when they press Save. A slip the screen can see for itself (a
// price that is not an amount) comes back in the same shape as the core's errors, naming
// the same field, so it shows beside the same box.

export type Parsed<T> = { ok: true; input: T } | { ok: false; error: ApiError };

function slip(field: string, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'invalid_input', message, field } };
}

const NOT_A_PRICE = 'Type the price in pounds and pence, like 3.20.';

/** A whole number typed in a box, or null. */
function whole(text: string): number | null {
  const t = text.trim();
  return /^\d{1,5}$/.test(t) ? Number(t) : null;
}

/** The next place at the end of a list ordered by position. */
export function nextPosition(items: readonly { position: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.position), 0) + 1;
}

// Categories

export interface CategoryDraft {
  id?: string;
  name: string;
  colour: string;
  position: string;
  active: boolean;
}

export function categoryDraft(catalogue: Catalogue, category?: Category): CategoryDraft {
  if (category) return { id: category.id, name: category.name, colour: category.colour, position: String(category.position), active: category.active };
  // A new category gets the first colour nobody uses yet, so tabs can be told apart.
  const used = new Set(catalogue.categories.map((c) => c.colour.toLowerCase()));
  const colour = (palette.find((c) => !used.has(c.hex.toLowerCase())) ?? palette[0] ?? { hex: '#1d4ed8' }).hex;
  return { name: '', colour, position: String(nextPosition(catalogue.categories)), active: true };
}

export function categoryInput(d: CategoryDraft): Parsed<InputOf<'catalogue.saveCategory'>> {
  const position = whole(d.position);
  if (position === null) return slip('position', 'The order must be a whole number, like 3.');
  return { ok: true, input: { ...(d.id ? { id: d.id } : {}), name: d.name, colour: d.colour, position, active: d.active } };
}

// Products

export interface ProductDraft {
  id?: string;
  name: string;
  categoryId: string;
  price: string;
  vatClass: VatClass;
  barcode: string;
  icon: string;
  openPrice: boolean;
  maxPrice: string;
  modifierGroupIds: string[];
  position: string;
  active: boolean;
}

export function productDraft(catalogue: Catalogue, product?: Product, categoryId?: string): ProductDraft {
  if (product) {
    return {
      id: product.id,
      name: product.name,
      categoryId: product.categoryId,
      price: poundsText(product.pricePence),
      vatClass: product.vatClass,
      barcode: product.barcode ?? '',
      icon: product.icon ?? '',
      openPrice: product.openPrice,
      maxPrice: product.maxPricePence === null ? '' : poundsText(product.maxPricePence),
      modifierGroupIds: [...product.modifierGroupIds],
      position: String(product.position),
      active: product.active,
    };
  }
  return {
    name: '',
    categoryId: categoryId ?? catalogue.categories[0]?.id ?? '',
    price: '',
    vatClass: 'standard',
    barcode: '',
    icon: '',
    openPrice: false,
    maxPrice: '',
    modifierGroupIds: [],
    position: String(nextPosition(catalogue.products)),
    active: true,
  };
}

/** Ticks or unticks a choice group; ticked groups keep the order they were ticked in. */
export function toggleGroup(d: ProductDraft, groupId: string): ProductDraft {
  const has = d.modifierGroupIds.includes(groupId);
  return { ...d, modifierGroupIds: has ? d.modifierGroupIds.filter((g) => g !== groupId) : [...d.modifierGroupIds, groupId] };
}

export function productInput(d: ProductDraft): Parsed<InputOf<'catalogue.saveProduct'>> {
  // An item priced at the till may leave its usual price empty: the till then starts from nothing.
  const price = d.openPrice && d.price.trim() === '' ? 0 : parsePounds(d.price);
  if (price === null) return slip('pricePence', NOT_A_PRICE);
  let maxPricePence: number | null = null;
  if (d.openPrice) {
    if (d.maxPrice.trim() !== '') {
      maxPricePence = parsePounds(d.maxPrice);
      if (maxPricePence === null) return slip('maxPricePence', NOT_A_PRICE);
    }
  }
  const position = whole(d.position);
  if (position === null) return slip('position', 'The order must be a whole number, like 3.');
  if (d.categoryId === '') return slip('categoryId', 'Choose a category (add one first on the Categories page).');
  return {
    ok: true,
    input: {
      ...(d.id ? { id: d.id } : {}),
      name: d.name,
      categoryId: d.categoryId,
      pricePence: price,
      vatClass: d.vatClass,
      barcode: d.barcode.trim() === '' ? null : d.barcode.trim(),
      icon: d.icon.trim(),
      openPrice: d.openPrice,
      maxPricePence,
      modifierGroupIds: d.modifierGroupIds,
      position,
      active: d.active,
    },
  };
}

/** "Standard 20%": the plain name without the examples, for a table. */
export function vatShortName(vatClass: VatClass): string {
  return vatClassNames[vatClass].split(' (')[0] ?? vatClassNames[vatClass];
}

// Choice groups

export interface OptionDraft {
  /** Stable while editing, so React keeps each row (and its focus) in place. */
  key: string;
  id?: string;
  name: string;
  extra: string;
}

export interface GroupDraft {
  id?: string;
  name: string;
  min: string;
  max: string;
  options: OptionDraft[];
  nextKey: number;
}

export function groupDraft(group?: ModifierGroup): GroupDraft {
  if (!group) return { name: '', min: '0', max: '1', options: [{ key: 'o1', name: '', extra: '' }], nextKey: 2 };
  const options = group.options.map((o, i) => ({ key: `o${i + 1}`, id: o.id, name: o.name, extra: o.priceDeltaPence === 0 ? '' : poundsText(o.priceDeltaPence) }));
  return { id: group.id, name: group.name, min: String(group.minChoices), max: String(group.maxChoices), options, nextKey: options.length + 1 };
}

export function addOption(d: GroupDraft): GroupDraft {
  return { ...d, options: [...d.options, { key: `o${d.nextKey}`, name: '', extra: '' }], nextKey: d.nextKey + 1 };
}

/** Takes a choice off the list (Cancel brings it back; once saved, old sales keep its name). */
export function removeOption(d: GroupDraft, key: string): GroupDraft {
  return { ...d, options: d.options.filter((o) => o.key !== key) };
}

export function editOption(d: GroupDraft, key: string, patch: Partial<Pick<OptionDraft, 'name' | 'extra'>>): GroupDraft {
  return { ...d, options: d.options.map((o) => (o.key === key ? { ...o, ...patch } : o)) };
}

/** Moves a choice up (-1) or down (+1) the list the till shows. */
export function moveOption(d: GroupDraft, key: string, by: -1 | 1): GroupDraft {
  const i = d.options.findIndex((o) => o.key === key);
  const j = i + by;
  if (i < 0 || j < 0 || j >= d.options.length) return d;
  const options = [...d.options];
  const [moved] = options.splice(i, 1);
  if (moved) options.splice(j, 0, moved);
  return { ...d, options };
}

export function groupInput(d: GroupDraft): Parsed<InputOf<'catalogue.saveModifierGroup'>> {
  const minChoices = whole(d.min);
  if (minChoices === null) return slip('minChoices', 'The fewest choices must be a whole number, like 0 or 1.');
  const maxChoices = whole(d.max);
  if (maxChoices === null) return slip('maxChoices', 'The most choices must be a whole number, like 1.');
  const options: { id?: string; name: string; priceDeltaPence: number }[] = [];
  for (const [i, o] of d.options.entries()) {
    const extra = o.extra.trim() === '' ? 0 : parsePounds(o.extra);
    if (extra === null) return slip(`options.${i}.priceDeltaPence`, 'Type the extra price in pounds and pence, like 0.30, or leave it empty for no extra.');
    options.push({ ...(o.id ? { id: o.id } : {}), name: o.name, priceDeltaPence: extra });
  }
  return { ok: true, input: { ...(d.id ? { id: d.id } : {}), name: d.name, minChoices, maxChoices, options } };
}

/** "Pick 1", "Pick up to 2", "Pick 1 to 3": a group's rule in words. */
export function choiceRule(minChoices: number, maxChoices: number): string {
  if (minChoices === maxChoices) return `Must pick ${minChoices}`;
  if (minChoices === 0) return `Pick up to ${maxChoices} (optional)`;
  return `Pick ${minChoices} to ${maxChoices}`;
}

// Discount reasons and limits

export interface ReasonDraft {
  id?: string;
  name: string;
  active: boolean;
}

export function reasonDraft(reason?: DiscountReason): ReasonDraft {
  return reason ? { id: reason.id, name: reason.name, active: reason.active } : { name: '', active: true };
}

export interface LimitsDraft {
  trainee: string;
  supervisor: string;
  manager: string;
}

export function limitsDraft(limits: DiscountLimits): LimitsDraft {
  return { trainee: String(limits.trainee), supervisor: String(limits.supervisor), manager: String(limits.manager) };
}

export function limitsInput(d: LimitsDraft): Parsed<InputOf<'till.setDiscountLimits'>> {
  const read = (text: string) => whole(text.trim().replace(/%$/, ''));
  const trainee = read(d.trainee);
  if (trainee === null) return slip('trainee', 'Type the limit as a whole percentage, like 10.');
  const supervisor = read(d.supervisor);
  if (supervisor === null) return slip('supervisor', 'Type the limit as a whole percentage, like 50.');
  const manager = read(d.manager);
  if (manager === null) return slip('manager', 'Type the limit as a whole percentage, like 100.');
  return { ok: true, input: { trainee, supervisor, manager } };
}
