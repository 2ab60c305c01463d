import { describe, expect, it } from 'vitest';
import { cafeDetails, cast, createTestCafe, errorOf, setUpCafe, TEST_VERSION, TestCore, valueOf } from '../testing/testCore.ts';
import { samplePeople } from './sample.ts';

describe('setting up the café', () => {
  it('a new Apron says it is not set up, and nobody can log in yet', () => {
    const t = new TestCore();
    const counter = t.screen();
    expect(valueOf(counter.call('cafe.status', {}))).toEqual({ setUp: false, name: null, sample: false, version: TEST_VERSION });
    expect(valueOf(counter.call('auth.loginTiles', {}))).toEqual([]);
    expect(errorOf(counter.call('settings.get', {}))).toEqual({ code: 'forbidden', message: 'Please log in first.' });
  });

  it('sets up the café with its first manager, tidying the VAT number, and audits it as the manager', () => {
    const t = new TestCore();
    const counter = t.screen();
    const { managerId } = valueOf(counter.call('cafe.setUp', { cafe: cafeDetails, manager: { displayName: cast.manager.displayName, pin: cast.manager.pin } }));
    expect(valueOf(counter.call('cafe.status', {}))).toEqual({ setUp: true, name: 'Back Yard Café', sample: false, version: TEST_VERSION });
    expect(t.db.prepare('SELECT name, address, vat_number, charity_number, idle_lock_seconds, sample FROM cafe').all()).toEqual([
      { name: 'Back Yard Café', address: '12 Canal Street, Manchester M1 3HE', vat_number: 'GB123456789', charity_number: '1180123', idle_lock_seconds: 120, sample: 0 },
    ]);
    expect(t.staffRow(managerId)).toMatchObject({ display_name: 'Maya Okafor', role: 'manager', active: 1 });
    expect(t.audit()).toEqual([
      expect.objectContaining({ action: 'cafe.setUp', outcome: 'done', actor_id: managerId, actor_role: 'manager', summary: 'Set up Back Yard Café with Maya Okafor as manager' }),
    ]);
    const office = t.screen();
    valueOf(office.call('auth.loginWithPin', { staffId: managerId, pin: cast.manager.pin }));
    expect(valueOf(office.call('settings.get', {}))).toEqual({
      name: 'Back Yard Café',
      address: '12 Canal Street, Manchester M1 3HE',
      vatNumber: 'GB123456789',
      charityNumber: '1180123',
      idleLockSeconds: 120,
    });
  });

  it('a VAT number without GB, and no charity number, are kept tidy', () => {
    const t = new TestCore();
    valueOf(t.screen().call('cafe.setUp', { cafe: { name: 'Corner Café', address: '1 High St', vatNumber: '123 4567 89' }, manager: { displayName: 'Ann', pin: '24680' } }));
    expect(t.db.prepare('SELECT vat_number, charity_number FROM cafe').get()).toEqual({ vat_number: 'GB123456789', charity_number: null });
  });

  it('the full set-up (manager, supervisor, trainee) works through the dispatcher', () => {
    const t = new TestCore();
    const people = setUpCafe(t);
    expect(t.count('staff')).toBe(3);
    expect(valueOf(t.loginAs('trainee').call('auth.session', {})).staff).toEqual({ id: people.trainee.id, displayName: 'Tom Walsh', role: 'trainee' });
  });

  it('cannot be set up twice, and the second attempt changes nothing', () => {
    const t = createTestCafe();
    const before = t.snapshot();
    const again = errorOf(t.screen().call('cafe.setUp', { cafe: { name: 'Takeover Café', address: 'Elsewhere' }, manager: { displayName: 'Mallory', pin: '1234' } }));
    expect(again).toEqual({ code: 'conflict', message: 'This café is already set up. Log in to change its details.' });
    expect(errorOf(t.screen().call('cafe.loadSample', {})).code).toBe('conflict');
    expect(t.snapshot()).toEqual(before);
  });
});

describe('the sample café', () => {
  it('loads the sample staff, who can log in with the sample PINs and badges', () => {
    const t = new TestCore();
    const counter = t.screen();
    const { managerId } = valueOf(counter.call('cafe.loadSample', {}));
    expect(valueOf(counter.call('cafe.status', {}))).toMatchObject({ setUp: true, sample: true, name: 'Back Yard Café (sample)' });
    const tiles = valueOf(counter.call('auth.loginTiles', {}));
    expect(tiles.map((tile) => tile.displayName).sort()).toEqual(samplePeople.map((p) => p.displayName).sort());
    expect(tiles.find((tile) => tile.id === managerId)?.role).toBe('manager');
    for (const person of samplePeople) {
      const tile = tiles.find((x) => x.displayName === person.displayName);
      const info = valueOf(t.screen().call('auth.loginWithPin', { staffId: tile?.id ?? '', pin: person.pin }));
      expect(info.staff).toEqual({ id: tile?.id, displayName: person.displayName, role: person.role });
    }
    const tom = samplePeople.find((p) => p.role === 'trainee');
    expect(valueOf(t.screen().call('auth.loginWithBadge', { badge: tom?.badge ?? '' })).staff?.displayName).toBe(tom?.displayName);
    expect(t.audit()[0]).toMatchObject({ action: 'cafe.loadSample', outcome: 'done', summary: `Loaded the sample café with ${samplePeople.length} sample staff` });
  });
});

describe('café settings', () => {
  it('a manager changes the café details and the idle time; the audit says so', () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    const updated = valueOf(office.call('settings.update', { cafe: { name: 'Back Yard Kitchen', address: '14 Canal Street', vatNumber: '', charityNumber: 'SC012345' }, idleLockSeconds: 300 }));
    expect(updated).toEqual({ name: 'Back Yard Kitchen', address: '14 Canal Street', vatNumber: null, charityNumber: 'SC012345', idleLockSeconds: 300 });
    expect(t.db.prepare('SELECT name, vat_number, charity_number, idle_lock_seconds FROM cafe').get()).toEqual({ name: 'Back Yard Kitchen', vat_number: null, charity_number: 'SC012345', idle_lock_seconds: 300 });
    expect(t.lastAudit()).toMatchObject({ action: 'settings.update', outcome: 'done', summary: 'Changed café details and idle lock to 300 seconds' });
  });

  it('changing only the idle time keeps the café details', () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    expect(valueOf(office.call('settings.update', { idleLockSeconds: 45 }))).toMatchObject({ name: 'Back Yard Café', vatNumber: 'GB123456789', idleLockSeconds: 45 });
  });

  it('everyone signed in can read the settings; only a manager can change them', () => {
    const t = createTestCafe();
    const sam = t.loginAs('supervisor');
    expect(valueOf(sam.call('settings.get', {})).name).toBe('Back Yard Café');
    const before = t.count('audit_log');
    expect(errorOf(sam.call('settings.update', { idleLockSeconds: 3600 })).code).toBe('forbidden');
    expect(t.db.prepare('SELECT idle_lock_seconds FROM cafe').pluck().get()).toBe(120);
    expect(t.count('audit_log')).toBe(before + 1);
  });
});
