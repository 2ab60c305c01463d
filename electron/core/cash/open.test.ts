import { describe, expect, it } from 'vitest';
import { errorOf, valueOf } from '../testing/testCore.ts';
import { captureEvents, createTillCafe, FLOAT_COUNTS, tillSnapshot } from '../testing/till.ts';

// Opening the till: a supervisor counts the float by note and coin; one session at a time.

describe('opening the till with a counted float', () => {
  it('a supervisor counts a £100 float and the till is open for the day', () => {
    const t = createTillCafe();
    const sam = t.loginAs('supervisor');
    expect(valueOf(sam.call('cash.current', {}))).toBeNull();
    const events = captureEvents(t);

    const session = valueOf(sam.call('cash.open', { floatCounts: { '100': 5, '2000': 2, '500': 3, '1000': 4 } }));

    expect(session).toMatchObject({
      tillId: 'till-1',
      openedAt: '2030-03-04T09:00:00.000Z',
      openedBy: 'Sam Reid',
      floatPence: 10000,
      floatCounts: { '2000': 2, '1000': 4, '500': 3, '100': 5 },
      closedAt: null,
      zNumber: null,
    });
    expect(events).toEqual([{ event: 'cash.changed', payload: { open: true } }]);
    expect(t.lastAudit()).toMatchObject({ action: 'cash.open', outcome: 'done', actor_id: t.person('supervisor').id, subject_type: 'cash_session', subject_id: session.id, summary: 'Opened the till with a float of £100.00' });
    expect(valueOf(t.loginAs('trainee').call('cash.current', {}))).toEqual(session);
  });

  it('a float of coppers and silver adds up to the penny', () => {
    const t = createTillCafe();
    const session = valueOf(t.loginAs('manager').call('cash.open', { floatCounts: { '1': 3, '2': 4, '5': 1, '10': 2, '20': 1, '50': 1, '200': 0 } }));
    expect(session.floatPence).toBe(3 + 8 + 5 + 20 + 20 + 50);
    expect(session.openedBy).toBe('Maya Okafor');
  });

  it('opening twice is refused: the first Z report has to close the till', () => {
    const t = createTillCafe();
    const sam = t.loginAs('supervisor');
    valueOf(sam.call('cash.open', { floatCounts: FLOAT_COUNTS }));
    const before = tillSnapshot(t);
    expect(errorOf(sam.call('cash.open', { floatCounts: { '2000': 1 } }))).toEqual({ code: 'conflict', message: 'The till is already open: close it with a Z report first.' });
    expect(tillSnapshot(t)).toEqual(before);
  });

  it.each([
    ['a negative count', { '2000': -1 }, 'floatCounts.2000'],
    ['a count in letters', { '2000': 'two' }, 'floatCounts.2000'],
    ['half a coin', { '100': 1.5 }, 'floatCounts.100'],
    ['a £3 note', { '300': 1 }, 'floatCounts.300'],
    ['nothing counted', {}, 'floatCounts'],
  ])('%s is refused and nothing is written', (_name, floatCounts, field) => {
    const t = createTillCafe();
    const sam = t.loginAs('supervisor');
    const before = t.snapshot();
    const error = errorOf(sam.send('cash.open', { floatCounts }));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe(field);
    expect(t.snapshot()).toEqual(before);
  });

  it('a trainee cannot open the till, and the refusal is audited', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    const before = tillSnapshot(t);
    expect(errorOf(tom.call('cash.open', { floatCounts: FLOAT_COUNTS })).code).toBe('forbidden');
    expect(tillSnapshot(t)).toEqual(before);
    expect(t.lastAudit()).toMatchObject({ action: 'cash.open', outcome: 'refused', actor_id: t.person('trainee').id });
  });

  it('nobody signed in sees no till', () => {
    const t = createTillCafe();
    expect(errorOf(t.screen().call('cash.current', {})).code).toBe('forbidden');
  });
});
