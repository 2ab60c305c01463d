import { describe, expect, it } from 'vitest';
import { isIdle, nextWakeAt, noteActivity, reportIfDue, startIdle, STILL_HERE_EVERY_MS } from './idle.ts';

const T0 = 1_000_000;

describe('the idle lock on the screen', () => {
  it('does not report activity more than every 20 seconds', () => {
    const first = noteActivity(startIdle(T0), T0 + 5_000);
    expect(first.report).toBe(false);
    expect(first.state.unreported).toBe(true);
    const later = noteActivity(first.state, T0 + STILL_HERE_EVERY_MS);
    expect(later.report).toBe(true);
    expect(later.state).toEqual({ lastActivityAt: T0 + 20_000, lastReportedAt: T0 + 20_000, unreported: false });
  });

  it('sends a held-back report once 20 seconds have passed since the last one', () => {
    const { state } = noteActivity(startIdle(T0), T0 + 5_000);
    expect(nextWakeAt(state, 120)).toBe(T0 + 20_000);
    expect(reportIfDue(state, T0 + 19_999).report).toBe(false);
    const due = reportIfDue(state, T0 + 20_000);
    expect(due.report).toBe(true);
    expect(due.state.unreported).toBe(false);
  });

  it('has nothing to report when nobody has touched it', () => {
    expect(reportIfDue(startIdle(T0), T0 + 60_000).report).toBe(false);
  });

  it('locks when the idle time passes with no activity', () => {
    const state = startIdle(T0);
    expect(nextWakeAt(state, 120)).toBe(T0 + 120_000);
    expect(isIdle(state, T0 + 119_999, 120)).toBe(false);
    expect(isIdle(state, T0 + 120_000, 120)).toBe(true);
  });

  it('counts the idle time from the last tap', () => {
    const { state } = noteActivity(startIdle(T0), T0 + 100_000);
    expect(isIdle(state, T0 + 150_000, 120)).toBe(false);
    expect(isIdle(state, T0 + 220_000, 120)).toBe(true);
  });
});
