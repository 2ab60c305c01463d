import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError, Catalogue, TillState } from '../../shared/contract/index.ts';
import type { CategoryDraft, GroupDraft, ProductDraft, ReasonDraft } from './drafts.ts';

// The catalogue screen: which part is showing, and at most one thing being edited. Cancel
// drops the draft and nothing is sent; Save sends it and, once the core has taken it,
// closes the form and says what was saved.

export type Section = 'products' | 'categories' | 'groups' | 'discounts';

export type Editing =
  | { kind: 'category'; draft: CategoryDraft }
  | { kind: 'product'; draft: ProductDraft }
  | { kind: 'group'; draft: GroupDraft }
  | { kind: 'reason'; draft: ReasonDraft };

export type EditKind = Editing['kind'];
export type DraftOf<K extends EditKind> = Extract<Editing, { kind: K }>['draft'];

export interface CatalogueState {
  catalogue: Catalogue | null;
  till: TillState | null;
  section: Section;
  editing: Editing | null;
  error: ApiError | null;
  notice: string | null;
  busy: boolean;
  /** Showing only one category's products, or all. */
  categoryFilter: string | null;
}

export const startingCatalogue: CatalogueState = { catalogue: null, till: null, section: 'products', editing: null, error: null, notice: null, busy: false, categoryFilter: null };

export function loaded(state: CatalogueState, catalogue: Catalogue): CatalogueState {
  const filter = state.categoryFilter !== null && catalogue.categories.some((c) => c.id === state.categoryFilter) ? state.categoryFilter : null;
  return { ...state, catalogue, categoryFilter: filter };
}

export function tillLoaded(state: CatalogueState, till: TillState): CatalogueState {
  return { ...state, till };
}

/** Another part of the catalogue: whatever was half-typed is dropped, as with Cancel. */
export function showSection(state: CatalogueState, section: Section): CatalogueState {
  return { ...state, section, editing: null, error: null, notice: null };
}

export function filterByCategory(state: CatalogueState, categoryId: string | null): CatalogueState {
  return { ...state, categoryFilter: categoryId };
}

export function startEditing(state: CatalogueState, editing: Editing): CatalogueState {
  return { ...state, editing, error: null, notice: null };
}

export function editDraft<K extends EditKind>(state: CatalogueState, kind: K, change: (draft: DraftOf<K>) => DraftOf<K>): CatalogueState {
  if (state.editing?.kind !== kind) return state;
  return { ...state, editing: { kind, draft: change(state.editing.draft as DraftOf<K>) } as Editing };
}

export function cancelEditing(state: CatalogueState): CatalogueState {
  return { ...state, editing: null, error: null, busy: false };
}

export function saving(state: CatalogueState): CatalogueState {
  return { ...state, busy: true, error: null, notice: null };
}

export function saved(state: CatalogueState, notice: string): CatalogueState {
  return { ...state, busy: false, editing: null, error: null, notice };
}

/** The core (or the form itself) refused: the form stays open with what was typed. */
export function refused(state: CatalogueState, error: ApiError): CatalogueState {
  return { ...state, busy: false, error };
}

/** Something saved outside the form (discount limits). */
export function noted(state: CatalogueState, notice: string): CatalogueState {
  return { ...state, busy: false, error: null, notice };
}

export type CatalogueStore = StoreApi<CatalogueState>;

export function createCatalogueStore(): CatalogueStore {
  return createStore<CatalogueState>()(() => startingCatalogue);
}
