import { describe, expect, it } from 'vitest';
import { DENOMINATIONS } from '../../shared/money.ts';
import { addOne, clearCount, countFrom, countsToSend, countTotal, emptyCount, hasProblems, isEmptyCount, problemWith, restoredCount, savedCount, takeOne, typeCount } from './drawerCount.ts';

describe('counting a drawer note by note and coin by coin', () => {
  it('starts empty, at £0.00, and an empty drawer is still a count of nothing', () => {
    expect(countTotal(emptyCount)).toBe(0);
    const sent = countsToSend(emptyCount);
    expect(Object.keys(sent ?? {})).toHaveLength(DENOMINATIONS.length);
    expect(Object.values(sent ?? {}).every((n) => n === 0)).toBe(true);
  });

  it('adds up a typical £100 float: two £20s, four £10s, three £5s and five £1 coins', () => {
    let s = emptyCount;
    s = typeCount(s, 2000, '2');
    s = typeCount(s, 1000, '4');
    s = typeCount(s, 500, '3');
    for (let i = 0; i < 5; i += 1) s = addOne(s, 100);
    expect(countTotal(s)).toBe(10000);
    expect(countsToSend(s)).toMatchObject({ '2000': 2, '1000': 4, '500': 3, '100': 5, '1': 0 });
  });

  it('takes one off with −, never below none', () => {
    let s = typeCount(emptyCount, 50, '1');
    s = takeOne(s, 50);
    expect(s.typed['50']).toBe('0');
    s = takeOne(s, 50);
    expect(s.typed['50']).toBe('0');
  });

  it('keeps a slip on screen to be put right, says what is wrong, and sends nothing until then', () => {
    let s = typeCount(emptyCount, 1000, '1o');
    s = typeCount(s, 20, '3');
    expect(problemWith(s, 1000)).toBe('Type how many £10 notes there are, as a whole number (or leave it empty for none).');
    expect(problemWith(s, 20)).toBeUndefined();
    expect(problemWith(typeCount(emptyCount, 2, '-1'), 2)).toMatch(/how many 2p coins/);
    expect(hasProblems(s)).toBe(true);
    expect(countsToSend(s)).toBeNull();
    // The slip counts as none in the running total, and + starts it again from 1.
    expect(countTotal(s)).toBe(60);
    expect(addOne(s, 1000).typed['1000']).toBe('1');
  });

  it('refuses counts no drawer holds', () => {
    expect(problemWith(typeCount(emptyCount, 1, '100001'), 1)).toBeDefined();
    expect(problemWith(typeCount(emptyCount, 1, '100000'), 1)).toBeUndefined();
    expect(problemWith(typeCount(emptyCount, 1, '2.5'), 1)).toBeDefined();
  });

  it('reads spaces round a number and starts again from scratch', () => {
    const s = typeCount(emptyCount, 200, ' 7 ');
    expect(countTotal(s)).toBe(1400);
    expect(clearCount()).toEqual(emptyCount);
  });

  it('puts an earlier count back in the boxes', () => {
    const s = countFrom({ '2000': 2, '100': 5 });
    expect(s.typed['2000']).toBe('2');
    expect(s.typed['1']).toBe('');
    expect(countTotal(s)).toBe(4500);
  });
});

describe('a count half done when the till locks itself', () => {
  it('comes back for the same cash session, and only for it', () => {
    const s = typeCount(typeCount(emptyCount, 2000, '3'), 5, '1o');
    const text = savedCount(s, 'cs1');
    expect(restoredCount(text, 'cs1')).toEqual(s);
    expect(restoredCount(text, 'cs2')).toBeNull();
    expect(restoredCount(savedCount(s, null), null)).toEqual(s);
  });

  it('ignores anything that is not a saved count', () => {
    expect(restoredCount(null, null)).toBeNull();
    expect(restoredCount('not json', null)).toBeNull();
    expect(restoredCount('{"cashSessionId":null,"typed":{"2000":5,"1000":"2"}}', null)?.typed).toMatchObject({ '2000': '', '1000': '2' });
  });

  it('knows an untouched count', () => {
    expect(isEmptyCount(emptyCount)).toBe(true);
    expect(isEmptyCount(typeCount(emptyCount, 1, '0'))).toBe(false);
  });
});
