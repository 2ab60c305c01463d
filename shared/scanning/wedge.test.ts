import { describe, expect, it } from 'vitest';
import { createRepeatGuard, feedWedge, idleWedge, settleWedge, type WedgeConfig, type WedgeState } from './wedge.ts';

const enter: WedgeConfig = { prefix: '', endKey: 'Enter', maxKeyGapMs: 50 };

/** Types `keys` starting at `start`, `gap` ms apart; returns every code and whether the last key was swallowed. */
function type(keys: string[], gap: number, config = enter, start = 1000, from: WedgeState = idleWedge) {
  let state = from;
  const codes: string[] = [];
  let swallowed = false;
  keys.forEach((key, i) => {
    const step = feedWedge(state, key, start + i * gap, config);
    state = step.state;
    swallowed = step.swallow;
    if (step.code) codes.push(step.code);
  });
  return { codes, swallowed, state, end: start + (keys.length - 1) * gap };
}

const keysOf = (s: string, end = 'Enter') => [...s, end];

describe('feedWedge', () => {
  it('reads a fast burst ended by Enter as a scan and swallows the Enter', () => {
    expect(type(keysOf('5012345678900'), 8)).toMatchObject({ codes: ['5012345678900'], swallowed: true });
    expect(type(keysOf('APRON-TOM-0003'), 3)).toMatchObject({ codes: ['APRON-TOM-0003'] });
  });

  it('never takes a person typing for a scan, however the keys end', () => {
    expect(type(keysOf('1234'), 120)).toMatchObject({ codes: [], swallowed: false });
    expect(type(keysOf('12345678'), 51)).toMatchObject({ codes: [] });
  });

  it('drops a burst that pauses before its end key (a partial scan)', () => {
    const half = type([...'50123456'], 5);
    const step = feedWedge(half.state, 'Enter', half.end + 200, enter);
    expect(step).toMatchObject({ code: null, swallow: false });
  });

  it('needs at least four characters: a fast "12" then Enter is a slip, not a scan', () => {
    expect(type(keysOf('123'), 5).codes).toEqual([]);
    expect(type(keysOf('1234'), 5).codes).toEqual(['1234']);
  });

  it('starts again when a key is not one a scanner types (a space, an arrow, Shift does not count)', () => {
    expect(type(['1', '2', ' ', '3', '4', 'Enter'], 5).codes).toEqual([]);
    expect(type(['1', '2', 'ArrowLeft', '3', '4', '5', '6', 'Enter'], 5).codes).toEqual(['3456']);
  });

  it('reads two scans back to back', () => {
    expect(type([...keysOf('11112222'), ...keysOf('33334444')], 4).codes).toEqual(['11112222', '33334444']);
  });

  it('with a prefix, reads only codes that start with it and takes it off', () => {
    const config: WedgeConfig = { prefix: '~#', endKey: 'Enter', maxKeyGapMs: 50 };
    expect(type(keysOf('~#APRON-0001'), 5, config).codes).toEqual(['APRON-0001']);
    expect(type(keysOf('APRON-0001'), 5, config).codes).toEqual([]);
    expect(type(keysOf('x~#APRON-0001'), 5, config).codes).toEqual(['APRON-0001']);
    expect(type(keysOf('~#12'), 5, config).codes).toEqual([]);
  });

  it('honours Tab as the end key, and then Enter is just a key', () => {
    const tab: WedgeConfig = { ...enter, endKey: 'Tab' };
    expect(type(keysOf('12345678', 'Tab'), 5, tab)).toMatchObject({ codes: ['12345678'], swallowed: true });
    expect(type(keysOf('12345678', 'Enter'), 5, tab).codes).toEqual([]);
  });

  it('gives up on a burst longer than any code (a key held down)', () => {
    expect(type(keysOf('1'.repeat(81)), 5).codes).toEqual([]);
  });
});

describe('settleWedge (no end key)', () => {
  const none: WedgeConfig = { prefix: '%', endKey: 'none', maxKeyGapMs: 50 };

  it('ends the code once the keys stop', () => {
    const typed = type([...'%APRON-0001'], 5, none);
    expect(settleWedge(typed.state, typed.end + 20, none).code).toBeNull();
    expect(settleWedge(typed.state, typed.end + 51, none)).toEqual({ state: idleWedge, code: 'APRON-0001' });
  });

  it('drops slow typing, even with the prefix', () => {
    expect(settleWedge(type([...'%ABCD'], 120, none).state, 5000, none).code).toBeNull();
  });

  it('drops an unfinished burst when the scanner has an end key', () => {
    const typed = type([...'12345678'], 5);
    expect(settleWedge(typed.state, typed.end + 100, enter)).toEqual({ state: idleWedge, code: null });
  });
});

describe('createRepeatGuard', () => {
  it('lets a code through once within the window, and again after it', () => {
    const fresh = createRepeatGuard(800);
    expect([fresh('A', 0), fresh('A', 300), fresh('B', 400), fresh('A', 500), fresh('A', 1400)]).toEqual([true, false, true, true, true]);
  });
});
