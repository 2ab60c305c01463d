import { createStore, type StoreApi } from 'zustand/vanilla';

// What has been typed on the PIN pad. The digits never leave this store except in the
// one login call; the screen shows only how many there are.

export const PIN_MAX_DIGITS = 8;
export const PIN_MIN_DIGITS = 4;

export interface PinEntry {
  digits: string;
}

export const emptyPin: PinEntry = { digits: '' };

export function pressDigit(state: PinEntry, digit: string): PinEntry {
  if (!/^\d$/.test(digit) || state.digits.length >= PIN_MAX_DIGITS) return state;
  return { digits: state.digits + digit };
}

export function deleteDigit(state: PinEntry): PinEntry {
  return state.digits === '' ? state : { digits: state.digits.slice(0, -1) };
}

export function clearPin(state: PinEntry): PinEntry {
  return state.digits === '' ? state : emptyPin;
}

export function canSubmitPin(state: PinEntry): boolean {
  return state.digits.length >= PIN_MIN_DIGITS;
}

/** What a key on the keyboard means to the PIN pad, if anything. */
export type PinKeyAction = { kind: 'digit'; digit: string } | { kind: 'delete' } | { kind: 'clear' } | { kind: 'submit' };

export function pinKeyAction(key: string): PinKeyAction | null {
  if (/^\d$/.test(key)) return { kind: 'digit', digit: key };
  if (key === 'Backspace' || key === 'Delete') return { kind: 'delete' };
  if (key === 'Escape') return { kind: 'clear' };
  if (key === 'Enter') return { kind: 'submit' };
  return null;
}

export function createPinEntryStore(): StoreApi<PinEntry> {
  return createStore<PinEntry>()(() => emptyPin);
}
