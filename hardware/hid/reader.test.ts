import { describe, expect, it, onTestFinished } from 'vitest';
import type { ScannerStatus } from '../../shared/contract/index.ts';
import type { HidBackend, HidDevice } from './backend.ts';
import { createFakeHid, type FakeHid } from './fakeHid.ts';
import { startHidReader, type HidReaderOptions } from './reader.ts';

const READER = { vendorId: 0x0c2e, productId: 0x0b61 };
const KEYBOARD = { vendorId: 0x046d, productId: 0xc31c, name: 'USB Keyboard' };

interface Heard {
  codes: string[];
  statuses: ScannerStatus[];
  devices: HidDevice[][];
  errors: string[];
  clock: { ms: number };
}

/** A reader on the fake bus that looks only when the test says (poll()), unless given a pollMs. */
function start(hid: HidBackend, over: Partial<HidReaderOptions> = {}) {
  const heard: Heard = { codes: [], statuses: [], devices: [], errors: [], clock: { ms: 0 } };
  const reader = startHidReader({
    backend: hid,
    target: READER,
    onCode: (code) => heard.codes.push(code),
    onStatus: (status) => heard.statuses.push(status),
    onDevices: (devices) => heard.devices.push(devices),
    pollMs: 60_000,
    now: () => heard.clock.ms,
    logger: { error: (message) => heard.errors.push(message) },
    ...over,
  });
  onTestFinished(() => reader.stop());
  return { reader, heard, states: () => heard.statuses.map((s) => s.state), last: () => heard.statuses.at(-1) };
}

describe('the HID reader', () => {
  it('reports the reader missing, opens it when plugged in, reads its codes, and notices it unplugged and back', async () => {
    const hid = createFakeHid();
    hid.plug(KEYBOARD);
    const { reader, heard, states, last } = start(hid);
    await reader.poll();
    expect(last()).toEqual({ state: 'missing', message: 'No reader with the ids 0c2e:0b61 is plugged in. Check its USB cable, or choose the reader from the list of devices.' });
    expect(heard.devices.at(-1)).toEqual([KEYBOARD]);

    hid.plug({ ...READER, name: 'Acme Badge Reader' });
    await reader.poll();
    expect(last()).toEqual({ state: 'connected', message: 'Acme Badge Reader (0c2e:0b61) is connected and ready.' });
    hid.type('APRON-TOM-0003');
    hid.type('5012345678900', { end: 'Tab' });
    expect(heard.codes).toEqual(['APRON-TOM-0003', '5012345678900']);

    hid.unplug(READER);
    expect(last()).toMatchObject({ state: 'unplugged', message: expect.stringContaining('stopped answering (could not read from HID device)') });
    await reader.poll();
    expect(last()).toEqual({ state: 'unplugged', message: 'The reader (0c2e:0b61) was unplugged. Plug it back in and Apron will use it again.' });

    hid.plug({ ...READER, name: 'Acme Badge Reader' });
    await reader.poll();
    expect(last()?.state).toBe('connected');
    hid.type('APRON-SAM-0002');
    expect(heard.codes.at(-1)).toBe('APRON-SAM-0002');
    expect(hid.opens).toBe(2);
    expect(states()).toEqual(['missing', 'connected', 'unplugged', 'unplugged', 'connected']);
    expect(heard.errors).toEqual([]);
  });

  it('finds a reader plugged in later by itself, looking every pollMs', async () => {
    const hid = createFakeHid();
    const { last, heard } = start(hid, { pollMs: 10 });
    await expect.poll(() => last()?.state).toBe('missing');
    hid.plug(READER);
    await expect.poll(() => last()?.state).toBe('connected');
    expect(last()?.message).toBe('The reader (0c2e:0b61) is connected and ready.');
    hid.unplug(READER);
    hid.plug(READER);
    await expect.poll(() => last()?.state).toBe('connected');
    hid.type('AB-12');
    expect(heard.codes).toEqual(['AB-12']);
  });

  it('says the same thing once, not at every look', async () => {
    const hid = createFakeHid();
    const { reader, states } = start(hid);
    await reader.poll();
    await reader.poll();
    await reader.poll();
    expect(states()).toEqual(['missing']);
  });

  it('garbled and unfinished scans never reach the till; the next good scan does', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    const { reader, heard } = start(hid, { partialGapMs: 300 });
    await reader.poll();
    hid.typeGarbled('APRON-SAM-0002', 'unknown-key');
    hid.type('APRON-SAM', { end: 'none' });
    heard.clock.ms += 1000;
    hid.type('APRON-TOM-0003');
    expect(heard.codes).toEqual(['APRON-TOM-0003']);
  });

  it('a reader that fails mid-read is unplugged until it answers again, then opened afresh', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    const { reader, heard, last } = start(hid);
    await reader.poll();
    hid.type('AB-12', { end: 'none' });
    hid.breakRead('Input/output error');
    expect(last()).toMatchObject({ state: 'unplugged', message: 'The reader (0c2e:0b61) stopped answering (Input/output error). Apron will use it again as soon as it is back.' });
    await reader.poll();
    expect(last()?.state).toBe('connected');
    // The half-read code before the failure is not glued to the next one.
    hid.type('34');
    expect(heard.codes).toEqual(['34']);
  });

  it('a reader that cannot be opened is unavailable, saying why, and is tried again at the next look', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    hid.failOpens('Permission denied', 1);
    const { reader, last } = start(hid);
    await reader.poll();
    expect(last()).toEqual({
      state: 'unavailable',
      message: "Apron can see the reader (0c2e:0b61) but could not open it (Permission denied). Another program may be using it, or the till's user may not be allowed to: see build/udev/50-apron-hid.rules.",
    });
    await reader.poll();
    expect(last()?.state).toBe('connected');
  });

  it('where node-hid cannot load, the reader is unavailable with the reason and no devices, and nothing is thrown', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    hid.makeUnavailable('Apron cannot read USB readers in HID mode on this computer: (test).');
    const { reader, heard, last } = start(hid);
    await reader.poll();
    expect(last()).toEqual({ state: 'unavailable', message: 'Apron cannot read USB readers in HID mode on this computer: (test).' });
    expect(heard.devices.at(-1)).toEqual([]);
    expect(heard.errors).toEqual([]);
  });

  it('a device list that fails for another reason says so in words', async () => {
    const broken: HidBackend = {
      list: () => Promise.reject(new Error('udev is not running.')),
      open: () => Promise.reject(new Error('not reached')),
    };
    const { reader, last } = start(broken);
    await reader.poll();
    expect(last()).toEqual({ state: 'unavailable', message: 'Apron could not look for USB devices (udev is not running). It will look again shortly.' });
  });

  it('with no reader chosen it only lists the devices, one per id, and reports no state', async () => {
    const hid = createFakeHid();
    hid.plug(KEYBOARD);
    hid.plug({ ...READER, name: 'Acme Badge Reader' });
    const { reader, heard } = start(hid, { target: null });
    await reader.poll();
    expect(heard.statuses).toEqual([]);
    expect(heard.devices.at(-1)).toEqual([KEYBOARD, { ...READER, name: 'Acme Badge Reader' }]);
    expect(hid.opens).toBe(0);
    hid.makeUnavailable('Apron cannot read USB readers in HID mode on this computer: (test).');
    await reader.poll();
    expect(heard.statuses).toEqual([]);
    expect(heard.devices.at(-1)).toEqual([]);
  });

  it('a reader listing several interfaces is opened on its keyboard interface, and listed once', async () => {
    const opened: string[] = [];
    const composite: HidBackend = {
      list: async () => [
        { ...READER, name: '', path: '/dev/hidraw1', usagePage: 0x0c, usage: 0x01 },
        { ...READER, name: 'Acme Badge Reader', path: '/dev/hidraw2', usagePage: 0x01, usage: 0x06 },
      ],
      open: async (device) => {
        opened.push(device.path ?? '');
        return { close: async () => undefined };
      },
    };
    const { reader, heard } = start(composite);
    await reader.poll();
    expect(opened).toEqual(['/dev/hidraw2']);
    expect(heard.devices.at(-1)).toEqual([{ ...READER, name: 'Acme Badge Reader' }]);
  });

  it('a listener that throws is logged and the reader carries on', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    const codes: string[] = [];
    const { reader, heard } = start(hid, {
      onCode: (code) => {
        codes.push(code);
        throw new Error('the till fell over');
      },
      onStatus: () => {
        throw new Error('the board fell over');
      },
    });
    await reader.poll();
    hid.type('AB-1');
    hid.type('AB-2');
    expect(codes).toEqual(['AB-1', 'AB-2']);
    expect(heard.errors).toEqual(['the HID reader could not report its status', 'a code from the HID reader could not be handled', 'a code from the HID reader could not be handled']);
  });

  it('stops cleanly: the reader is closed, no more looks or reports, even with a look under way', async () => {
    const fake: FakeHid = createFakeHid();
    fake.plug(READER);
    let looks = 0;
    const counted: HidBackend = {
      list: () => {
        looks += 1;
        return fake.list();
      },
      open: (device, listeners) => fake.open(device, listeners),
    };
    const { reader, heard } = start(counted, { pollMs: 5 });
    await expect.poll(() => fake.openConnections).toBe(1);
    const pending = reader.poll();
    await reader.stop();
    await pending;
    expect(fake.openConnections).toBe(0);
    const looksAtStop = looks;
    const reports = heard.statuses.length;
    fake.unplug(READER);
    await new Promise((resolve) => setTimeout(resolve, 40));
    await reader.poll();
    expect(looks).toBe(looksAtStop);
    expect(heard.statuses).toHaveLength(reports);
  });

  it('stopped while opening, it lets the new connection go', async () => {
    const fake = createFakeHid();
    fake.plug(READER);
    let release: () => void = () => undefined;
    const slow: HidBackend = {
      list: () => fake.list(),
      open: async (device, listeners) => {
        await new Promise<void>((resolve) => (release = resolve));
        return fake.open(device, listeners);
      },
    };
    const { reader, heard } = start(slow);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const stopping = reader.stop();
    release();
    await stopping;
    expect(fake.openConnections).toBe(0);
    expect(heard.statuses).toEqual([]);
  });
});
