import { v7 as uuidv7 } from 'uuid';

// Time and ids are passed in, never read from globals, so tests and the test host set them.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock the test host can set and move; it runs on from where it was set. */
export class SettableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | null = null;
  constructor(private readonly base: Clock = systemClock) {}
  now(): Date {
    return new Date(this.frozenAt ?? this.base.now().getTime() + this.offsetMs);
  }
  set(at: Date, frozen = false): void {
    if (frozen) this.frozenAt = at.getTime();
    else {
      this.frozenAt = null;
      this.offsetMs = at.getTime() - this.base.now().getTime();
    }
  }
  advance(ms: number): void {
    if (this.frozenAt !== null) this.frozenAt += ms;
    else this.offsetMs += ms;
  }
}

export type IdSource = () => string;

/**
 * Time-ordered ids (UUID version 7, monotonic within a millisecond): rows written one after
 * another sit side by side in every index keyed by id, so a sale touches a few pages at the
 * end of each index instead of one random page per row, and the journal's log stays short.
 */
export const timeOrderedIds: IdSource = () => uuidv7();

export function sequentialIds(prefix = 'id'): IdSource {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}
