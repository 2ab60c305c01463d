import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../shared/contract/index.ts';
import { createTestCafe, errorOf, SECOND, valueOf } from '../testing/testCore.ts';

describe('the till locks itself when left idle', () => {
  it('after the idle time a signed-in screen is refused, says it locked for idleness, and the lock is audited', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    const tom = t.person('trainee');
    const heard: { message: EventMessage; session: string | undefined }[] = [];
    t.core.events.subscribe((message, session) => heard.push({ message, session }));

    t.clock.advance(121 * SECOND);
    const refused = errorOf(till.call('auth.stillHere', {}));
    expect(refused).toEqual({ code: 'forbidden', message: 'The till locked itself because nobody used it for a while. Log in again.' });
    expect(valueOf(till.call('auth.session', {}))).toEqual({ staff: null, idleLockSeconds: 120, endedBecause: 'idle' });

    const entries = t.audit().slice(-2);
    expect(entries[0]).toMatchObject({ action: 'auth.idleLock', outcome: 'done', actor_id: tom.id, subject_id: tom.id, summary: 'The till locked itself after Tom Walsh left it idle' });
    expect(entries[1]).toMatchObject({ action: 'auth.stillHere', outcome: 'refused', actor_id: null });
    expect(heard).toEqual([{ message: { event: 'session.changed', payload: { reason: 'idle' } }, session: till.session }]);
  });

  it('asking who is signed in after the idle time also locks, and says why', () => {
    const t = createTestCafe();
    const till = t.loginAs('supervisor');
    t.clock.advance(121 * SECOND);
    expect(valueOf(till.call('auth.session', {}))).toMatchObject({ staff: null, endedBecause: 'idle' });
    expect(t.lastAudit()).toMatchObject({ action: 'auth.idleLock', actor_id: t.person('supervisor').id });
    expect(errorOf(till.call('staff.list', {})).message).toBe('Please log in first.');
  });

  it('is not locked at exactly the idle time', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    t.clock.advance(120 * SECOND);
    expect(valueOf(till.call('auth.stillHere', {}))).toEqual({ idleLockSeconds: 120 });
  });

  it('use of the till keeps it open; status checks alone do not', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    for (let i = 0; i < 4; i++) {
      t.clock.advance(100 * SECOND);
      valueOf(till.call('auth.stillHere', {}));
    }
    t.clock.advance(100 * SECOND);
    expect(valueOf(till.call('settings.get', {})).name).toBe('Back Yard Café');

    // the screen polling the session and the café status is not a person using it
    t.clock.advance(100 * SECOND);
    expect(valueOf(till.call('auth.session', {})).staff?.role).toBe('trainee');
    valueOf(till.call('cafe.status', {}));
    t.clock.advance(30 * SECOND);
    expect(valueOf(till.call('auth.session', {}))).toMatchObject({ staff: null, endedBecause: 'idle' });
  });

  it("the manager's new idle time takes effect at once, for every screen", () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    const till = t.loginAs('trainee');
    expect(valueOf(office.call('settings.update', { idleLockSeconds: 30 })).idleLockSeconds).toBe(30);
    expect(valueOf(till.call('auth.stillHere', {}))).toEqual({ idleLockSeconds: 30 });
    expect(valueOf(till.call('auth.session', {})).idleLockSeconds).toBe(30);

    t.clock.advance(31 * SECOND);
    expect(valueOf(till.call('auth.session', {}))).toMatchObject({ staff: null, endedBecause: 'idle', idleLockSeconds: 30 });
    expect(valueOf(office.call('auth.session', {})).staff).toBeNull();
  });

  it('an idle time changed behind Apron’s back counts at the very next call', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    expect(valueOf(till.call('auth.stillHere', {}))).toEqual({ idleLockSeconds: 120 });
    t.db.prepare('UPDATE cafe SET idle_lock_seconds = 30 WHERE id = 1').run();
    expect(valueOf(till.call('auth.stillHere', {}))).toEqual({ idleLockSeconds: 30 });
    t.clock.advance(31 * SECOND);
    expect(valueOf(till.call('auth.session', {}))).toMatchObject({ staff: null, endedBecause: 'idle', idleLockSeconds: 30 });
  });

  it('a longer idle time lets the screen wait longer', () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    valueOf(office.call('settings.update', { idleLockSeconds: 600 }));
    t.clock.advance(599 * SECOND);
    expect(valueOf(office.call('auth.session', {})).staff?.role).toBe('manager');
    t.clock.advance(2 * SECOND);
    expect(valueOf(office.call('auth.session', {})).endedBecause).toBe('idle');
  });

  it('logging in again clears the idle notice', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    t.clock.advance(121 * SECOND);
    valueOf(till.call('auth.session', {}));
    const tom = t.person('trainee');
    valueOf(till.call('auth.loginWithBadge', { badge: tom.badge }));
    expect(valueOf(till.call('auth.session', {}))).toMatchObject({ staff: { id: tom.id }, endedBecause: null });
  });
});
