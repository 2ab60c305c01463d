import { describe, expect, it } from 'vitest';
import { createTestCafe, errorOf, SECOND, valueOf } from '../testing/testCore.ts';

describe('the audit log', () => {
  it('a manager reads it newest first, with who did what and who authorised it', () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    t.clock.advance(5 * SECOND);
    valueOf(office.call('settings.update', { idleLockSeconds: 90 }));
    const page = valueOf(office.call('audit.list', {}));
    expect(page.entries[0]).toEqual({
      id: expect.any(Number) as unknown as number,
      at: new Date(t.clock.now()).toISOString(),
      actorId: t.person('manager').id,
      actorName: 'Maya Okafor',
      actorRole: 'manager',
      authorisedByName: null,
      action: 'settings.update',
      subjectType: 'cafe',
      subjectId: '1',
      outcome: 'done',
      summary: 'Changed idle lock to 90 seconds',
    });
    expect(page.entries[1]?.action).toBe('auth.loginWithPin');
    expect(page.nextBefore).toBeNull();
    expect(page.actions).toEqual(['auth.loginWithPin', 'auth.logout', 'cafe.setUp', 'settings.update', 'staff.create']);
  });

  it('reads in pages, and filters by person and by action', () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    t.loginAs('trainee');
    const all = valueOf(office.call('audit.list', { limit: 500 })).entries;
    const first = valueOf(office.call('audit.list', { limit: 3 }));
    expect(first.entries.map((e) => e.id)).toEqual(all.slice(0, 3).map((e) => e.id));
    expect(first.nextBefore).toBe(all[2]?.id);
    const second = valueOf(office.call('audit.list', { limit: 3, before: first.nextBefore ?? 0 }));
    expect(second.entries.map((e) => e.id)).toEqual(all.slice(3, 6).map((e) => e.id));

    const toms = valueOf(office.call('audit.list', { actorId: t.person('trainee').id })).entries;
    expect(toms.map((e) => e.action)).toEqual(['auth.loginWithPin']);
    const logins = valueOf(office.call('audit.list', { action: 'auth.loginWithPin' })).entries;
    expect(logins.length).toBe(3);
    expect(logins.every((e) => e.action === 'auth.loginWithPin')).toBe(true);
  });

  it('only a manager may read it, and reading it writes nothing', () => {
    const t = createTestCafe();
    const sam = t.loginAs('supervisor');
    expect(errorOf(sam.call('audit.list', {})).code).toBe('forbidden');
    const office = t.loginAs('manager');
    const before = t.snapshot();
    valueOf(office.call('audit.list', {}));
    expect(t.snapshot()).toEqual(before);
  });
});
