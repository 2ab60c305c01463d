import { describe, expect, it } from 'vitest';
import { HidUnavailableError, type HidListeners } from './backend.ts';
import { createFakeHid } from './fakeHid.ts';
import { KeyboardDecoder } from './keyboardDecoder.ts';

const READER = { vendorId: 0x0c2e, productId: 0x0b61 };

function recorder(): HidListeners & { reports: Uint8Array[]; errors: string[] } {
  const reports: Uint8Array[] = [];
  const errors: string[] = [];
  return { reports, errors, onData: (r) => reports.push(r), onError: (e) => errors.push(e.message) };
}

describe('the fake HID bus', () => {
  it('lists what is plugged in, once per device, and forgets what is unplugged', async () => {
    const hid = createFakeHid();
    expect(await hid.list()).toEqual([]);
    hid.plug({ ...READER, name: 'Badge reader' });
    hid.plug({ ...READER, name: 'Badge reader' });
    hid.plug({ vendorId: 1, productId: 2 });
    expect(await hid.list()).toMatchObject([{ ...READER, name: 'Badge reader' }, { vendorId: 1, productId: 2, name: '' }]);
    hid.unplug(READER);
    expect((await hid.list()).map((d) => d.vendorId)).toEqual([1]);
  });

  it('types a code on the open reader as keyboard reports a decoder reads back', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    const heard = recorder();
    await hid.open((await hid.list())[0]!, heard);
    hid.type('APRON-TOM-0003');
    const decoder = new KeyboardDecoder();
    expect(heard.reports.flatMap((r, i) => decoder.feed(r, i))).toEqual([{ kind: 'code', code: 'APRON-TOM-0003' }]);
    expect(heard.reports.every((r) => r.length === 8)).toBe(true);
    expect(hid.opens).toBe(1);
  });

  it('a garbled read reaches the reader and decodes to nothing', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    const heard = recorder();
    await hid.open((await hid.list())[0]!, heard);
    hid.typeGarbled('APRON-TOM-0003', 'rollover');
    const decoder = new KeyboardDecoder();
    expect(heard.reports.flatMap((r, i) => decoder.feed(r, i)).filter((r) => r.kind === 'code')).toEqual([]);
  });

  it('typing with no reader open is refused in words', () => {
    const hid = createFakeHid();
    hid.plug(READER);
    expect(() => hid.type('1234')).toThrow('No reader is open: plug one in and wait for Apron to open it.');
  });

  it('unplugging fails the open connection and stops its reports; a closed connection hears nothing', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    const heard = recorder();
    const connection = await hid.open((await hid.list())[0]!, heard);
    hid.unplug(READER);
    expect(heard.errors).toEqual(['could not read from HID device']);
    expect(hid.openConnections).toBe(0);
    hid.plug(READER);
    const again = recorder();
    const second = await hid.open((await hid.list())[0]!, again);
    await connection.close();
    await second.close();
    expect(() => hid.send([0, 0, 4, 0, 0, 0, 0, 0])).toThrow('No reader is open');
  });

  it('can refuse to open a few times, break a read, or stand for a computer without node-hid', async () => {
    const hid = createFakeHid();
    hid.plug(READER);
    const [device] = await hid.list();
    hid.failOpens('Permission denied', 1);
    await expect(hid.open(device!, recorder())).rejects.toThrow('Permission denied');
    const heard = recorder();
    await hid.open(device!, heard);
    hid.breakRead('Input/output error');
    expect(heard.errors).toEqual(['Input/output error']);
    expect(hid.devices).toHaveLength(1);
    hid.makeUnavailable('no libusb');
    await expect(hid.list()).rejects.toBeInstanceOf(HidUnavailableError);
    hid.makeUnavailable(null);
    expect(await hid.list()).toHaveLength(1);
  });

  it('will not open a device that is not plugged in', async () => {
    const hid = createFakeHid();
    await expect(hid.open({ ...READER, name: '' }, recorder())).rejects.toThrow('cannot open device');
  });
});
