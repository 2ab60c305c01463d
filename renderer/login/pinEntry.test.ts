import { describe, expect, it } from 'vitest';
import { canSubmitPin, clearPin, createPinEntryStore, deleteDigit, emptyPin, pinKeyAction, pressDigit, type PinEntry } from './pinEntry.ts';

const typed = (digits: string): PinEntry => [...digits].reduce(pressDigit, emptyPin);

describe('the PIN pad', () => {
  it('adds digits as they are pressed', () => {
    expect(typed('1234').digits).toBe('1234');
  });

  it('stops at eight digits', () => {
    expect(typed('1234567890').digits).toBe('12345678');
  });

  it('ignores anything that is not a single digit', () => {
    expect(pressDigit(emptyPin, 'a')).toBe(emptyPin);
    expect(pressDigit(emptyPin, '12')).toBe(emptyPin);
  });

  it('deletes the last digit, and does nothing when empty', () => {
    expect(deleteDigit(typed('123')).digits).toBe('12');
    expect(deleteDigit(emptyPin)).toBe(emptyPin);
  });

  it('clears everything', () => {
    expect(clearPin(typed('9876')).digits).toBe('');
  });

  it('lets the person press OK once four digits are in', () => {
    expect(canSubmitPin(typed('123'))).toBe(false);
    expect(canSubmitPin(typed('1234'))).toBe(true);
  });

  it('understands the keyboard: digits, Backspace, Escape and Enter', () => {
    expect(pinKeyAction('7')).toEqual({ kind: 'digit', digit: '7' });
    expect(pinKeyAction('Backspace')).toEqual({ kind: 'delete' });
    expect(pinKeyAction('Escape')).toEqual({ kind: 'clear' });
    expect(pinKeyAction('Enter')).toEqual({ kind: 'submit' });
    expect(pinKeyAction('x')).toBeNull();
  });

  it('keeps what was typed in its own store', () => {
    const store = createPinEntryStore();
    store.setState((s) => pressDigit(s, '5'));
    expect(store.getState().digits).toBe('5');
  });
});
