import { describe, expect, it } from 'vitest';
import type { LoginTile, Result } from '../../shared/contract/index.ts';
import type { CallFn } from '../app/guardedCall.ts';
import { ask, authorisers, checking, chooseSupervisor, createAuthoriser, NOT_AUTHORISED, notAsking, refused } from './authorise.ts';

const sam: LoginTile = { id: 'sam', displayName: 'Sam Supervisor', role: 'supervisor' };
const maya: LoginTile = { id: 'maya', displayName: 'Maya Manager', role: 'manager' };
const tom: LoginTile = { id: 'tom', displayName: 'Tom Trainee', role: 'trainee' };

const needsSupervisor = { ok: false as const, error: { code: 'forbidden' as const, message: 'A supervisor must authorise this.', needsAuthorisation: true } };

/** A core that answers each call from a list, and records what it was sent. */
function fakeCore(answers: Result<unknown>[]) {
  const sent: { method: string; input: unknown; authorisation: string | undefined }[] = [];
  const call = (async (method: string, input: unknown, authorisation?: string) => {
    sent.push({ method, input, authorisation });
    return answers.shift() ?? { ok: false, error: { code: 'internal', message: 'no more answers' } };
  }) as unknown as CallFn;
  return { call, sent };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('asking a supervisor', () => {
  it('offers supervisors and managers, never trainees or the person asking', () => {
    expect(authorisers([sam, maya, tom], 'tom')).toEqual([sam, maya]);
    expect(authorisers([sam, maya, tom], 'sam')).toEqual([maya]);
  });

  it('goes from choosing a supervisor to their PIN, and back', () => {
    let s = ask(notAsking, { method: 'sales.refund', why: 'A supervisor must authorise this.' });
    s = chooseSupervisor(s, sam);
    expect(s.supervisor).toEqual(sam);
    s = checking(s);
    expect(s.busy).toBe(true);
    s = refused(s, 'That PIN is not right.');
    expect(s).toMatchObject({ busy: false, problem: 'That PIN is not right.', supervisor: sam });
    s = chooseSupervisor(s, null);
    expect(s).toMatchObject({ supervisor: null, problem: null });
    expect(chooseSupervisor(notAsking, sam)).toBe(notAsking);
  });

  it('a call that needs no supervisor goes through without asking', async () => {
    const core = fakeCore([{ ok: true, value: 'sale' }]);
    const authoriser = createAuthoriser(core.call);
    expect(await authoriser.call('sales.void', { saleId: 's1', reason: 'Wrong order' })).toEqual({ ok: true, value: 'sale' });
    expect(authoriser.store.getState().request).toBeNull();
  });

  it('asks when the core says so, then sends the same call again with the authorisation', async () => {
    const core = fakeCore([needsSupervisor, { ok: true, value: 'refund' }]);
    const authoriser = createAuthoriser(core.call);
    const input = { saleId: 's1', lines: [{ lineId: 'l1', quantity: 1 }], to: 'original' as const, reason: 'Cold' };
    const pending = authoriser.call('sales.refund', input);
    await tick();
    expect(authoriser.store.getState().request).toEqual({ method: 'sales.refund', why: 'A supervisor must authorise this.' });
    authoriser.granted('token-1');
    expect(await pending).toEqual({ ok: true, value: 'refund' });
    expect(core.sent.map((s) => [s.method, s.authorisation])).toEqual([
      ['sales.refund', undefined],
      ['sales.refund', 'token-1'],
    ]);
    expect(core.sent[1]?.input).toEqual(input);
    expect(authoriser.store.getState()).toEqual(notAsking);
  });

  it('asks again when the supervisor’s own limit is too small', async () => {
    const tooBig = { ok: false as const, error: { code: 'forbidden' as const, message: 'A discount of 80% is more than Sam Supervisor can authorise (50%): a manager must authorise the discount.', needsAuthorisation: true } };
    const core = fakeCore([needsSupervisor, tooBig, { ok: true, value: 'sale' }]);
    const authoriser = createAuthoriser(core.call);
    const pending = authoriser.call('sales.complete', {} as never);
    await tick();
    authoriser.granted('sam-token');
    await tick();
    expect(authoriser.store.getState().request?.why).toMatch(/a manager must authorise/);
    authoriser.granted('maya-token');
    expect(await pending).toEqual({ ok: true, value: 'sale' });
  });

  it('cancelling does nothing and says so', async () => {
    const core = fakeCore([needsSupervisor]);
    const authoriser = createAuthoriser(core.call);
    const pending = authoriser.call('sales.void', { saleId: 's1', reason: 'x' });
    await tick();
    authoriser.cancel();
    expect(await pending).toEqual({ ok: false, error: { code: 'forbidden', message: NOT_AUTHORISED } });
    expect(core.sent).toHaveLength(1);
  });

  it('passes any other refusal straight back', async () => {
    const wrong = { ok: false as const, error: { code: 'invalid_input' as const, message: 'Only 1 of Latte is left to refund.' } };
    const authoriser = createAuthoriser(fakeCore([wrong]).call);
    expect(await authoriser.call('sales.void', { saleId: 's1', reason: 'x' })).toEqual(wrong);
  });
});
