import { describe, expect, it, onTestFinished } from 'vitest';
import type { EventMessage, ScannerSettings } from '../../../shared/contract/index.ts';
import { createFakeHid, type FakeHid } from '../../../hardware/hid/fakeHid.ts';
import { createTestCafe, valueOf, type TestCore } from '../testing/testCore.ts';
import { DOUBLE_READ_MS, startScannerWorker, type ScannerWorkerOptions } from './worker.ts';

// The HID reader's worker on a real café database: the manager chooses the reader on the
// Hardware screen (through the dispatcher), the fake USB bus plays the reader, and what
// the screens would hear is read off the core's events.

const READER = { vendorId: 0x0c2e, productId: 0x0b61, name: 'Acme Badge Reader' };

function hidSettings(hid: Partial<ScannerSettings['hid']>): ScannerSettings {
  return { prefix: '', endKey: 'Enter', maxKeyGapMs: 50, hid: { enabled: true, vendorId: READER.vendorId, productId: READER.productId, reads: 'both', ...hid } };
}

/** A manager saves the scanner settings, as on the Hardware screen. */
function chooseReader(t: TestCore, hid: Partial<ScannerSettings['hid']>): void {
  const manager = t.loginAs('manager');
  valueOf(manager.call('scanners.saveSettings', hidSettings(hid)));
  valueOf(manager.call('auth.logout', {}));
}

function setUp(over: Partial<ScannerWorkerOptions> = {}) {
  const t = createTestCafe();
  const hid: FakeHid = createFakeHid();
  const clock = { ms: 10_000 };
  const seen: EventMessage[] = [];
  t.core.events.subscribe((m) => seen.push(m));
  const errors: string[] = [];
  const worker = startScannerWorker({ db: t.db, devices: t.core.devices, events: t.core.events, backend: hid, pollMs: 10, now: () => clock.ms, logger: { error: (m) => errors.push(m) }, ...over });
  // Hooks run last-registered first: the worker stops before the core closes.
  onTestFinished(() => worker.stop());
  const status = () => valueOf(t.loginAs('manager').call('scanners.status', {}));
  const scans = () => seen.flatMap((m) => (m.event === 'badge.scanned' || m.event === 'barcode.scanned' ? [`${m.event === 'badge.scanned' ? 'badge' : 'barcode'} ${m.payload.code}`] : []));
  return { t, hid, clock, seen, errors, worker, status, scans };
}

describe('the scanner worker', () => {
  it('is off until a manager turns the reader on, and still lists the devices to choose from', async () => {
    const { hid, status, scans } = setUp();
    hid.plug(READER);
    await expect.poll(() => status().devices).toEqual([READER]);
    expect(status()).toMatchObject({ state: 'off' });
    expect(hid.openConnections).toBe(0);
    expect(scans()).toEqual([]);
  });

  it('a manager turns the reader on: missing, then connected when plugged in; a badge and a barcode reach the screens', async () => {
    const { t, hid, seen, status, scans } = setUp();
    chooseReader(t, {});
    await expect.poll(() => status().state).toBe('missing');
    expect(status().message).toBe('No reader with the ids 0c2e:0b61 is plugged in. Check its USB cable, or choose the reader from the list of devices.');
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    expect(status()).toEqual({ state: 'connected', message: 'Acme Badge Reader (0c2e:0b61) is connected and ready.', devices: [READER] });
    expect(seen.filter((m) => m.event === 'scanner.status').map((m) => m.payload)).toMatchObject([{ state: 'missing' }, { state: 'connected' }]);

    hid.type(t.person('trainee').badge);
    hid.type('5000112637922', { end: 'Tab' });
    expect(scans()).toEqual([`badge ${t.person('trainee').badge}`, 'barcode 5000112637922']);
  });

  it('the badge the reader sends logs its owner in, exactly as typed on the badge', async () => {
    const { t, hid, seen, status } = setUp();
    chooseReader(t, { reads: 'badges' });
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    hid.type(t.person('supervisor').badge);
    const scanned = seen.find((m) => m.event === 'badge.scanned');
    if (scanned?.event !== 'badge.scanned') throw new Error('no badge.scanned event');
    const counter = t.screen('counter');
    expect(valueOf(counter.call('auth.loginWithBadge', { badge: scanned.payload.code }))).toMatchObject({ staff: { displayName: t.person('supervisor').displayName } });
  });

  it('what the reader reads decides: a reader for badges sends a barcode-shaped code as a badge, one for barcodes the reverse', async () => {
    const { t, hid, status, scans, worker } = setUp();
    chooseReader(t, { reads: 'badges' });
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    hid.type('12345678');
    chooseReader(t, { reads: 'barcodes' });
    await worker.settled();
    hid.type('APRON-TOM-0003');
    expect(scans()).toEqual(['badge 12345678', 'barcode APRON-TOM-0003']);
    // Only what it reads changed: the same connection carried on.
    expect(hid.opens).toBe(1);
  });

  it('garbled, unfinished and junk scans send nothing, and change nothing in the database', async () => {
    const { t, hid, status, scans, clock } = setUp({ partialGapMs: 300 });
    chooseReader(t, {});
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    const before = t.snapshot();
    const badge = t.person('manager').badge;
    hid.typeGarbled(badge, 'rollover');
    hid.typeGarbled(badge, 'unknown-key');
    hid.typeGarbled(badge, 'wrong-size');
    hid.typeGarbled(badge, 'command-key');
    hid.send([0, 0, 1, 1, 1, 1, 1, 1], [0, 0, 0x28, 0, 0, 0, 0, 0]);
    hid.type(badge.slice(0, 6), { end: 'none' });
    clock.ms += 1000;
    // Too short and with a space: not a badge or a barcode.
    hid.type('ab');
    hid.type('AB CD 12');
    expect(scans()).toEqual([]);
    expect(t.snapshot()).toEqual(before);
    hid.type(badge);
    expect(scans()).toEqual([`badge ${badge}`]);
  });

  it('the same code read again within 800 ms is a double read and dropped; later, or another code, goes through', async () => {
    const { t, hid, status, scans, clock } = setUp();
    chooseReader(t, {});
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    hid.type('5000112637922');
    clock.ms += 100;
    hid.type('5000112637922');
    clock.ms += DOUBLE_READ_MS - 1;
    // Still within 800 ms of the last read: a barcode held in front of the reader sends once.
    hid.type('5000112637922');
    hid.type('5012345678900');
    clock.ms += 50;
    hid.type('5000112637922');
    clock.ms += DOUBLE_READ_MS;
    hid.type('5000112637922');
    expect(scans()).toEqual(['barcode 5000112637922', 'barcode 5012345678900', 'barcode 5000112637922', 'barcode 5000112637922']);
  });

  it('unplugged: the screens hear it, and it is used again when it is back', async () => {
    const { t, hid, status, scans } = setUp();
    chooseReader(t, {});
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    hid.unplug(READER);
    expect(status().state).toBe('unplugged');
    await expect.poll(() => status().message).toBe('The reader (0c2e:0b61) was unplugged. Plug it back in and Apron will use it again.');
    expect(status().devices).toEqual([]);
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    hid.type('APRON-PRIYA-0004');
    expect(scans()).toEqual(['badge APRON-PRIYA-0004']);
  });

  it('choosing another reader lets go of the old one; turning it off lets go too and says off', async () => {
    const { t, hid, status, worker } = setUp();
    const other = { vendorId: 0x05e0, productId: 0x1200, name: 'Symbol Scanner' };
    hid.plug(READER);
    hid.plug(other);
    chooseReader(t, {});
    await expect.poll(() => status().state).toBe('connected');
    chooseReader(t, { vendorId: other.vendorId, productId: other.productId });
    await worker.settled();
    await expect.poll(() => status().message).toBe('Symbol Scanner (05e0:1200) is connected and ready.');
    expect(hid.openConnections).toBe(1);
    chooseReader(t, { enabled: false });
    await worker.settled();
    expect(status()).toMatchObject({ state: 'off' });
    expect(t.core.devices.scannerStatus()).toEqual({ state: 'off', message: 'No reader in HID mode is set up; keyboard scanners work without one.' });
    expect(hid.openConnections).toBe(0);
  });

  it('starts with the settings already saved (after a restart)', async () => {
    const t = createTestCafe();
    chooseReader(t, {});
    const hid = createFakeHid();
    hid.plug(READER);
    const worker = startScannerWorker({ db: t.db, devices: t.core.devices, events: t.core.events, backend: hid, pollMs: 10 });
    onTestFinished(() => worker.stop());
    await expect.poll(() => t.core.devices.scannerStatus().state).toBe('connected');
  });

  it('where node-hid cannot load, the reader is unavailable and the till carries on', async () => {
    const { t, hid, status, errors } = setUp();
    hid.makeUnavailable('Apron cannot read USB readers in HID mode on this computer: (test).');
    chooseReader(t, {});
    await expect.poll(() => status().state).toBe('unavailable');
    expect(status().message).toBe('Apron cannot read USB readers in HID mode on this computer: (test).');
    expect(errors).toEqual([]);
  });

  it('stops cleanly: the reader is let go and nothing is sent after', async () => {
    const { t, hid, status, worker, seen } = setUp();
    chooseReader(t, {});
    hid.plug(READER);
    await expect.poll(() => status().state).toBe('connected');
    await worker.stop();
    expect(hid.openConnections).toBe(0);
    const heard = seen.length;
    hid.unplug(READER);
    chooseReader(t, { enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(seen.slice(heard).filter((m) => m.event !== 'session.changed').map((m) => m.event)).toEqual(['hardware.changed']);
    expect(hid.opens).toBe(1);
  });
});
