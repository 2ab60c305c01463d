import { describe, expect, it } from 'vitest';
import { afterWrongPin, describeWait, FREE_WRONG_PINS, secondsLocked } from './lockout.ts';

const now = new Date('2030-03-04T09:00:00.000Z');
const plus = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('wrong PINs (pure rules)', () => {
  it('gives two free slips, counting down the tries left', () => {
    expect(FREE_WRONG_PINS).toBe(3);
    expect(afterWrongPin(0, now)).toEqual({ failedCount: 1, lockedUntil: null, triesLeft: 2, pauseSeconds: 0 });
    expect(afterWrongPin(1, now)).toEqual({ failedCount: 2, lockedUntil: null, triesLeft: 1, pauseSeconds: 0 });
  });

  it('pauses for 30 seconds at the third wrong PIN', () => {
    expect(afterWrongPin(2, now)).toEqual({ failedCount: 3, lockedUntil: plus(30), triesLeft: 0, pauseSeconds: 30 });
  });

  it('doubles the pause with each further wrong PIN', () => {
    expect([3, 4, 5, 6, 7].map((previous) => afterWrongPin(previous, now).pauseSeconds)).toEqual([60, 120, 240, 480, 960]);
    expect(afterWrongPin(3, now).lockedUntil).toEqual(plus(60));
  });

  it('never pauses for more than 30 minutes, however many wrong PINs', () => {
    expect(afterWrongPin(8, now).pauseSeconds).toBe(30 * 60); // 1920 s would be next
    expect(afterWrongPin(50, now)).toEqual({ failedCount: 51, lockedUntil: plus(1800), triesLeft: 0, pauseSeconds: 1800 });
    expect(afterWrongPin(5000, now).pauseSeconds).toBe(1800);
  });

  it('counts whole seconds left, rounding up, and none once the time has passed', () => {
    expect(secondsLocked(null, now)).toBe(0);
    expect(secondsLocked(plus(30).toISOString(), now)).toBe(30);
    expect(secondsLocked(new Date(now.getTime() + 29_001).toISOString(), now)).toBe(30);
    expect(secondsLocked(now.toISOString(), now)).toBe(0);
    expect(secondsLocked(plus(-5).toISOString(), now)).toBe(0);
  });

  it('describes the wait in words a trainee can read', () => {
    expect(describeWait(30)).toBe('30 seconds');
    expect(describeWait(60)).toBe('1 minute');
    expect(describeWait(61)).toBe('2 minutes');
    expect(describeWait(1800)).toBe('30 minutes');
  });
});
