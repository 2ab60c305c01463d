import { describe, expect, it } from 'vitest';
import type { PracticeReview } from '../../shared/contract/index.ts';
import { choosePerson, loaded, markFailed, marked, marking, markWords, showOnlyUnmarked, startingPractice, visibleSales } from './practiceReview.ts';

function sale(id: string, operatorId: string, review: 'right' | 'wrong' | null): PracticeReview['sales'][number] {
  return {
    id,
    kind: 'sale',
    receiptNumber: null,
    practice: true,
    tillId: 'till-1',
    orderType: 'eat_in',
    at: '2026-11-02T10:00:00.000Z',
    operator: { id: operatorId, displayName: operatorId === 'tom' ? 'Tom Trainee' : 'Priya Trainee' },
    authorisedBy: null,
    reason: null,
    shiftId: null,
    cashSessionId: null,
    originalId: null,
    originalReceiptNumber: null,
    lines: [],
    payments: [],
    itemsPence: 0,
    discountPence: 0,
    totalPence: 330,
    vatPence: 55,
    vatByRate: [],
    tenderedPence: 330,
    changePence: 0,
    reversals: [],
    review,
  };
}

const review: PracticeReview = {
  people: [
    { staffId: 'priya', displayName: 'Priya Trainee', sales: 1, reviewed: 1, right: 1, lastAt: '2026-11-02T10:00:00.000Z' },
    { staffId: 'tom', displayName: 'Tom Trainee', sales: 2, reviewed: 0, right: 0, lastAt: '2026-11-02T10:00:00.000Z' },
  ],
  sales: [sale('s3', 'tom', null), sale('s2', 'priya', 'right'), sale('s1', 'tom', null)],
};

describe('reviewing practice sales', () => {
  it('shows everyone’s sales, or one trainee’s, or only those not marked yet', () => {
    let s = loaded(startingPractice, review);
    expect(visibleSales(s).map((x) => x.id)).toEqual(['s3', 's2', 's1']);
    s = choosePerson(s, 'tom');
    expect(visibleSales(s).map((x) => x.id)).toEqual(['s3', 's1']);
    s = showOnlyUnmarked(choosePerson(s, null), true);
    expect(visibleSales(s).map((x) => x.id)).toEqual(['s3', 's1']);
  });

  it('a mark shows at once, and pressing the other button changes it', () => {
    let s = marking(loaded(startingPractice, review), 's3');
    expect(s.marking).toBe('s3');
    s = marked(s, 's3', 'wrong');
    expect(s.marking).toBeNull();
    expect(s.review?.sales.find((x) => x.id === 's3')?.review).toBe('wrong');
    s = marked(s, 's3', 'right');
    expect(s.review?.sales.find((x) => x.id === 's3')?.review).toBe('right');
  });

  it('keeps the refusal to show', () => {
    const error = { code: 'not_found' as const, message: 'That practice sale is not on the list any more.' };
    expect(markFailed(marking(loaded(startingPractice, review), 's1'), error)).toMatchObject({ marking: null, error });
  });

  it('goes back to everyone when the chosen person has no practice sales any more', () => {
    const s = loaded(choosePerson(loaded(startingPractice, review), 'jordan'), review);
    expect(s.who).toBeNull();
    expect(loaded(choosePerson(startingPractice, 'tom'), review).who).toBe('tom');
  });

  it('says each mark in plain words', () => {
    expect(markWords(null)).toBe('Not marked yet');
    expect(markWords('right')).toBe('Marked right');
    expect(markWords('wrong')).toBe('Marked: needs more practice');
  });
});
