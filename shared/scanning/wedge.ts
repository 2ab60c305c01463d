import type { ScannerEndKey } from '../contract/scanners.ts';

// A scanner plugged in as a keyboard ("wedge") types a code far faster than any person and
// then presses its end key. The recogniser is fed every key with its time and answers when a
// scan has ended: keys no further apart than `maxKeyGapMs`, starting with the prefix, at
// least MIN_CODE characters after it, and the end key pressed within the gap. Anything else
// (a person typing, a key held down then Enter, half a scan that stopped) gives no code, so
// typing can never be taken for a scan. With no end key, a code ends when the keys stop.

export interface WedgeConfig {
  prefix: string;
  endKey: ScannerEndKey;
  maxKeyGapMs: number;
}

export interface WedgeState {
  /** Characters typed so far in this burst, prefix included. */
  typed: string;
  lastAt: number;
}

export interface WedgeStep {
  state: WedgeState;
  /** The scanned code (prefix taken off) when this key ended a scan. */
  code: string | null;
  /** The key was the scanner's own (its end key): it must not reach the page. */
  swallow: boolean;
}

export const MIN_CODE = 4;
const MAX_TYPED = 80;
export const idleWedge: WedgeState = { typed: '', lastAt: Number.NEGATIVE_INFINITY };

const isScannerChar = (key: string): boolean => key.length === 1 && key >= '!' && key <= '~';

/** Whether `typed` can still become `prefix` + code. */
const fitsPrefix = (typed: string, prefix: string): boolean => (typed.length <= prefix.length ? prefix.startsWith(typed) : typed.startsWith(prefix));

function codeOf(typed: string, config: WedgeConfig): string | null {
  if (!typed.startsWith(config.prefix)) return null;
  const code = typed.slice(config.prefix.length);
  return code.length >= MIN_CODE ? code : null;
}

export function feedWedge(state: WedgeState, key: string, at: number, config: WedgeConfig): WedgeStep {
  const inBurst = state.typed !== '' && at - state.lastAt <= config.maxKeyGapMs;
  if (config.endKey !== 'none' && key === config.endKey) {
    const code = inBurst ? codeOf(state.typed, config) : null;
    return { state: idleWedge, code, swallow: code !== null };
  }
  if (!isScannerChar(key)) return { state: idleWedge, code: null, swallow: false };
  // With no end key a code ends at the first pause; a fast key after one starts the next.
  const typed = inBurst ? state.typed + key : key;
  if (typed.length > MAX_TYPED) return { state: idleWedge, code: null, swallow: false };
  if (!fitsPrefix(typed, config.prefix)) {
    return { state: fitsPrefix(key, config.prefix) ? { typed: key, lastAt: at } : idleWedge, code: null, swallow: false };
  }
  return { state: { typed, lastAt: at }, code: null, swallow: false };
}

/** For a scanner with no end key: call once the keys have stopped for longer than the gap. */
export function settleWedge(state: WedgeState, at: number, config: WedgeConfig): { state: WedgeState; code: string | null } {
  if (state.typed === '' || at - state.lastAt <= config.maxKeyGapMs) return { state, code: null };
  return { state: idleWedge, code: config.endKey === 'none' ? codeOf(state.typed, config) : null };
}

/** Ignores the same code read again within `windowMs` (a scanner's double read). */
export function createRepeatGuard(windowMs: number): (code: string, at: number) => boolean {
  let last: { code: string; at: number } | null = null;
  return (code, at) => {
    const repeat = last !== null && last.code === code && at - last.at < windowMs;
    last = { code, at };
    return !repeat;
  };
}
