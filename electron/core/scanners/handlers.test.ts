import { describe, expect, it } from 'vitest';
import type { ScannerSettings } from '../../../shared/contract/index.ts';
import { captureEvents, createTillCafe } from '../testing/till.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// The scanner settings through the dispatcher: what a manager saves, who is refused, what
// bad settings are told, and the HID reader's status as the host's worker last reported it.

const reader: ScannerSettings = { prefix: '%', endKey: 'Tab', maxKeyGapMs: 40, hid: { enabled: true, vendorId: 0x0c2e, productId: 0x0b61, reads: 'badges' } };

describe('scanner settings', () => {
  it('a new till expects a keyboard scanner ending in Enter; a manager changes it, audited in words, and the screens hear', () => {
    const t = createTillCafe();
    const manager = t.loginAs('manager');
    expect(valueOf(manager.call('scanners.settings', {}))).toEqual({ prefix: '', endKey: 'Enter', maxKeyGapMs: 50, hid: { enabled: false, vendorId: null, productId: null, reads: 'both' } });
    const events = captureEvents(t);
    expect(valueOf(manager.call('scanners.saveSettings', reader))).toEqual(reader);
    expect(valueOf(t.screen().call('scanners.settings', {}))).toEqual(reader);
    expect(t.lastAudit()).toMatchObject({
      action: 'scanners.saveSettings',
      outcome: 'done',
      summary: 'Scanner settings: prefix "%"; end key Tab; keys at most 40 ms apart; HID reader on; HID reader 0c2e:0b61; HID reader reads badges',
    });
    expect(events).toContainEqual({ event: 'hardware.changed', payload: { what: 'scanners' } });
  });

  it('only a manager may change them or see the reader; refusals are audited and nothing changes', () => {
    const t = createTillCafe();
    for (const role of ['trainee', 'supervisor'] as const) {
      const screen = t.loginAs(role);
      expect(errorOf(screen.call('scanners.saveSettings', reader)).code).toBe('forbidden');
      expect(t.lastAudit()).toMatchObject({ action: 'scanners.saveSettings', outcome: 'refused', actor_role: role });
      expect(errorOf(screen.call('scanners.status', {})).code).toBe('forbidden');
    }
    expect(valueOf(t.screen().call('scanners.settings', {})).prefix).toBe('');
  });

  it('bad settings get the plain-English reason on the right field and write nothing', () => {
    const t = createTillCafe();
    const manager = t.loginAs('manager');
    const before = t.snapshot();
    const cases: [unknown, string, string][] = [
      [{ ...reader, prefix: '% ' }, 'prefix', 'The prefix can only be characters a scanner types, without spaces.'],
      [{ ...reader, prefix: '', endKey: 'none' }, 'endKey', 'A scanner with no end key needs a prefix, so Apron can tell where a code starts.'],
      [{ ...reader, maxKeyGapMs: 500 }, 'maxKeyGapMs', 'More than 200 ms between keys would mistake typing for a scan.'],
      [{ ...reader, maxKeyGapMs: '40' }, 'maxKeyGapMs', 'The gap between keys must be a number of milliseconds.'],
      [{ ...reader, hid: { ...reader.hid, vendorId: null } }, 'hid.vendorId', 'Enter the reader’s vendor id (shown in the list of devices).'],
      [{ ...reader, hid: { ...reader.hid, productId: 0x10000 } }, 'hid.productId', 'A USB id is between 0000 and ffff.'],
    ];
    for (const [input, field, message] of cases) {
      expect(errorOf(manager.call('scanners.saveSettings', input as ScannerSettings)), field).toMatchObject({ code: 'invalid_input', field, message });
    }
    expect(t.snapshot()).toEqual(before);
  });

  it('the reader’s status is what the host last reported while it is on, and off otherwise', () => {
    const t = createTillCafe();
    const manager = t.loginAs('manager');
    t.core.devices.setScanner({ state: 'unplugged', message: 'The reader was unplugged.' }, [{ vendorId: 0x0c2e, productId: 0x0b61, name: 'Honeywell reader' }]);
    expect(valueOf(manager.call('scanners.status', {}))).toMatchObject({ state: 'off', devices: [{ name: 'Honeywell reader' }] });
    valueOf(manager.call('scanners.saveSettings', reader));
    expect(valueOf(manager.call('scanners.status', {}))).toMatchObject({ state: 'unplugged', message: 'The reader was unplugged.' });
  });
});
