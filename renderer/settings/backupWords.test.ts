import { describe, expect, it } from 'vitest';
import { backupLine, backupTimeWords, staleness } from './backupWords.ts';

describe('backup words', () => {
  it('says when on the café’s clock, in summer time and in winter', () => {
    expect(backupTimeWords('2030-10-29T14:05:00.000Z')).toBe('Tuesday 29 October 2030 at 14:05');
    expect(backupTimeWords('2030-07-01T08:30:00.000Z')).toBe('Monday 1 July 2030 at 09:30');
  });

  it('lists a copy by when it was made and its size', () => {
    expect(backupLine({ name: 'x', at: '2030-10-29T14:05:00.000Z', bytes: 2_140_000 })).toBe('Tuesday 29 October 2030 at 14:05 — 2.1 MB');
  });

  it('warns when there is no backup, or the last one is more than a day old', () => {
    const now = new Date('2030-10-29T14:00:00.000Z');
    expect(staleness(null, now, 6)).toBe('There is no backup yet. Make one now.');
    expect(staleness('2030-10-29T08:00:00.000Z', now, 6)).toBeNull();
    expect(staleness('2030-10-28T13:00:00.000Z', now, 6)).toBe('The last backup is a day old. Make one now, and check the computer stays on while the café is open.');
    expect(staleness('2030-10-25T13:00:00.000Z', now, 6)).toContain('4 days old');
  });
});
