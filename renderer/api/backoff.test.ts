import { describe, expect, it } from 'vitest';
import { LONGEST_RETRY_MS, reconnectDelay } from './backoff.ts';

describe('reconnecting the event socket', () => {
  it('tries again quickly at first, then waits twice as long each time', () => {
    expect(reconnectDelay(0, 0.5)).toBe(250);
    expect(reconnectDelay(1, 0.5)).toBe(500);
    expect(reconnectDelay(2, 0.5)).toBe(1000);
  });

  it('never waits more than ten seconds (plus a little jitter)', () => {
    expect(reconnectDelay(50, 0.5)).toBe(LONGEST_RETRY_MS);
    expect(reconnectDelay(50, 1)).toBeLessThanOrEqual(LONGEST_RETRY_MS * 1.2);
  });

  it('spreads retries so many screens do not reconnect at the same instant', () => {
    expect(reconnectDelay(3, 0)).toBeLessThan(reconnectDelay(3, 1));
  });
});
