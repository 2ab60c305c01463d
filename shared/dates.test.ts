import { describe, expect, it } from 'vitest';
import { formatCafeClock, formatCafeTime } from './dates.ts';

describe('café time (Europe/London)', () => {
  it('shows a winter time as it is in UTC (GMT)', () => {
    expect(formatCafeTime('2026-01-15T09:30:00.000Z')).toBe('15 Jan 2026, 09:30:00');
  });

  it('shows a summer time an hour ahead of UTC (BST)', () => {
    expect(formatCafeTime('2026-07-01T09:30:00.000Z')).toBe('1 Jul 2026, 10:30:00');
  });

  it('moves to the next day when a late summer evening passes midnight in London', () => {
    expect(formatCafeTime('2026-06-30T23:30:00.000Z', 'yyyy-MM-dd HH:mm')).toBe('2026-07-01 00:30');
  });

  it('follows the October clock change', () => {
    // 25 Oct 2026: clocks go back at 02:00 BST (01:00 UTC).
    expect(formatCafeClock('2026-10-25T00:30:00.000Z')).toBe('01:30');
    expect(formatCafeClock('2026-10-25T01:30:00.000Z')).toBe('01:30');
    expect(formatCafeClock(new Date('2026-10-25T02:30:00.000Z'))).toBe('02:30');
  });
});
