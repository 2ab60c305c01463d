import type { SwapOffer } from '../../shared/contract/index.ts';

// The supervisor's swaps: those waiting for a decision first, then offers nobody has taken,
// then what was decided lately.

export interface SwapGroups {
  /** Taken by another trainee: approve or decline. */
  waiting: SwapOffer[];
  /** Offered, nobody has taken them yet. */
  offered: SwapOffer[];
  decided: SwapOffer[];
}

function soonest(a: SwapOffer, b: SwapOffer): number {
  const x = a.shift.startAt ?? a.shift.day;
  const y = b.shift.startAt ?? b.shift.day;
  return x < y ? -1 : x > y ? 1 : 0;
}

function latestDecision(a: SwapOffer, b: SwapOffer): number {
  const x = a.decidedAt ?? a.offeredAt;
  const y = b.decidedAt ?? b.offeredAt;
  return x < y ? 1 : x > y ? -1 : 0;
}

export function swapGroups(swaps: readonly SwapOffer[]): SwapGroups {
  return {
    waiting: swaps.filter((s) => s.state === 'taken').sort(soonest),
    offered: swaps.filter((s) => s.state === 'offered').sort(soonest),
    decided: swaps.filter((s) => s.state === 'approved' || s.state === 'declined' || s.state === 'withdrawn').sort(latestDecision),
  };
}

/** "Approved by Sam Supervisor", "Declined by Sam Supervisor: Jordan is at college then". */
export function decisionWords(swap: SwapOffer): string {
  const by = swap.decidedBy ? ` by ${swap.decidedBy.displayName}` : '';
  if (swap.state === 'approved') return `Approved${by}: ${swap.takenBy?.displayName ?? 'the other trainee'} works it.`;
  if (swap.state === 'declined') return `Declined${by}${swap.decisionReason ? `: ${swap.decisionReason}` : '.'}`;
  if (swap.state === 'withdrawn') return `Withdrawn${by}${swap.decisionReason ? `: ${swap.decisionReason}` : '.'}`;
  return swap.state === 'taken' ? 'Waiting for a supervisor.' : 'Nobody has taken it yet.';
}
