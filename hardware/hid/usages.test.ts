import { describe, expect, it } from 'vitest';
import { keyFor, keyMeaning, USAGE } from './usages.ts';

describe('keyboard usages', () => {
  it('letters, shifted letters and digits read as a US-layout reader sends them', () => {
    expect(keyMeaning(0x04, false)).toEqual({ kind: 'character', text: 'a' });
    expect(keyMeaning(0x1d, true)).toEqual({ kind: 'character', text: 'Z' });
    expect(keyMeaning(0x1e, false)).toEqual({ kind: 'character', text: '1' });
    expect(keyMeaning(0x27, false)).toEqual({ kind: 'character', text: '0' });
    expect(keyMeaning(0x2d, false)).toEqual({ kind: 'character', text: '-' });
    expect(keyMeaning(0x2d, true)).toEqual({ kind: 'character', text: '_' });
    expect(keyMeaning(0x1f, true)).toEqual({ kind: 'character', text: '@' });
  });

  it('the number pad types digits whether or not shift is held', () => {
    expect(keyMeaning(0x59, false)).toEqual({ kind: 'character', text: '1' });
    expect(keyMeaning(0x62, true)).toEqual({ kind: 'character', text: '0' });
  });

  it('Enter, the number pad’s Enter and Tab end a code; rollover errors and unknown keys are told apart', () => {
    expect(keyMeaning(USAGE.enter, false)).toEqual({ kind: 'end' });
    expect(keyMeaning(USAGE.keypadEnter, false)).toEqual({ kind: 'end' });
    expect(keyMeaning(USAGE.tab, true)).toEqual({ kind: 'end' });
    expect(keyMeaning(USAGE.errorRollOver, false)).toEqual({ kind: 'error' });
    expect(keyMeaning(0x3a, false)).toEqual({ kind: 'unknown' }); // F1
    expect(keyMeaning(0x39, false)).toEqual({ kind: 'unknown' }); // Caps Lock
  });

  it('every printable ASCII character has a key that reads back as itself', () => {
    for (let c = 0x20; c <= 0x7e; c += 1) {
      const character = String.fromCharCode(c);
      const key = keyFor(character);
      expect(key, character).not.toBeNull();
      expect(keyMeaning(key!.usage, key!.shift)).toEqual({ kind: 'character', text: character });
    }
  });

  it('characters no reader types have no key', () => {
    expect(keyFor('£')).toBeNull();
    expect(keyFor('\n')).toBeNull();
    expect(keyFor('é')).toBeNull();
  });
});
