import type { EventEmitter } from 'node:events';
import { HidUnavailableError, type HidBackend, type HidDevice } from './backend.ts';

// The real backend: node-hid (hidapi; hidraw on Linux). It is a native module, so it is loaded
// only when first used, with a dynamic import: where it cannot load (no prebuilt binary, no
// libusb/hidraw) every call fails with HidUnavailableError in words, and nothing else breaks.

/** The part of node-hid this backend uses, so tests can pass a stand-in. */
export interface NodeHidModule {
  devicesAsync(): Promise<NodeHidDevice[]>;
  getHidapiVersion(): string;
  HIDAsync: { open(path: string): Promise<NodeHidHandle>; open(vendorId: number, productId: number): Promise<NodeHidHandle> };
}

export interface NodeHidDevice {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  product?: string | undefined;
  manufacturer?: string | undefined;
  usagePage?: number | undefined;
  usage?: number | undefined;
}

export interface NodeHidHandle extends Pick<EventEmitter, 'on'> {
  close(): Promise<void>;
}

export type LoadNodeHid = () => Promise<NodeHidModule>;

const loadRealNodeHid: LoadNodeHid = async () => {
  const hidModule = (await import('node-hid')) as unknown as NodeHidModule & { default?: NodeHidModule };
  // CommonJS seen from ESM: the functions may sit on `default` only.
  return typeof hidModule.devicesAsync === 'function' ? hidModule : (hidModule.default ?? hidModule);
};

const words = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause)).split('\n')[0]!.replace(/\.$/, '');

export function unavailableWords(cause: unknown): string {
  return `Apron cannot read USB readers in HID mode on this computer: its USB library (node-hid) did not load (${words(cause)}). Readers that type like a keyboard still work.`;
}

const nameOf = (d: NodeHidDevice): string => [d.manufacturer, d.product].filter((part): part is string => !!part && part.trim() !== '').join(' ').trim();

export function createNodeHidBackend(load: LoadNodeHid = loadRealNodeHid): HidBackend {
  let loading: Promise<NodeHidModule> | null = null;
  // Loaded once: a native module that failed to load will not load later in the same process.
  const hid = (): Promise<NodeHidModule> =>
    (loading ??= (async () => {
      try {
        const loaded = await load();
        // node-hid loads its binary on first use: make that happen here, where it can be reported.
        loaded.getHidapiVersion();
        return loaded;
      } catch (cause) {
        throw new HidUnavailableError(unavailableWords(cause));
      }
    })());

  return {
    async list() {
      const found = await (await hid()).devicesAsync();
      return found.map(
        (d): HidDevice => ({
          vendorId: d.vendorId,
          productId: d.productId,
          name: nameOf(d),
          ...(d.path ? { path: d.path } : {}),
          ...(d.usagePage === undefined ? {} : { usagePage: d.usagePage }),
          ...(d.usage === undefined ? {} : { usage: d.usage }),
        }),
      );
    },
    async open(device, listeners) {
      const { HIDAsync } = await hid();
      const handle = device.path ? await HIDAsync.open(device.path) : await HIDAsync.open(device.vendorId, device.productId);
      handle.on('data', (data: Buffer) => listeners.onData(new Uint8Array(data)));
      handle.on('error', (error: unknown) => listeners.onError(error instanceof Error ? error : new Error(String(error))));
      return { close: () => handle.close() };
    },
  };
}
