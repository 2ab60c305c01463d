// Wrong PINs: a few free slips, then a pause that doubles with each further wrong PIN,
// up to 30 minutes. Counted in the database, so a restart does not reset it.

export const FREE_WRONG_PINS = 3;
const FIRST_PAUSE_SECONDS = 30;
const LONGEST_PAUSE_SECONDS = 30 * 60;

export interface WrongPinDecision {
  failedCount: number;
  lockedUntil: Date | null;
  /** Wrong PINs left before a pause; 0 once paused. */
  triesLeft: number;
  pauseSeconds: number;
}

export function afterWrongPin(previousFailures: number, now: Date): WrongPinDecision {
  const failedCount = previousFailures + 1;
  if (failedCount < FREE_WRONG_PINS) {
    return { failedCount, lockedUntil: null, triesLeft: FREE_WRONG_PINS - failedCount, pauseSeconds: 0 };
  }
  const pauseSeconds = Math.min(FIRST_PAUSE_SECONDS * 2 ** (failedCount - FREE_WRONG_PINS), LONGEST_PAUSE_SECONDS);
  return { failedCount, lockedUntil: new Date(now.getTime() + pauseSeconds * 1000), triesLeft: 0, pauseSeconds };
}

export function secondsLocked(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
