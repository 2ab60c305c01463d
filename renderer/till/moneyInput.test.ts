import { describe, expect, it } from 'vitest';
import { readDiscount } from './discount.ts';
import { parsePounds, parseWhole, poundsText } from './moneyInput.ts';

describe('reading amounts people type', () => {
  it('reads pounds and pence in the ways people write them', () => {
    expect(parsePounds('3.50')).toBe(350);
    expect(parsePounds('£3.5')).toBe(350);
    expect(parsePounds(' 10 ')).toBe(1000);
    expect(parsePounds('£ 20.00')).toBe(2000);
    expect(parsePounds('1,250.00')).toBe(125000);
    expect(parsePounds('.5')).toBe(50);
    expect(parsePounds('7.')).toBe(700);
    expect(parsePounds('0')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'ten', '3.505', '-2', '3,5', '£', '1e3', '12345678']) expect(parsePounds(bad)).toBeNull();
  });

  it('writes pence back as a person would type them', () => {
    expect(poundsText(350)).toBe('3.50');
    expect(poundsText(5)).toBe('0.05');
    expect(parsePounds(poundsText(123456))).toBe(123456);
  });

  it('reads whole numbers only', () => {
    expect(parseWhole(' 12 ')).toBe(12);
    expect(parseWhole('1.5')).toBeNull();
    expect(parseWhole('')).toBeNull();
  });
});

describe('the discount form', () => {
  it('gives a percentage or an amount off with a reason', () => {
    expect(readDiscount('percent', '10%', 'r1')).toEqual({ kind: 'percent', value: 10, reasonId: 'r1' });
    expect(readDiscount('fixed', '0.50', 'r1')).toEqual({ kind: 'fixed', value: 50, reasonId: 'r1' });
  });

  it('says what is missing in plain words', () => {
    expect(readDiscount('percent', '0', 'r1')).toBe('Type a percentage from 1 to 100.');
    expect(readDiscount('percent', '150', 'r1')).toBe('Type a percentage from 1 to 100.');
    expect(readDiscount('fixed', 'lots', 'r1')).toBe('Type the amount off, like 0.50.');
    expect(readDiscount('percent', '10', null)).toBe('Choose a reason for the discount.');
  });
});
