import type { Shift, SwapOffer } from '../../shared/contract/index.ts';
import { dayWords } from '../hours/periods.ts';
import { scheduledWords, spanWords } from '../hours/hoursWords.ts';

// A trainee's shifts in words: when, where, what changed since the rota was published, and
// where a swap has got to. The core decides all of it; these only say it.

/** "Tuesday 1 October 2030, 09:00–13:00" */
export function whenWords(shift: Pick<Shift, 'day' | 'start' | 'end' | 'endsNextDay' | 'unplanned'>): string {
  return `${dayWords(shift.day)}, ${scheduledWords(shift)}`;
}

/** Null when the shift is as first published. */
export function changeWords(shift: Pick<Shift, 'attendance' | 'changedSincePublished' | 'publishedStartAt' | 'publishedEndAt' | 'startAt' | 'endAt'>): string | null {
  if (shift.attendance?.status === 'cancelled') return 'Cancelled by the café: you do not need to come in.';
  if (!shift.changedSincePublished) return null;
  const moved = shift.publishedStartAt !== null && (shift.publishedStartAt !== shift.startAt || shift.publishedEndAt !== shift.endAt);
  return moved ? `Changed since the rota was published: it was ${spanWords(shift.publishedStartAt, shift.publishedEndAt)}.` : 'Changed since the rota was published.';
}

/** Where a swap of the person's own shift has got to, in their words. */
export function mySwapWords(shift: Pick<Shift, 'swap'>, myId: string): string | null {
  const swap = shift.swap;
  if (!swap) return null;
  const mine = swap.offeredBy.id === myId;
  switch (swap.state) {
    case 'offered':
      return mine ? 'You offered this shift for a swap. Nobody has taken it yet.' : null;
    case 'taken':
      return mine ? `${swap.takenBy?.displayName ?? 'Someone'} will take this shift once a supervisor approves.` : null;
    default:
      return null;
  }
}

/**
 * A shift the person may offer: not cancelled, not started, not already offered. (One that
 * has just begun by the café's clock is the core's to refuse, in words.)
 */
export function canOffer(shift: Pick<Shift, 'attendance' | 'swap' | 'clockedInAt' | 'startAt'>): boolean {
  if (shift.attendance?.status === 'cancelled' || shift.clockedInAt !== null || shift.startAt === null) return false;
  return !(shift.swap && (shift.swap.state === 'offered' || shift.swap.state === 'taken'));
}

export interface SwapLists {
  /** Others' shifts on offer that the person could take. */
  toTake: SwapOffer[];
  /** Shifts the person took, waiting for a supervisor. */
  taken: SwapOffer[];
}

export function swapLists(offers: readonly SwapOffer[], myId: string): SwapLists {
  const live = offers.filter((o) => o.offeredBy.id !== myId);
  return {
    toTake: live.filter((o) => o.state === 'offered').sort((a, b) => (a.shift.startAt ?? '').localeCompare(b.shift.startAt ?? '')),
    taken: live.filter((o) => o.state === 'taken' && o.takenBy?.id === myId),
  };
}
