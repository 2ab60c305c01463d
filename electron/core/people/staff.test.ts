import { describe, expect, it } from 'vitest';
import { createTestCafe, errorOf, OPENING_TIME, valueOf } from '../testing/testCore.ts';

describe('staff', () => {
  it('a manager adds a trainee, who can then log in with their PIN and their badge', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const priya = valueOf(manager.call('staff.create', { displayName: '  Priya Shah ', role: 'trainee', pin: '38572046', badge: ' BADGE-PRIYA-8812 ' }));
    expect(priya).toEqual({
      id: 'id-0001',
      displayName: 'Priya Shah',
      role: 'trainee',
      active: true,
      hasPin: true,
      hasBadge: true,
      lockedUntil: null,
      namedOnReceipts: false,
      createdAt: OPENING_TIME.toISOString(),
    });
    expect(t.lastAudit()).toMatchObject({ action: 'staff.create', outcome: 'done', actor_id: t.person('manager').id, subject_id: priya.id, summary: 'Added Priya Shah as trainee with a badge' });
    expect(valueOf(t.screen().call('auth.loginWithPin', { staffId: priya.id, pin: '38572046' })).staff?.displayName).toBe('Priya Shah');
    expect(valueOf(t.screen().call('auth.loginWithBadge', { badge: 'BADGE-PRIYA-8812' })).staff?.id).toBe(priya.id);
  });

  it('a trainee is named on receipts only once a manager records that they agreed, and can change their mind', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const tom = t.person('trainee');
    expect(valueOf(manager.call('staff.list', {})).find((s) => s.id === tom.id)?.namedOnReceipts).toBe(false);
    expect(valueOf(manager.call('staff.update', { staffId: tom.id, namedOnReceipts: true })).namedOnReceipts).toBe(true);
    expect(t.lastAudit().summary).toBe('Changed Tom Walsh: first name on receipts');
    expect(t.staffRow(tom.id).named_on_receipts).toBe(1);
    expect(valueOf(manager.call('staff.update', { staffId: tom.id, namedOnReceipts: false })).namedOnReceipts).toBe(false);
    expect(t.lastAudit().summary).toBe('Changed Tom Walsh: no name on receipts');
    const priya = valueOf(manager.call('staff.create', { displayName: 'Priya Shah', role: 'trainee', pin: '38572046', namedOnReceipts: true }));
    expect(priya.namedOnReceipts).toBe(true);
    const refused = errorOf(t.loginAs('supervisor').call('staff.update', { staffId: tom.id, namedOnReceipts: true }));
    expect(refused.code).toBe('forbidden');
    expect(t.staffRow(tom.id).named_on_receipts).toBe(0);
  });

  it('a trainee cannot add staff, and the refusal is audited with nothing else written', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    const before = t.snapshot();
    const refused = errorOf(till.call('staff.create', { displayName: 'Mallory', role: 'manager', pin: '1234' }));
    expect(refused).toEqual({ code: 'forbidden', message: 'Tom Walsh, this needs a manager.' });
    const after = t.snapshot();
    expect(after.tables.audit_log).toHaveLength(before.tables.audit_log!.length + 1);
    expect(t.lastAudit()).toMatchObject({ action: 'staff.create', outcome: 'refused', actor_id: t.person('trainee').id, actor_role: 'trainee', summary: refused.message });
    expect({ ...after, tables: { ...after.tables, audit_log: [] } }).toEqual({ ...before, tables: { ...before.tables, audit_log: [] } });
  });

  it('a supervisor can see the staff list but not change it', () => {
    const t = createTestCafe();
    const sam = t.loginAs('supervisor');
    expect(valueOf(sam.call('staff.list', {})).map((s) => [s.displayName, s.role])).toEqual([
      ['Maya Okafor', 'manager'],
      ['Sam Reid', 'supervisor'],
      ['Tom Walsh', 'trainee'],
    ]);
    expect(errorOf(sam.call('staff.update', { staffId: t.person('trainee').id, role: 'manager' })).code).toBe('forbidden');
    expect(t.staffRow(t.person('trainee').id).role).toBe('trainee');
  });

  it('a badge belongs to one person: giving it to another is a conflict and changes nothing', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const before = t.snapshot();
    const clash = errorOf(manager.call('staff.create', { displayName: 'Priya Shah', role: 'trainee', pin: '38572046', badge: t.person('trainee').badge }));
    expect(clash).toEqual({ code: 'conflict', field: 'badge', message: 'That badge already belongs to Tom Walsh.' });
    expect(t.snapshot()).toEqual(before);
    const onUpdate = errorOf(manager.call('staff.setBadge', { staffId: t.person('supervisor').id, badge: t.person('trainee').badge }));
    expect(onUpdate).toMatchObject({ code: 'conflict', field: 'badge' });
    expect(t.snapshot()).toEqual(before);
  });

  it('a person can be given their own badge again, a new badge, or none', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const tom = t.person('trainee');
    expect(valueOf(manager.call('staff.setBadge', { staffId: tom.id, badge: tom.badge })).hasBadge).toBe(true);
    valueOf(manager.call('staff.setBadge', { staffId: tom.id, badge: 'BADGE-TOM-6000' }));
    expect(errorOf(t.screen().call('auth.loginWithBadge', { badge: tom.badge })).code).toBe('not_found');
    expect(valueOf(t.screen().call('auth.loginWithBadge', { badge: 'BADGE-TOM-6000' })).staff?.id).toBe(tom.id);
    expect(valueOf(manager.call('staff.setBadge', { staffId: tom.id, badge: null })).hasBadge).toBe(false);
    expect(t.staffRow(tom.id).badge_hash).toBeNull();
    expect(t.lastAudit().summary).toBe("Removed Tom Walsh's badge");
    expect(errorOf(t.screen().call('auth.loginWithBadge', { badge: 'BADGE-TOM-6000' })).code).toBe('not_found');
  });

  it('a new PIN replaces the old one and lifts a lockout', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const tom = t.person('trainee');
    for (let i = 0; i < 3; i++) t.screen().call('auth.loginWithPin', { staffId: tom.id, pin: '00000000' });
    const member = valueOf(manager.call('staff.setPin', { staffId: tom.id, pin: '24681357' }));
    expect(member.lockedUntil).toBeNull();
    expect(t.staffRow(tom.id)).toMatchObject({ failed_pin_count: 0, locked_until: null });
    expect(errorOf(t.screen().call('auth.loginWithPin', { staffId: tom.id, pin: tom.pin })).code).toBe('invalid_input');
    expect(valueOf(t.screen().call('auth.loginWithPin', { staffId: tom.id, pin: '24681357' })).staff?.id).toBe(tom.id);
    expect(t.audit().find((r) => r.action === 'staff.setPin')?.summary).toBe('Set a new PIN for Tom Walsh');
  });

  it('a manager renames someone and changes their role; the audit says what changed', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const tom = t.person('trainee');
    const updated = valueOf(manager.call('staff.update', { staffId: tom.id, displayName: 'Tommy Walsh', role: 'supervisor' }));
    expect(updated).toMatchObject({ displayName: 'Tommy Walsh', role: 'supervisor', active: true });
    expect(t.staffRow(tom.id)).toMatchObject({ display_name: 'Tommy Walsh', role: 'supervisor' });
    expect(t.lastAudit().summary).toBe('Changed Tom Walsh: name to Tommy Walsh, role from trainee to supervisor');
  });

  it('former staff are hidden from the list unless asked for', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    valueOf(manager.call('staff.update', { staffId: t.person('trainee').id, active: false }));
    expect(valueOf(manager.call('staff.list', {})).map((s) => s.displayName)).toEqual(['Maya Okafor', 'Sam Reid']);
    expect(valueOf(manager.call('staff.list', { includeInactive: true })).map((s) => [s.displayName, s.active])).toEqual([
      ['Maya Okafor', true],
      ['Sam Reid', true],
      ['Tom Walsh', false],
    ]);
  });

  it('the last active manager cannot step down or be switched off', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const maya = t.person('manager');
    const before = t.snapshot();
    expect(errorOf(manager.call('staff.update', { staffId: maya.id, role: 'supervisor' }))).toEqual({
      code: 'conflict',
      field: 'role',
      message: 'Apron needs at least one active manager. Add another manager first.',
    });
    expect(errorOf(manager.call('staff.update', { staffId: maya.id, active: false }))).toMatchObject({ code: 'conflict', field: 'active' });
    expect(t.snapshot()).toEqual(before);
  });

  it('with a second manager, the first may step down', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const maya = t.person('manager');
    valueOf(manager.call('staff.update', { staffId: t.person('supervisor').id, role: 'manager' }));
    expect(valueOf(manager.call('staff.update', { staffId: maya.id, role: 'supervisor' })).role).toBe('supervisor');
    // Sam is now the only manager
    const sam = t.loginAs('supervisor');
    expect(errorOf(sam.call('staff.update', { staffId: t.person('supervisor').id, active: false })).code).toBe('conflict');
  });

  it('someone not on the list is not found, for every staff change', () => {
    const t = createTestCafe();
    const manager = t.loginAs('manager');
    const before = t.snapshot();
    const missing = { code: 'not_found', field: 'staffId', message: 'That person is not on the staff list.' };
    expect(errorOf(manager.call('staff.update', { staffId: 'ghost', displayName: 'Ghost' }))).toEqual(missing);
    expect(errorOf(manager.call('staff.setPin', { staffId: 'ghost', pin: '1234' }))).toEqual(missing);
    expect(errorOf(manager.call('staff.setBadge', { staffId: 'ghost', badge: null }))).toEqual(missing);
    expect(errorOf(manager.call('staff.clearLockout', { staffId: 'ghost' }))).toEqual(missing);
    expect(t.snapshot()).toEqual(before);
  });
});
