import { describe, expect, it } from 'vitest';
import { createTestCafe, errorOf, SECOND, valueOf, type Screen, type TestCore } from '../testing/testCore.ts';

/**
 * Tom, a trainee, got his PIN wrong three times and is paused. He is signed in on the till
 * with his badge and asks for his lockout to be cleared, which needs a supervisor.
 */
function tomLockedOut(t: TestCore): Screen {
  const tom = t.person('trainee');
  // as three wrong PINs leave it (login.test.ts goes through that; here it is only the setting)
  t.db.prepare('UPDATE staff SET failed_pin_count = 3, locked_until = ? WHERE id = ?').run(new Date(t.clock.now().getTime() + 30 * SECOND).toISOString(), tom.id);
  expect(errorOf(t.screen().call('auth.loginWithPin', { staffId: tom.id, pin: tom.pin })).code).toBe('locked_out');
  const till = t.screen('till');
  valueOf(till.call('auth.loginWithBadge', { badge: tom.badge }));
  return till;
}

function samsPin(t: TestCore) {
  const sam = t.person('supervisor');
  return { staffId: sam.id, pin: sam.pin };
}

describe('a supervisor authorises one call in a trainee’s session', () => {
  it('a trainee cannot clear a lockout alone, and the refusal is audited', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const tom = t.person('trainee');
    const refused = errorOf(till.call('staff.clearLockout', { staffId: tom.id }));
    expect(refused).toEqual({ code: 'forbidden', message: 'Tom Walsh, this needs a supervisor or manager. Ask a supervisor to authorise it.', needsAuthorisation: true });
    expect(t.lastAudit()).toMatchObject({ action: 'staff.clearLockout', outcome: 'refused', actor_id: tom.id, authorised_by_id: null });
    expect(t.staffRow(tom.id).failed_pin_count).toBe(3);
  });

  it('with a supervisor’s PIN the one call goes through, and the audit names the supervisor', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const tom = t.person('trainee');
    const sam = t.person('supervisor');

    const grant = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) }));
    expect(grant).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/) as unknown as string,
      method: 'staff.clearLockout',
      authorisedBy: { id: sam.id, displayName: 'Sam Reid', role: 'supervisor' },
      expiresAt: new Date(t.clock.now().getTime() + 120 * SECOND).toISOString(),
    });
    expect(t.lastAudit()).toMatchObject({ action: 'auth.authorise', outcome: 'done', actor_id: tom.id, subject_id: 'staff.clearLockout', summary: 'Sam Reid authorised staff.clearLockout for Tom Walsh' });
    expect(JSON.stringify(t.audit())).not.toContain(grant.token);

    const cleared = valueOf(till.call('staff.clearLockout', { staffId: tom.id }, grant.token));
    expect(cleared).toMatchObject({ id: tom.id, lockedUntil: null });
    expect(t.staffRow(tom.id)).toMatchObject({ failed_pin_count: 0, locked_until: null });
    expect(t.lastAudit()).toMatchObject({
      action: 'staff.clearLockout',
      outcome: 'done',
      actor_id: tom.id,
      actor_role: 'trainee',
      authorised_by_id: sam.id,
      authorised_by_name: 'Sam Reid',
      subject_id: tom.id,
      summary: 'Let Tom Walsh try their PIN again',
    });
    // and Tom's PIN works again
    expect(valueOf(t.screen().call('auth.loginWithPin', { staffId: tom.id, pin: tom.pin })).staff?.id).toBe(tom.id);
  });

  it('a supervisor’s badge works as well as a PIN, and so does a manager’s', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const tom = t.person('trainee');
    const bySam = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: { badge: t.person('supervisor').badge } }));
    expect(bySam.authorisedBy.role).toBe('supervisor');
    valueOf(till.call('staff.clearLockout', { staffId: tom.id }, bySam.token));
    const byMaya = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: { badge: t.person('manager').badge } }));
    valueOf(till.call('staff.clearLockout', { staffId: tom.id }, byMaya.token));
    expect(t.lastAudit()).toMatchObject({ authorised_by_name: 'Maya Okafor' });
  });

  it('the authorisation works once only', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const tom = t.person('trainee');
    const { token } = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) }));
    valueOf(till.call('staff.clearLockout', { staffId: tom.id }, token));
    const again = errorOf(till.call('staff.clearLockout', { staffId: tom.id }, token));
    expect(again.code).toBe('forbidden');
    expect(t.lastAudit()).toMatchObject({ action: 'staff.clearLockout', outcome: 'refused', authorised_by_id: null });
  });

  it('the authorisation is only for the action it names', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const before = t.count('staff');
    const { token } = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) }));
    expect(errorOf(till.call('staff.create', { displayName: 'Mallory', role: 'manager', pin: '1234' }, token)).code).toBe('forbidden');
    expect(errorOf(till.call('staff.setPin', { staffId: t.person('trainee').id, pin: '1234' }, token)).code).toBe('forbidden');
    expect(t.count('staff')).toBe(before);
  });

  it('only actions marked as authorisable can be authorised', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    expect(errorOf(till.call('auth.authorise', { method: 'staff.create', credential: samsPin(t) }))).toEqual({
      code: 'invalid_input',
      field: 'method',
      message: 'That action cannot be authorised for someone else.',
    });
    expect(errorOf(till.call('auth.authorise', { method: 'sales.refundEverything', credential: samsPin(t) }))).toMatchObject({ code: 'invalid_input', field: 'method' });
  });

  it('the authorisation expires after 2 minutes', () => {
    const t = createTestCafe();
    valueOf(t.loginAs('manager').call('settings.update', { idleLockSeconds: 600 }));
    const till = tomLockedOut(t);
    const tom = t.person('trainee');
    const first = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) }));
    t.clock.advance(119 * SECOND);
    valueOf(till.call('staff.clearLockout', { staffId: tom.id }, first.token));

    const second = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) }));
    t.clock.advance(120 * SECOND);
    expect(errorOf(till.call('staff.clearLockout', { staffId: tom.id }, second.token)).code).toBe('forbidden');
  });

  it('the authorisation belongs to the screen it was given on', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const tom = t.person('trainee');
    const otherTill = t.screen('till-2');
    valueOf(otherTill.call('auth.loginWithBadge', { badge: tom.badge }));
    const { token } = valueOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) }));
    expect(errorOf(otherTill.call('staff.clearLockout', { staffId: tom.id }, token)).code).toBe('forbidden');
  });

  it('a trainee cannot authorise, and the attempt is audited', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const manager = t.loginAs('manager');
    const priya = valueOf(manager.call('staff.create', { displayName: 'Priya Shah', role: 'trainee', pin: '38572046' }));
    const refused = errorOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: { staffId: priya.id, pin: '38572046' } }));
    expect(refused).toEqual({ code: 'forbidden', field: 'credential', message: 'Priya Shah cannot authorise this. Ask a supervisor or manager.' });
    expect(t.lastAudit()).toMatchObject({ action: 'auth.authorise', outcome: 'refused', actor_id: t.person('trainee').id });
  });

  it('nobody authorises their own action, not even a supervisor', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const tom = t.person('trainee');
    expect(errorOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: { badge: tom.badge } }))).toEqual({
      code: 'forbidden',
      field: 'credential',
      message: 'Someone else must authorise this: you cannot authorise your own action.',
    });
    expect(t.lastAudit()).toMatchObject({ action: 'auth.authorise', outcome: 'refused', actor_id: tom.id });

    const samsScreen = t.loginAs('supervisor');
    expect(errorOf(samsScreen.call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) })).message).toMatch(/cannot authorise your own action/);
  });

  it('a wrong supervisor PIN is refused and counted against the supervisor', () => {
    const t = createTestCafe();
    const till = tomLockedOut(t);
    const sam = t.person('supervisor');
    const wrong = errorOf(till.call('auth.authorise', { method: 'staff.clearLockout', credential: { staffId: sam.id, pin: '11112222' } }));
    expect(wrong).toMatchObject({ code: 'invalid_input', field: 'pin' });
    expect(t.staffRow(sam.id).failed_pin_count).toBe(1);
  });

  it('an authorisation cannot be asked for by someone not signed in', () => {
    const t = createTestCafe();
    expect(errorOf(t.screen().call('auth.authorise', { method: 'staff.clearLockout', credential: samsPin(t) }))).toEqual({ code: 'forbidden', message: 'Please log in first.' });
  });
});
