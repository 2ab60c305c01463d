import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roles } from '../../../shared/contract/index.ts';
import { createTestCafe, errorOf, SECOND, valueOf, type TestCore } from '../testing/testCore.ts';

function wrongPin(t: TestCore, screen = t.screen('till'), pin = '00000000') {
  return screen.call('auth.loginWithPin', { staffId: t.person('trainee').id, pin });
}

function rightPin(t: TestCore, screen = t.screen('till')) {
  return screen.call('auth.loginWithPin', { staffId: t.person('trainee').id, pin: t.person('trainee').pin });
}

describe('logging in', () => {
  it('shows a name tile for each person who has a PIN, in name order', () => {
    const t = createTestCafe();
    expect(valueOf(t.screen().call('auth.loginTiles', {}))).toEqual([
      { id: t.person('manager').id, displayName: 'Maya Okafor', role: 'manager' },
      { id: t.person('supervisor').id, displayName: 'Sam Reid', role: 'supervisor' },
      { id: t.person('trainee').id, displayName: 'Tom Walsh', role: 'trainee' },
    ]);
  });

  it.each(roles)('a %s logs in with their PIN, the screen knows who it is, and the login is audited', (role) => {
    const t = createTestCafe();
    const person = t.person(role);
    const screen = t.screen();
    const info = valueOf(screen.call('auth.loginWithPin', { staffId: person.id, pin: person.pin }));
    expect(info).toEqual({ staff: { id: person.id, displayName: person.displayName, role }, idleLockSeconds: 120, endedBecause: null });
    expect(valueOf(screen.call('auth.session', {})).staff).toEqual({ id: person.id, displayName: person.displayName, role });
    expect(t.lastAudit()).toMatchObject({
      action: 'auth.loginWithPin',
      outcome: 'done',
      actor_id: person.id,
      actor_name: person.displayName,
      actor_role: role,
      subject_type: 'staff',
      subject_id: person.id,
      summary: `${person.displayName} logged in with a PIN`,
    });
    // another screen is still signed out
    expect(valueOf(t.screen().call('auth.session', {})).staff).toBeNull();
  });

  it.each(roles)('a %s logs in by scanning their badge', (role) => {
    const t = createTestCafe();
    const person = t.person(role);
    const screen = t.screen();
    expect(valueOf(screen.call('auth.loginWithBadge', { badge: person.badge })).staff).toEqual({ id: person.id, displayName: person.displayName, role });
    expect(t.lastAudit()).toMatchObject({ action: 'auth.loginWithBadge', outcome: 'done', actor_id: person.id, summary: `${person.displayName} logged in with a badge` });
  });

  it('an unknown badge is turned away kindly, and the attempt is audited', () => {
    const t = createTestCafe();
    const error = errorOf(t.screen().call('auth.loginWithBadge', { badge: 'BADGE-NOBODY-0000' }));
    expect(error).toMatchObject({ code: 'not_found', field: 'badge' });
    expect(error.message).toMatch(/not known to Apron/);
    expect(t.lastAudit()).toMatchObject({ action: 'auth.loginWithBadge', outcome: 'failed', actor_id: null });
  });

  it('logging out ends the session on that screen only', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    const office = t.loginAs('manager');
    expect(valueOf(till.call('auth.logout', {}))).toMatchObject({ staff: null, endedBecause: null });
    expect(valueOf(till.call('auth.session', {})).staff).toBeNull();
    expect(errorOf(till.call('auth.stillHere', {})).code).toBe('forbidden');
    expect(valueOf(office.call('auth.session', {})).staff?.role).toBe('manager');
    expect(t.audit().some((r) => r.action === 'auth.logout' && r.actor_id === t.person('trainee').id && r.summary === 'Tom Walsh logged out')).toBe(true);
  });

  it('someone not on the staff list cannot log in', () => {
    const t = createTestCafe();
    expect(errorOf(t.screen().call('auth.loginWithPin', { staffId: 'nobody', pin: '1234' }))).toMatchObject({ code: 'not_found', field: 'staffId' });
  });
});

describe('wrong PINs', () => {
  it('counts each wrong PIN, says how many tries are left, and keeps the count', () => {
    const t = createTestCafe();
    const tom = t.person('trainee');
    const first = errorOf(wrongPin(t));
    expect(first).toEqual({ code: 'invalid_input', field: 'pin', message: 'That PIN is not right. Please try again (2 more tries before a short pause).' });
    expect(t.staffRow(tom.id)).toMatchObject({ failed_pin_count: 1, locked_until: null });
    expect(errorOf(wrongPin(t)).message).toContain('1 more try before a short pause');
    expect(t.staffRow(tom.id).failed_pin_count).toBe(2);
    const wrongs = t.audit().filter((r) => r.action === 'auth.loginWithPin' && r.subject_id === tom.id);
    expect(wrongs).toHaveLength(2);
    expect(wrongs.every((r) => r.outcome === 'failed' && r.actor_id === null && r.summary.startsWith('That PIN is not right'))).toBe(true);
  });

  it('the third wrong PIN pauses the person for 30 seconds; even the right PIN waits', () => {
    const t = createTestCafe();
    const tom = t.person('trainee');
    wrongPin(t);
    wrongPin(t);
    const third = errorOf(wrongPin(t));
    expect(third).toMatchObject({ code: 'locked_out', field: 'pin', retryAfterSeconds: 30 });
    expect(third.message).toBe('That PIN is not right. To keep the till safe, Tom Walsh can try again in 30 seconds, or ask a supervisor.');
    expect(t.staffRow(tom.id)).toMatchObject({ failed_pin_count: 3, locked_until: new Date(t.clock.now().getTime() + 30 * SECOND).toISOString() });
    expect(t.lastAudit()).toMatchObject({ action: 'auth.loginWithPin', outcome: 'refused', subject_id: tom.id });

    t.clock.advance(20 * SECOND);
    const stillLocked = errorOf(rightPin(t));
    expect(stillLocked).toMatchObject({ code: 'locked_out', retryAfterSeconds: 10 });
    expect(stillLocked.message).toMatch(/Too many wrong PINs\. Tom Walsh can try again in 10 seconds/);
    expect(t.staffRow(tom.id).failed_pin_count).toBe(3);
    expect(t.lastAudit()).toMatchObject({ action: 'auth.loginWithPin', outcome: 'refused' });
  });

  it('once the pause is over the right PIN works and the count starts again', () => {
    const t = createTestCafe();
    const tom = t.person('trainee');
    for (let i = 0; i < 3; i++) wrongPin(t);
    t.clock.advance(30 * SECOND);
    const screen = t.screen();
    expect(valueOf(rightPin(t, screen)).staff?.id).toBe(tom.id);
    expect(t.staffRow(tom.id)).toMatchObject({ failed_pin_count: 0, locked_until: null });
    // two slips are free again
    expect(errorOf(wrongPin(t)).code).toBe('invalid_input');
  });

  it('each wrong PIN after a pause doubles the next pause, up to 30 minutes', () => {
    const t = createTestCafe();
    wrongPin(t);
    wrongPin(t);
    const pauses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const error = errorOf(wrongPin(t));
      expect(error.code).toBe('locked_out');
      pauses.push(error.retryAfterSeconds ?? -1);
      t.clock.advance((error.retryAfterSeconds ?? 0) * SECOND);
    }
    expect(pauses).toEqual([30, 60, 120, 240, 480, 960, 1800, 1800]);
    expect(t.staffRow(t.person('trainee').id).failed_pin_count).toBe(10);
  });

  it('a wrong PIN while paused does not make the pause longer', () => {
    const t = createTestCafe();
    for (let i = 0; i < 3; i++) wrongPin(t);
    t.clock.advance(10 * SECOND);
    expect(errorOf(wrongPin(t))).toMatchObject({ code: 'locked_out', retryAfterSeconds: 20 });
    expect(t.staffRow(t.person('trainee').id).failed_pin_count).toBe(3);
  });

  it('a pause survives Apron being closed and opened again', () => {
    const t = createTestCafe();
    for (let i = 0; i < 3; i++) wrongPin(t);
    t.restart();
    expect(errorOf(rightPin(t))).toMatchObject({ code: 'locked_out', retryAfterSeconds: 30 });
    const manager = t.loginAs('manager');
    const tom = valueOf(manager.call('staff.list', {})).find((s) => s.id === t.person('trainee').id);
    expect(tom?.lockedUntil).toBe(new Date(t.clock.now().getTime() + 30 * SECOND).toISOString());
    t.clock.advance(30 * SECOND);
    expect(valueOf(rightPin(t)).staff?.displayName).toBe('Tom Walsh');
  });

  it("one person's wrong PINs do not lock anyone else out", () => {
    const t = createTestCafe();
    for (let i = 0; i < 3; i++) wrongPin(t);
    const sam = t.person('supervisor');
    expect(valueOf(t.screen().call('auth.loginWithPin', { staffId: sam.id, pin: sam.pin })).staff?.id).toBe(sam.id);
  });
});

describe('PINs and badges are never kept in clear', () => {
  it('no PIN or badge code appears anywhere in the database file or the audit log', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const priya = valueOf(manager.call('staff.create', { displayName: 'Priya Shah', role: 'trainee', pin: '38572046', badge: 'BADGE-PRIYA-8812' }));
    valueOf(manager.call('staff.setPin', { staffId: priya.id, pin: '60481379' }));
    valueOf(manager.call('staff.setBadge', { staffId: priya.id, badge: 'BADGE-PRIYA-9923' }));
    valueOf(t.screen().call('auth.loginWithBadge', { badge: 'BADGE-PRIYA-9923' }));
    errorOf(t.screen().call('auth.loginWithPin', { staffId: priya.id, pin: '72950184' })); // a wrong guess
    errorOf(t.screen().call('auth.loginWithBadge', { badge: 'BADGE-STOLEN-4471' }));
    const auditText = JSON.stringify(t.audit());
    t.close();

    const secrets = [
      ...Object.values(t.people ?? {}).flatMap((p) => [p.pin, p.badge]),
      '38572046',
      '60481379',
      '72950184',
      'BADGE-PRIYA-8812',
      'BADGE-PRIYA-9923',
      'BADGE-STOLEN-4471',
    ];
    const bytes = Buffer.concat([readFileSync(t.file), ...['-wal', '-shm'].filter((s) => existsSync(t.file + s)).map((s) => readFileSync(t.file + s))]);
    expect(bytes.length).toBeGreaterThan(4096);
    for (const secret of secrets) {
      expect(bytes.indexOf(Buffer.from(secret, 'utf8')), `${secret} found in the database file`).toBe(-1);
      expect(auditText).not.toContain(secret);
    }
    // the test can see a stored name, so it would see a PIN too
    expect(bytes.indexOf(Buffer.from('Priya Shah', 'utf8'))).toBeGreaterThan(-1);
  });
});

describe('switched-off staff and role changes', () => {
  it('a person switched off is signed out at their next call and cannot log in again', () => {
    const t = createTestCafe();
    const tomScreen = t.loginAs('trainee');
    const tom = t.person('trainee');
    const manager = t.loginAs('manager');
    // Tom is using the till, so the core already knows his row (and keeps it in memory).
    expect(valueOf(tomScreen.call('auth.stillHere', {}))).toEqual({ idleLockSeconds: 120 });
    valueOf(manager.call('staff.update', { staffId: tom.id, active: false }));

    const refused = errorOf(tomScreen.call('auth.stillHere', {}));
    expect(refused).toEqual({ code: 'forbidden', message: 'Please log in first.' });
    expect(valueOf(tomScreen.call('auth.session', {}))).toMatchObject({ staff: null, endedBecause: null });

    const pin = errorOf(t.screen().call('auth.loginWithPin', { staffId: tom.id, pin: tom.pin }));
    expect(pin).toMatchObject({ code: 'forbidden', message: 'Tom Walsh is switched off in Apron. Ask a manager.' });
    expect(t.lastAudit()).toMatchObject({ action: 'auth.loginWithPin', outcome: 'refused' });
    expect(errorOf(t.screen().call('auth.loginWithBadge', { badge: tom.badge })).code).toBe('forbidden');
    expect(valueOf(t.screen().call('auth.loginTiles', {})).map((tile) => tile.displayName)).toEqual(['Maya Okafor', 'Sam Reid']);
  });

  it('a change of role takes effect at the very next call', () => {
    const t = createTestCafe();
    const tomScreen = t.loginAs('trainee');
    const tom = t.person('trainee');
    const manager = t.loginAs('manager');
    expect(errorOf(tomScreen.call('staff.list', {})).code).toBe('forbidden');

    valueOf(manager.call('staff.update', { staffId: tom.id, role: 'supervisor' }));
    expect(valueOf(tomScreen.call('staff.list', {})).length).toBe(3);
    expect(valueOf(tomScreen.call('auth.session', {})).staff?.role).toBe('supervisor');

    valueOf(manager.call('staff.update', { staffId: tom.id, role: 'trainee' }));
    const refused = errorOf(tomScreen.call('staff.list', {}));
    expect(refused).toEqual({ code: 'forbidden', message: 'Tom Walsh, this needs a supervisor or manager.' });
    expect(t.lastAudit()).toMatchObject({ action: 'staff.list', outcome: 'refused', actor_id: tom.id, actor_role: 'trainee' });
  });

  it('a staff row edited behind Apron’s back counts at the very next call too', () => {
    const t = createTestCafe();
    const tomScreen = t.loginAs('trainee');
    const tom = t.person('trainee');
    expect(errorOf(tomScreen.call('staff.list', {})).code).toBe('forbidden');
    t.db.prepare("UPDATE staff SET role = 'supervisor' WHERE id = ?").run(tom.id);
    expect(valueOf(tomScreen.call('staff.list', {})).length).toBe(3);
    t.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(tom.id);
    expect(errorOf(tomScreen.call('auth.stillHere', {}))).toEqual({ code: 'forbidden', message: 'Please log in first.' });
  });
});
