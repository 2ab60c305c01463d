import { describe, expect, it } from 'vitest';
import type { CafeStatus, SessionInfo } from '../../shared/contract/index.ts';
import { cafeReady, createSessionStore, initialSession, signedIn, signedOut, started, startFailed } from './sessionStore.ts';

const cafe: CafeStatus = { setUp: true, name: 'Back Yard Café', sample: false, version: '0.1.0' };
const nobody: SessionInfo = { staff: null, idleLockSeconds: 120, endedBecause: null };
const tom: SessionInfo = { staff: { id: 's3', displayName: 'Tom Trainee', role: 'trainee' }, idleLockSeconds: 90, endedBecause: null };

describe('which screen the till shows', () => {
  it('asks to set up a café on first run', () => {
    expect(started(initialSession, { cafe: { ...cafe, setUp: false, name: null }, session: nobody }).phase).toBe('setup');
  });

  it('shows login when nobody is signed in, and home for someone who is', () => {
    expect(started(initialSession, { cafe, session: nobody }).phase).toBe('login');
    const s = started(initialSession, { cafe, session: tom });
    expect(s.phase).toBe('signedIn');
    expect(s.staff?.displayName).toBe('Tom Trainee');
    expect(s.idleLockSeconds).toBe(90);
  });

  it('remembers that the last session locked itself for idleness', () => {
    expect(started(initialSession, { cafe, session: { ...nobody, endedBecause: 'idle' } }).lockedBecauseIdle).toBe(true);
  });

  it('says why it could not start', () => {
    const s = startFailed(initialSession, 'Apron is not answering.');
    expect(s).toMatchObject({ phase: 'unavailable', problem: 'Apron is not answering.' });
  });

  it('goes to login once the café is set up', () => {
    const setup = started(initialSession, { cafe: { ...cafe, setUp: false }, session: nobody });
    expect(cafeReady(setup, { ...cafe, sample: true })).toMatchObject({ phase: 'login', cafe: { sample: true } });
  });

  it('logging in clears the idle message; locking for idleness shows it', () => {
    const locked = signedOut(started(initialSession, { cafe, session: tom }), 'idle');
    expect(locked).toMatchObject({ phase: 'login', staff: null, lockedBecauseIdle: true });
    const back = signedIn(locked, tom);
    expect(back).toMatchObject({ phase: 'signedIn', lockedBecauseIdle: false });
    expect(signedOut(back, null)).toMatchObject({ phase: 'login', lockedBecauseIdle: false });
  });

  it('ignores a sign-out before the café is set up', () => {
    const setup = started(initialSession, { cafe: { ...cafe, setUp: false }, session: nobody });
    expect(signedOut(setup, 'idle')).toBe(setup);
  });

  it('keeps its state in a store that screens share', () => {
    const store = createSessionStore();
    store.setState((s) => started(s, { cafe, session: tom }));
    expect(store.getState().staff?.role).toBe('trainee');
  });
});
