import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { HidUnavailableError } from './backend.ts';
import { createNodeHidBackend, type NodeHidDevice, type NodeHidHandle, type NodeHidModule } from './nodeHid.ts';

// node-hid itself needs a real USB bus to read anything; these tests check the backend's own
// part with a stand-in module (what it lists, how it opens, how data and errors pass), and
// that the real module loads here or is reported unavailable in words.

class StandInHandle extends EventEmitter implements NodeHidHandle {
  closed = false;
  async close(): Promise<void> {
    this.closed = true;
  }
}

function standIn(devices: NodeHidDevice[]) {
  const handles: StandInHandle[] = [];
  const openedWith: unknown[][] = [];
  const module: NodeHidModule = {
    devicesAsync: async () => devices,
    getHidapiVersion: () => '0.14.0',
    HIDAsync: {
      open: async (...args: unknown[]) => {
        openedWith.push(args);
        const handle = new StandInHandle();
        handles.push(handle);
        return handle;
      },
    } as NodeHidModule['HIDAsync'],
  };
  return { module, handles, openedWith };
}

describe('the node-hid backend', () => {
  it('lists devices with a name made of maker and product, keeping the path and interface', async () => {
    const { module } = standIn([
      { vendorId: 0x0c2e, productId: 0x0b61, path: '/dev/hidraw3', manufacturer: 'Acme', product: 'Badge Reader', usagePage: 1, usage: 6 },
      { vendorId: 0x1234, productId: 0x0001, product: '  ', manufacturer: undefined },
    ]);
    const backend = createNodeHidBackend(async () => module);
    expect(await backend.list()).toEqual([
      { vendorId: 0x0c2e, productId: 0x0b61, name: 'Acme Badge Reader', path: '/dev/hidraw3', usagePage: 1, usage: 6 },
      { vendorId: 0x1234, productId: 0x0001, name: '' },
    ]);
  });

  it('opens by path (or by ids without one), passes reports as bytes and errors as errors, and closes', async () => {
    const { module, handles, openedWith } = standIn([]);
    const backend = createNodeHidBackend(async () => module);
    const data: number[][] = [];
    const errors: string[] = [];
    const listeners = { onData: (r: Uint8Array) => data.push([...r]), onError: (e: Error) => errors.push(e.message) };
    const connection = await backend.open({ vendorId: 0x0c2e, productId: 0x0b61, name: '', path: '/dev/hidraw3' }, listeners);
    await backend.open({ vendorId: 0x0c2e, productId: 0x0b61, name: '' }, listeners);
    expect(openedWith).toEqual([['/dev/hidraw3'], [0x0c2e, 0x0b61]]);
    handles[0]!.emit('data', Buffer.from([0, 0, 4, 0, 0, 0, 0, 0]));
    handles[0]!.emit('error', new Error('could not read from HID device'));
    handles[0]!.emit('error', 'a string, not an Error');
    expect(data).toEqual([[0, 0, 4, 0, 0, 0, 0, 0]]);
    expect(errors).toEqual(['could not read from HID device', 'a string, not an Error']);
    await connection.close();
    expect(handles[0]!.closed).toBe(true);
  });

  it('a module that does not load makes every call fail as unavailable, in words, and is not loaded again', async () => {
    let loads = 0;
    const backend = createNodeHidBackend(async () => {
      loads += 1;
      throw new Error('libusb-1.0.so.0: cannot open shared object file: No such file or directory');
    });
    const failure = await backend.list().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HidUnavailableError);
    expect((failure as Error).message).toBe(
      'Apron cannot read USB readers in HID mode on this computer: its USB library (node-hid) did not load (libusb-1.0.so.0: cannot open shared object file: No such file or directory). Readers that type like a keyboard still work.',
    );
    await expect(backend.open({ vendorId: 1, productId: 2, name: '' }, { onData: () => undefined, onError: () => undefined })).rejects.toBeInstanceOf(HidUnavailableError);
    expect(loads).toBe(1);
  });

  it('a module whose native part fails on first use is unavailable too', async () => {
    const { module } = standIn([]);
    const backend = createNodeHidBackend(async () => ({
      ...module,
      getHidapiVersion: () => {
        throw new Error('No native build was found for platform=linux arch=riscv64');
      },
    }));
    await expect(backend.list()).rejects.toThrow('did not load (No native build was found for platform=linux arch=riscv64)');
  });

  it('the real node-hid loads on this machine and lists devices, or says in words why it cannot', async () => {
    const backend = createNodeHidBackend();
    const listed = await backend.list().then(
      (devices) => ({ devices }),
      (error: unknown) => ({ error }),
    );
    if ('error' in listed) {
      expect(listed.error).toBeInstanceOf(HidUnavailableError);
      expect((listed.error as Error).message).toMatch(/^Apron cannot read USB readers in HID mode on this computer/);
      return;
    }
    expect(Array.isArray(listed.devices)).toBe(true);
    for (const d of listed.devices) expect(d).toMatchObject({ vendorId: expect.any(Number), productId: expect.any(Number), name: expect.any(String) });
    // Nothing is plugged in at this path: opening it is refused, not a crash.
    await expect(backend.open({ vendorId: 0xfffe, productId: 0xfffe, name: '', path: '/dev/hidraw-apron-none' }, { onData: () => undefined, onError: () => undefined })).rejects.toThrow();
  });
});
