import { describe, expect, it } from 'vitest';
import type { Station } from '../../shared/contract/index.ts';
import { minutesHint, moveStation, nextPosition, rulesDraft, rulesInput } from './stations.ts';

const stations: Station[] = [
  { id: 'till', name: 'Till', position: 1, active: true },
  { id: 'barista', name: 'Barista', position: 2, active: true },
  { id: 'kitchen', name: 'Kitchen', position: 3, active: false },
];

describe('the manager’s stations and rules', () => {
  it('moving a station up swaps it with the one above; only changed numbers are saved', () => {
    expect(moveStation(stations, 'barista', -1)).toEqual([
      { id: 'barista', name: 'Barista', position: 1, active: true },
      { id: 'till', name: 'Till', position: 2, active: true },
    ]);
    expect(moveStation(stations, 'till', -1)).toEqual([]);
    expect(moveStation(stations, 'kitchen', 1)).toEqual([]);
  });

  it('renumbers a list with gaps or ties from 1', () => {
    const messy: Station[] = [
      { id: 'a', name: 'A', position: 0, active: true },
      { id: 'b', name: 'B', position: 0, active: true },
      { id: 'c', name: 'C', position: 9, active: true },
    ];
    expect(moveStation(messy, 'c', -1).map((s) => [s.id, s.position])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 3],
    ]);
  });

  it('a new station goes last', () => {
    expect(nextPosition(stations)).toBe(4);
    expect(nextPosition([])).toBe(1);
  });

  it('rules are typed as minutes; words under the box say the hours', () => {
    const draft = rulesDraft({ maxShiftMinutes: 480, minRestMinutes: 660, approvalToleranceMinutes: 10 });
    expect(rulesInput(draft)).toEqual({ maxShiftMinutes: 480, minRestMinutes: 660, approvalToleranceMinutes: 10 });
    // Not a number: sent as typed so the core names the box and says what it must be.
    expect(rulesInput({ ...draft, maxShiftMinutes: 'eight hours' }).maxShiftMinutes).toBe('eight hours');
    expect(minutesHint('480')).toBe('480 minutes is 8 hours.');
    expect(minutesHint('90')).toBe('90 minutes is 1 hour 30 minutes.');
    expect(minutesHint('45')).toBeUndefined();
    expect(minutesHint('lots')).toBeUndefined();
  });
});
