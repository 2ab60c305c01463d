// How long the screen waits before reconnecting its event socket: quick at first (the
// server restarting), then slower, never more than ten seconds so a till comes back soon.

export const FIRST_RETRY_MS = 250;
export const LONGEST_RETRY_MS = 10_000;

/** `attempt` counts failed tries since the last good connection, from 0. `jitter` is 0..1. */
export function reconnectDelay(attempt: number, jitter = 0): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt), LONGEST_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * Math.min(1, Math.max(0, jitter))));
}
