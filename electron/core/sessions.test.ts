import { describe, expect, it } from 'vitest';
import { Sessions, type SessionAuthorisation } from './sessions.ts';

const t0 = Date.parse('2030-03-04T09:00:00.000Z');

function authorisation(over: Partial<SessionAuthorisation> = {}): SessionAuthorisation {
  return { token: 'tok-1', method: 'staff.clearLockout', staffId: 'sam', displayName: 'Sam Reid', role: 'supervisor', expiresAt: t0 + 120_000, ...over };
}

describe('sessions (who is signed in on each screen)', () => {
  it('starts each screen signed out, and keeps screens apart', () => {
    const sessions = new Sessions();
    sessions.signIn('till-1', 'tom', t0);
    expect(sessions.get('till-1')).toMatchObject({ staffId: 'tom', lastActiveAt: t0, endedBecause: null });
    expect(sessions.get('till-2')).toMatchObject({ staffId: null, endedBecause: null });
  });

  it('records activity only while someone is signed in', () => {
    const sessions = new Sessions();
    sessions.touch('till-1', t0 + 5);
    expect(sessions.get('till-1').lastActiveAt).toBe(0);
    sessions.signIn('till-1', 'tom', t0);
    sessions.touch('till-1', t0 + 5000);
    expect(sessions.get('till-1').lastActiveAt).toBe(t0 + 5000);
  });

  it('remembers why a session ended, until someone signs in again', () => {
    const sessions = new Sessions();
    sessions.signIn('till-1', 'tom', t0);
    sessions.signOut('till-1', 'idle');
    expect(sessions.get('till-1')).toMatchObject({ staffId: null, endedBecause: 'idle' });
    sessions.signIn('till-1', 'tom', t0 + 1);
    expect(sessions.get('till-1').endedBecause).toBeNull();
  });

  it('an authorisation is good once, for its own method, on its own screen, before it expires', () => {
    const sessions = new Sessions();
    sessions.signIn('till-1', 'tom', t0);
    sessions.addAuthorisation('till-1', authorisation());
    expect(sessions.takeAuthorisation('till-2', 'tok-1', 'staff.clearLockout', t0)).toBeNull();
    expect(sessions.takeAuthorisation('till-1', 'tok-1', 'staff.clearLockout', t0)).toMatchObject({ staffId: 'sam' });
    expect(sessions.takeAuthorisation('till-1', 'tok-1', 'staff.clearLockout', t0)).toBeNull();

    sessions.addAuthorisation('till-1', authorisation({ token: 'tok-2' }));
    expect(sessions.takeAuthorisation('till-1', 'tok-2', 'staff.create', t0)).toBeNull();
    // a token tried on the wrong method is spent: it cannot be replayed
    expect(sessions.takeAuthorisation('till-1', 'tok-2', 'staff.clearLockout', t0)).toBeNull();

    sessions.addAuthorisation('till-1', authorisation({ token: 'tok-3' }));
    expect(sessions.takeAuthorisation('till-1', 'tok-3', 'staff.clearLockout', t0 + 120_000)).toBeNull();
    sessions.addAuthorisation('till-1', authorisation({ token: 'tok-4' }));
    expect(sessions.takeAuthorisation('till-1', 'tok-4', 'staff.clearLockout', t0 + 119_999)).not.toBeNull();
    expect(sessions.takeAuthorisation('till-1', 'made-up', 'staff.clearLockout', t0)).toBeNull();
  });

  it('drops authorisations when someone else signs in or the screen signs out', () => {
    const sessions = new Sessions();
    sessions.signIn('till-1', 'tom', t0);
    sessions.addAuthorisation('till-1', authorisation());
    sessions.signIn('till-1', 'priya', t0);
    expect(sessions.takeAuthorisation('till-1', 'tok-1', 'staff.clearLockout', t0)).toBeNull();
    sessions.addAuthorisation('till-1', authorisation({ token: 'tok-2' }));
    sessions.signOut('till-1', null);
    expect(sessions.takeAuthorisation('till-1', 'tok-2', 'staff.clearLockout', t0)).toBeNull();
  });

  it('forgets a screen whose connection is gone', () => {
    const sessions = new Sessions();
    sessions.signIn('tab-9', 'tom', t0);
    sessions.forget('tab-9');
    expect(sessions.get('tab-9').staffId).toBeNull();
  });
});
