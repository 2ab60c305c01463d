import { describe, expect, it } from 'vitest';
import type { SwapOffer } from '../../shared/contract/index.ts';
import { decisionWords, swapGroups } from './swapList.ts';
import { aShift } from './testShifts.ts';

function offer(over: Partial<SwapOffer>): SwapOffer {
  return {
    id: 'w1',
    state: 'offered',
    shift: aShift(),
    offeredBy: { id: 'tom', displayName: 'Tom Trainee' },
    offeredAt: '2026-03-18T10:00:00.000Z',
    note: null,
    takenBy: null,
    takenAt: null,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    ...over,
  };
}

const priya = { id: 'priya', displayName: 'Priya Trainee' };
const sam = { id: 'sam', displayName: 'Sam Supervisor' };

describe('swaps for a supervisor', () => {
  it('taken swaps wait for a decision, soonest shift first; untaken offers and decisions apart', () => {
    const later = offer({ id: 'later', state: 'taken', takenBy: priya, shift: aShift({ startAt: '2026-03-25T09:00:00.000Z' }) });
    const sooner = offer({ id: 'sooner', state: 'taken', takenBy: priya, shift: aShift({ startAt: '2026-03-24T09:00:00.000Z' }) });
    const untaken = offer({ id: 'untaken' });
    const approved = offer({ id: 'approved', state: 'approved', takenBy: priya, decidedBy: sam, decidedAt: '2026-03-18T11:00:00.000Z' });
    const groups = swapGroups([later, untaken, approved, sooner]);
    expect(groups.waiting.map((s) => s.id)).toEqual(['sooner', 'later']);
    expect(groups.offered.map((s) => s.id)).toEqual(['untaken']);
    expect(groups.decided.map((s) => s.id)).toEqual(['approved']);
  });

  it('says what was decided, with the reason', () => {
    expect(decisionWords(offer({ state: 'approved', takenBy: priya, decidedBy: sam }))).toBe('Approved by Sam Supervisor: Priya Trainee works it.');
    expect(decisionWords(offer({ state: 'declined', takenBy: priya, decidedBy: sam, decisionReason: 'Priya is at college then' }))).toBe('Declined by Sam Supervisor: Priya is at college then');
    expect(decisionWords(offer({ state: 'withdrawn', decisionReason: 'The shift was changed on the rota' }))).toBe('Withdrawn: The shift was changed on the rota');
  });
});
