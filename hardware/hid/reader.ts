import type { ScannerStatus } from '../../shared/contract/index.ts';
import { HidUnavailableError, usbIdText, type HidBackend, type HidConnection, type HidDevice } from './backend.ts';
import { KeyboardDecoder } from './keyboardDecoder.ts';

// Reads one badge or barcode reader in HID mode. Readers are plugged in and out while the till
// runs, so the reader looks at the list of devices every `pollMs`: it opens the chosen one
// when it appears, notices when it goes, and opens it again when it is back. Whatever the
// device or node-hid does, nothing is thrown out of a timer: faults become a status in words.
//
//   missing      the chosen reader has not been seen since Apron started looking
//   connected    open, and codes arrive
//   unplugged    it went away, or failed mid-read; it is opened again when it is back
//   unavailable  node-hid cannot load here, or the reader is there but cannot be opened

export interface DeviceIds {
  vendorId: number;
  productId: number;
}

export interface HidReaderOptions {
  backend: HidBackend;
  /** The reader to open; null only lists the devices (nothing chosen yet). */
  target: DeviceIds | null;
  onCode(code: string): void;
  /** Called when the state or its words change (never while `target` is null). */
  onStatus(status: ScannerStatus): void;
  /** The devices plugged in, one per vendor and product id, after every look. */
  onDevices(devices: HidDevice[]): void;
  pollMs?: number;
  partialGapMs?: number;
  /** Monotonic milliseconds. */
  now?: () => number;
  logger?: { error(message: string, cause?: unknown): void };
}

export interface HidReader {
  /** Looks at the devices now rather than at the next poll; resolves when that look is done. */
  poll(): Promise<void>;
  /** Closes the reader; nothing is reported after it resolves. */
  stop(): Promise<void>;
}

export const DEFAULT_POLL_MS = 1000;

const KEYBOARD = { usagePage: 0x01, usage: 0x06 };

const idsOf = (d: DeviceIds): string => `${usbIdText(d.vendorId)}:${usbIdText(d.productId)}`;
const isTarget = (target: DeviceIds) => (d: DeviceIds) => d.vendorId === target.vendorId && d.productId === target.productId;
const reason = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause)).replace(/\.$/, '');

/** One entry per vendor and product id (a composite reader lists an interface each), named when any interface is. */
export function distinctDevices(devices: readonly HidDevice[]): HidDevice[] {
  const byIds = new Map<string, HidDevice>();
  for (const d of devices) {
    const seen = byIds.get(idsOf(d));
    if (!seen || (!seen.name && d.name)) byIds.set(idsOf(d), { vendorId: d.vendorId, productId: d.productId, name: d.name });
  }
  return [...byIds.values()];
}

/** The interface to open: the keyboard one when the reader says which that is. */
function chooseInterface(devices: readonly HidDevice[], target: DeviceIds): HidDevice | undefined {
  const candidates = devices.filter(isTarget(target));
  return candidates.find((d) => d.usagePage === KEYBOARD.usagePage && d.usage === KEYBOARD.usage) ?? candidates[0];
}

export function startHidReader(options: HidReaderOptions): HidReader {
  const { backend, target, logger } = options;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const now = options.now ?? (() => performance.now());
  const decoder = new KeyboardDecoder(options.partialGapMs === undefined ? {} : { partialGapMs: options.partialGapMs });
  const ids = target ? idsOf(target) : '';

  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let looking: Promise<void> | null = null;
  /** The open connection; a new object for each opening, so a late error from an old one is ignored. */
  let current: { connection: HidConnection | null } | null = null;
  let everConnected = false;
  let last: ScannerStatus | null = null;

  const report = (state: ScannerStatus['state'], message: string): void => {
    if (stopped || (last?.state === state && last.message === message)) return;
    last = { state, message };
    try {
      options.onStatus(last);
    } catch (cause) {
      logger?.error('the HID reader could not report its status', cause);
    }
  };

  const hear = (opening: object, data: Uint8Array): void => {
    if (stopped || opening !== current) return;
    for (const result of decoder.feed(data, now())) {
      if (result.kind !== 'code') continue;
      try {
        options.onCode(result.code);
      } catch (cause) {
        logger?.error('a code from the HID reader could not be handled', cause);
      }
    }
  };

  const close = async (): Promise<void> => {
    const closing = current?.connection;
    current = null;
    decoder.reset();
    if (closing) await closing.close().catch((cause: unknown) => logger?.error('the HID reader did not close cleanly', cause));
  };

  const lost = (opening: object, error: Error): void => {
    if (stopped || opening !== current) return;
    void close();
    report('unplugged', `The reader (${ids}) stopped answering (${reason(error)}). Apron will use it again as soon as it is back.`);
  };

  const look = async (): Promise<void> => {
    decoder.expire(now());
    let devices: HidDevice[];
    try {
      devices = await backend.list();
    } catch (cause) {
      // A reader already open keeps reading: the list is looked at again at the next poll.
      if (stopped || (current && !(cause instanceof HidUnavailableError))) return;
      options.onDevices([]);
      if (target) report('unavailable', cause instanceof HidUnavailableError ? cause.message : `Apron could not look for USB devices (${reason(cause)}). It will look again shortly.`);
      return;
    }
    if (stopped) return;
    options.onDevices(distinctDevices(devices));
    if (!target) return;

    const device = chooseInterface(devices, target);
    if (current) {
      if (!device) {
        await close();
        report('unplugged', `The reader (${ids}) was unplugged. Plug it back in and Apron will use it again.`);
      }
      return;
    }
    if (!device) {
      report(
        everConnected ? 'unplugged' : 'missing',
        everConnected
          ? `The reader (${ids}) was unplugged. Plug it back in and Apron will use it again.`
          : `No reader with the ids ${ids} is plugged in. Check its USB cable, or choose the reader from the list of devices.`,
      );
      return;
    }

    const opening: { connection: HidConnection | null } = { connection: null };
    current = opening;
    decoder.reset();
    try {
      opening.connection = await backend.open(device, { onData: (data) => hear(opening, data), onError: (error) => lost(opening, error) });
    } catch (cause) {
      if (current === opening) current = null;
      report(
        'unavailable',
        `Apron can see the reader (${ids}) but could not open it (${reason(cause)}). Another program may be using it, or the till's user may not be allowed to: see build/udev/50-apron-hid.rules.`,
      );
      return;
    }
    if (stopped || current !== opening) {
      // Stopped, or it failed while opening: let it go.
      await opening.connection.close().catch(() => undefined);
      return;
    }
    everConnected = true;
    report('connected', `${device.name ? `${device.name} (${ids})` : `The reader (${ids})`} is connected and ready.`);
  };

  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (looking) return looking;
    if (timer) clearTimeout(timer);
    timer = null;
    looking = look()
      .catch((cause: unknown) => logger?.error('the HID reader failed while looking for its device', cause))
      .finally(() => {
        looking = null;
        if (stopped) return;
        timer = setTimeout(() => void run(), pollMs);
        timer.unref?.();
      });
    return looking;
  };

  void run();
  return {
    poll: run,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await looking;
      await close();
    },
  };
}
