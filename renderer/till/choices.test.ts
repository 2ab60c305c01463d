import { describe, expect, it } from 'vitest';
import type { ModifierGroup } from '../../shared/contract/index.ts';
import { choicesFrom, groupRule, isPicked, noChoices, pickedOptionIds, toggleOption } from './choices.ts';

const milk: ModifierGroup = {
  id: 'milk',
  name: 'Milk',
  minChoices: 1,
  maxChoices: 1,
  options: [
    { id: 'whole', name: 'Whole milk', priceDeltaPence: 0, position: 0 },
    { id: 'oat', name: 'Oat milk', priceDeltaPence: 30, position: 1 },
  ],
};
const syrups: ModifierGroup = {
  id: 'syrup',
  name: 'Syrups',
  minChoices: 0,
  maxChoices: 2,
  options: [
    { id: 'vanilla', name: 'Vanilla', priceDeltaPence: 40, position: 0 },
    { id: 'caramel', name: 'Caramel', priceDeltaPence: 40, position: 1 },
    { id: 'hazelnut', name: 'Hazelnut', priceDeltaPence: 40, position: 2 },
  ],
};

describe('choosing milk, size and extras', () => {
  it('one-choice groups work like radio buttons: a new pick replaces the old, a second tap takes it off', () => {
    let s = toggleOption(noChoices, milk, 'whole');
    s = toggleOption(s, milk, 'oat');
    expect(isPicked(s, 'milk', 'oat')).toBe(true);
    expect(isPicked(s, 'milk', 'whole')).toBe(false);
    s = toggleOption(s, milk, 'oat');
    expect(pickedOptionIds(s, [milk])).toEqual([]);
  });

  it('a group that allows two refuses a third, saying so', () => {
    let s = toggleOption(toggleOption(noChoices, syrups, 'vanilla'), syrups, 'caramel');
    s = toggleOption(s, syrups, 'hazelnut');
    expect(pickedOptionIds(s, [syrups])).toEqual(['vanilla', 'caramel']);
    expect(s.problem).toBe('Choose at most 2 for syrups: take one off first.');
    s = toggleOption(s, syrups, 'vanilla');
    expect(s.problem).toBeNull();
  });

  it('ignores an option from another group', () => {
    expect(toggleOption(noChoices, milk, 'vanilla')).toBe(noChoices);
  });

  it('lists picks in the order they are shown, whatever order they were tapped in', () => {
    let s = toggleOption(noChoices, syrups, 'caramel');
    s = toggleOption(s, milk, 'oat');
    s = toggleOption(s, syrups, 'vanilla');
    expect(pickedOptionIds(s, [milk, syrups])).toEqual(['oat', 'vanilla', 'caramel']);
    expect(pickedOptionIds(choicesFrom(['caramel', 'oat'], [milk, syrups]), [milk, syrups])).toEqual(['oat', 'caramel']);
  });

  it('says each group’s rule in words', () => {
    expect(groupRule(milk)).toBe('choose 1');
    expect(groupRule(syrups)).toBe('optional, up to 2');
    expect(groupRule({ ...syrups, minChoices: 1 })).toBe('choose 1 to 2');
    expect(groupRule({ ...milk, minChoices: 0 })).toBe('optional, choose 1 at most');
  });
});
