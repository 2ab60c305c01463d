import { describe, expect, it } from 'vitest';
import type { Shift, SwapOffer } from '../../shared/contract/index.ts';
import { canOffer, changeWords, mySwapWords, swapLists, whenWords } from './shiftWords.ts';

const base: Shift = {
  id: 's1',
  day: '2030-10-01',
  startAt: '2030-10-01T08:00:00.000Z',
  endAt: '2030-10-01T12:00:00.000Z',
  start: '09:00',
  end: '13:00',
  endsNextDay: false,
  scheduledMinutes: 240,
  station: { id: 'station-till', name: 'Till', position: 1, active: true },
  trainee: { id: 'tom', displayName: 'Tom Trainee' },
  supervisor: null,
  note: null,
  state: 'published',
  publishedAt: '2030-09-25T10:00:00.000Z',
  changedSincePublished: false,
  publishedStartAt: null,
  publishedEndAt: null,
  unplanned: false,
  confirmed: true,
  clockedInAt: null,
  clockedOutAt: null,
  breaks: [],
  approval: null,
  attendance: null,
  creditedMinutes: null,
  locked: false,
  swap: null,
};
const tom = { id: 'tom', displayName: 'Tom Trainee' };
const priya = { id: 'priya', displayName: 'Priya Trainee' };

function offer(id: string, state: SwapOffer['state'], offeredBy: typeof tom, takenBy: typeof tom | null, startAt: string): SwapOffer {
  return { id, state, shift: { ...base, id: `shift-${id}`, startAt }, offeredBy, offeredAt: '2030-09-26T10:00:00Z', note: null, takenBy, takenAt: null, decidedBy: null, decidedAt: null, decisionReason: null };
}

describe('a trainee’s shifts in words', () => {
  it('says when and where', () => {
    expect(whenWords(base)).toBe('Tuesday 1 October 2030, 09:00–13:00');
    expect(whenWords({ ...base, day: '2030-10-26', start: '22:00', end: '06:00', endsNextDay: true })).toBe('Saturday 26 October 2030, 22:00–06:00 next day');
  });

  it('marks a change since publishing, with the old times, and a cancellation', () => {
    expect(changeWords(base)).toBeNull();
    expect(changeWords({ ...base, changedSincePublished: true, publishedStartAt: '2030-10-01T07:00:00.000Z', publishedEndAt: '2030-10-01T11:00:00.000Z' })).toBe(
      'Changed since the rota was published: it was 08:00–12:00.',
    );
    expect(changeWords({ ...base, changedSincePublished: true, publishedStartAt: base.startAt, publishedEndAt: base.endAt })).toBe('Changed since the rota was published.');
    expect(changeWords({ ...base, changedSincePublished: true, attendance: { status: 'cancelled', lateMinutes: null, reason: null, acceptable: null } })).toBe(
      'Cancelled by the café: you do not need to come in.',
    );
  });

  it('says where the person’s own swap has got to, and offers only what can still be swapped', () => {
    expect(mySwapWords({ swap: { id: 'w', state: 'offered', offeredBy: tom, takenBy: null } }, 'tom')).toBe('You offered this shift for a swap. Nobody has taken it yet.');
    expect(mySwapWords({ swap: { id: 'w', state: 'taken', offeredBy: tom, takenBy: priya } }, 'tom')).toBe('Priya Trainee will take this shift once a supervisor approves.');
    expect(canOffer(base)).toBe(true);
    expect(canOffer({ ...base, swap: { id: 'w', state: 'offered', offeredBy: tom, takenBy: null } })).toBe(false);
    expect(canOffer({ ...base, swap: { id: 'w', state: 'declined', offeredBy: tom, takenBy: null } })).toBe(true);
    expect(canOffer({ ...base, clockedInAt: '2030-10-01T08:00:00Z' })).toBe(false);
  });

  it('lists others’ offers to take, soonest first, and what the person took', () => {
    const lists = swapLists(
      [
        offer('a', 'offered', priya, null, '2030-10-03T08:00:00Z'),
        offer('b', 'offered', tom, null, '2030-10-02T08:00:00Z'),
        offer('c', 'offered', priya, null, '2030-10-02T08:00:00Z'),
        offer('d', 'taken', priya, tom, '2030-10-04T08:00:00Z'),
      ],
      'tom',
    );
    expect(lists.toTake.map((o) => o.id)).toEqual(['c', 'a']);
    expect(lists.taken.map((o) => o.id)).toEqual(['d']);
  });
});
