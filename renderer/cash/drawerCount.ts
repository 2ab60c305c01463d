import { createStore, type StoreApi } from 'zustand/vanilla';
import { countValue, DENOMINATIONS, denominationName, type Denomination } from '../../shared/money.ts';

// Counting a drawer note by note and coin by coin: a box per denomination that takes a
// typed count, with + and − beside it. The state keeps what the person typed (so a slip
// like "1o" stays on screen to be put right, instead of silently becoming 0); the counts
// and the total come from it, the total through shared countValue.

/** The contract's largest count for one denomination. */
export const MAX_COUNT = 100_000;

export interface DrawerCount {
  /** What is in each box, by denomination in pence ("2000" → "3"); "" is an empty box. */
  typed: Record<string, string>;
}

export const emptyCount: DrawerCount = { typed: Object.fromEntries(DENOMINATIONS.map((d) => [String(d), ''])) };

/** A box's whole number, or null when it holds something that is not a count. Empty is 0. */
function readBox(text: string | undefined): number | null {
  const t = (text ?? '').trim();
  if (t === '') return 0;
  if (!/^\d{1,6}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_COUNT ? n : null;
}

export function countOf(state: DrawerCount, d: Denomination): number | null {
  return readBox(state.typed[String(d)]);
}

export function typeCount(state: DrawerCount, d: Denomination, text: string): DrawerCount {
  return { typed: { ...state.typed, [String(d)]: text } };
}

/** One more note or coin; a box holding a slip starts again from 1. */
export function addOne(state: DrawerCount, d: Denomination): DrawerCount {
  const n = countOf(state, d) ?? 0;
  return typeCount(state, d, String(Math.min(n + 1, MAX_COUNT)));
}

/** One fewer, never below none. */
export function takeOne(state: DrawerCount, d: Denomination): DrawerCount {
  const n = countOf(state, d) ?? 0;
  return typeCount(state, d, String(Math.max(n - 1, 0)));
}

/** Starts the count again from scratch. */
export function clearCount(): DrawerCount {
  return emptyCount;
}

/** Puts an earlier count back in the boxes (the float counted this morning). */
export function countFrom(counts: Readonly<Record<string, number>>): DrawerCount {
  return { typed: Object.fromEntries(DENOMINATIONS.map((d) => [String(d), counts[String(d)] ? String(counts[String(d)]) : ''])) };
}

/** Why a box cannot be read, in plain words, or undefined when it is fine. */
export function problemWith(state: DrawerCount, d: Denomination): string | undefined {
  if (countOf(state, d) !== null) return undefined;
  const what = d >= 500 ? 'notes' : 'coins';
  return `Type how many ${denominationName(d)} ${what} there are, as a whole number (or leave it empty for none).`;
}

export function hasProblems(state: DrawerCount): boolean {
  return DENOMINATIONS.some((d) => countOf(state, d) === null);
}

/**
 * The count to send to the core: every note and coin, 0 where the box is empty (so an
 * empty drawer is still a count), or null while a box holds a slip.
 */
export function countsToSend(state: DrawerCount): Record<string, number> | null {
  const counts: Record<string, number> = {};
  for (const d of DENOMINATIONS) {
    const n = countOf(state, d);
    if (n === null) return null;
    counts[String(d)] = n;
  }
  return counts;
}

/** The value of the boxes that can be read (a slip counts as none until it is put right). */
export function countTotal(state: DrawerCount): number {
  const counts: Record<string, number> = {};
  for (const d of DENOMINATIONS) counts[String(d)] = countOf(state, d) ?? 0;
  return countValue(counts);
}

/** Notes are £5 and up; the rest are coins. */
export function isNote(d: Denomination): boolean {
  return d >= 500;
}

export type DrawerCountStore = StoreApi<DrawerCount>;

export function createDrawerCountStore(initial: DrawerCount = emptyCount): DrawerCountStore {
  return createStore<DrawerCount>()(() => initial);
}

/**
 * A count half done survives the till locking itself (counting coins can take longer than
 * the idle lock): kept as text with the cash session it belongs to, read back only for it.
 */
export function savedCount(state: DrawerCount, cashSessionId: string | null): string {
  return JSON.stringify({ cashSessionId, typed: state.typed });
}

export function restoredCount(text: string | null, cashSessionId: string | null): DrawerCount | null {
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as { cashSessionId?: unknown; typed?: unknown };
    if (saved.cashSessionId !== cashSessionId || typeof saved.typed !== 'object' || saved.typed === null) return null;
    const typed = saved.typed as Record<string, unknown>;
    let state = emptyCount;
    for (const d of DENOMINATIONS) {
      const t = typed[String(d)];
      if (typeof t === 'string' && t.length <= 12) state = typeCount(state, d, t);
    }
    return state;
  } catch {
    return null;
  }
}

export function isEmptyCount(state: DrawerCount): boolean {
  return DENOMINATIONS.every((d) => (state.typed[String(d)] ?? '').trim() === '');
}
