import { describe, expect, it } from 'vitest';
import { emptyWedge, feedWedge, type WedgeState } from './scannerWedge.ts';

function typeKeys(keys: string[], gapMs: number): (string | null)[] {
  let state: WedgeState = emptyWedge;
  return keys.map((key, i) => {
    const step = feedWedge(state, key, 1000 + i * gapMs);
    state = step.state;
    return step.code;
  });
}

describe('a keyboard-wedge barcode scanner', () => {
  it('reads fast digits ending in Enter as a scan', () => {
    const codes = typeKeys([...'5012345000046', 'Enter'], 5);
    expect(codes.at(-1)).toBe('5012345000046');
  });

  it('ignores a person typing slowly', () => {
    expect(typeKeys([...'50123450', 'Enter'], 200).at(-1)).toBeNull();
  });

  it('ignores Enter after too few digits (a PIN, a quantity)', () => {
    expect(typeKeys([...'1234', 'Enter'], 5).at(-1)).toBeNull();
  });

  it('starts again after a pause or another key', () => {
    let state: WedgeState = emptyWedge;
    state = feedWedge(state, '9', 0).state;
    state = feedWedge(state, '9', 500).state;
    expect(state.digits).toBe('9');
    state = feedWedge(state, 'a', 501).state;
    expect(state).toEqual(emptyWedge);
  });
});
