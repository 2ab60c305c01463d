import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError, PracticeReview } from '../../shared/contract/index.ts';

// A supervisor going through trainees' practice sales: whose to show, whether to hide the
// ones already looked at, and each sale's mark. A mark is never final: pressing the other
// button changes it, so a slip costs nothing.

export type Mark = 'right' | 'wrong';
export type PracticeSale = PracticeReview['sales'][number];

export interface PracticeState {
  review: PracticeReview | null;
  /** A person's id, or null for everyone. */
  who: string | null;
  onlyUnmarked: boolean;
  /** The sale being marked right now. */
  marking: string | null;
  error: ApiError | null;
}

export const startingPractice: PracticeState = { review: null, who: null, onlyUnmarked: false, marking: null, error: null };

export function loaded(state: PracticeState, review: PracticeReview): PracticeState {
  // Someone chosen who no longer has practice sales goes back to everyone.
  const who = state.who !== null && review.people.some((p) => p.staffId === state.who) ? state.who : null;
  return { ...state, review, who };
}

export function choosePerson(state: PracticeState, who: string | null): PracticeState {
  return { ...state, who };
}

export function showOnlyUnmarked(state: PracticeState, onlyUnmarked: boolean): PracticeState {
  return { ...state, onlyUnmarked };
}

export function marking(state: PracticeState, saleId: string): PracticeState {
  return { ...state, marking: saleId, error: null };
}

/** The core took the mark: show it on the sale at once (the counts come with the next load). */
export function marked(state: PracticeState, saleId: string, mark: Mark): PracticeState {
  if (!state.review) return { ...state, marking: null };
  const sales = state.review.sales.map((s) => (s.id === saleId ? { ...s, review: mark } : s));
  return { ...state, marking: null, review: { ...state.review, sales } };
}

export function markFailed(state: PracticeState, error: ApiError): PracticeState {
  return { ...state, marking: null, error };
}

/** The sales to show, newest first, as the core sent them. */
export function visibleSales(state: PracticeState): PracticeSale[] {
  const sales = state.review?.sales ?? [];
  return sales.filter((s) => (state.who === null || s.operator.id === state.who) && (!state.onlyUnmarked || s.review === null));
}

export function markWords(mark: Mark | null): string {
  if (mark === 'right') return 'Marked right';
  if (mark === 'wrong') return 'Marked: needs more practice';
  return 'Not marked yet';
}

export type PracticeStore = StoreApi<PracticeState>;

export function createPracticeStore(): PracticeStore {
  return createStore<PracticeState>()(() => startingPractice);
}
