import { HidUnavailableError, usbIdText, type HidBackend, type HidConnection, type HidDevice, type HidListeners } from './backend.ts';
import { keyboardReports, keyReport, releaseReport, type TypingOptions } from './keyboardReports.ts';

// A USB HID bus for tests, with readers a test plugs in and out and types on. Reports reach
// the open connections at once, as real keyboard reports, so the code under test decodes
// exactly what a real reader would send. It can also send garbage, refuse to open, fail
// mid-read, or stand for a computer where node-hid does not load.

export const GARBAGE_KINDS = ['rollover', 'unknown-key', 'wrong-size', 'command-key'] as const;

export type GarbageKind = (typeof GARBAGE_KINDS)[number];

export interface DeviceIds {
  vendorId: number;
  productId: number;
}

export interface FakeHid extends HidBackend {
  /** The devices plugged in now. */
  readonly devices: readonly HidDevice[];
  /** Connections open now. */
  readonly openConnections: number;
  /** Times a device was opened successfully. */
  readonly opens: number;
  plug(device: DeviceIds & { name?: string }): void;
  /** Takes the device out; an open connection to it fails as node-hid's does. */
  unplug(ids: DeviceIds): void;
  /** Types `code` on the open reader as keyboard reports (Enter at the end unless told). Throws when no reader is open. */
  type(code: string, options?: TypingOptions): void;
  /** Types `code` with a garbage report in the middle, then Enter: a garbled read. */
  typeGarbled(code: string, kind: GarbageKind): void;
  /** Sends raw reports. Throws when no reader is open. */
  send(...reports: (Uint8Array | number[])[]): void;
  /** The next `times` opens (every one, by default) fail with `message`. */
  failOpens(message: string, times?: number): void;
  /** The open connections fail mid-read with `message`; the device stays plugged in. */
  breakRead(message: string): void;
  /** Every call fails as if node-hid could not load (null: it loads again). */
  makeUnavailable(message: string | null): void;
}

/** The reports of one garbage kind. */
export function garbageReports(kind: GarbageKind): Uint8Array[] {
  switch (kind) {
    case 'rollover':
      return [Uint8Array.of(0, 0, 1, 1, 1, 1, 1, 1), releaseReport()];
    case 'unknown-key':
      // F1: no badge or barcode has one.
      return [keyReport(0x3a), releaseReport()];
    case 'wrong-size':
      return [Uint8Array.of(0, 5, 0x10)];
    case 'command-key':
      // Ctrl+C.
      return [Uint8Array.of(0x01, 0, 0x06, 0, 0, 0, 0, 0), releaseReport()];
  }
}

interface Open {
  device: HidDevice;
  listeners: HidListeners;
  closed: boolean;
}

const same = (a: DeviceIds, b: DeviceIds): boolean => a.vendorId === b.vendorId && a.productId === b.productId;

export function createFakeHid(): FakeHid {
  let devices: HidDevice[] = [];
  let connections: Open[] = [];
  let opens = 0;
  let openFailure: { message: string; remaining: number } | null = null;
  let unavailable: string | null = null;

  const live = (): Open[] => connections.filter((c) => !c.closed);
  const deliver = (reports: Uint8Array[]): void => {
    const targets = live();
    if (targets.length === 0) throw new Error('No reader is open: plug one in and wait for Apron to open it.');
    for (const report of reports) for (const c of targets) if (!c.closed) c.listeners.onData(Uint8Array.from(report));
  };
  const fail = (targets: Open[], message: string): void => {
    for (const c of targets) {
      c.closed = true;
      c.listeners.onError(new Error(message));
    }
    connections = live();
  };

  return {
    get devices() {
      return devices.slice();
    },
    get openConnections() {
      return live().length;
    },
    get opens() {
      return opens;
    },
    plug({ vendorId, productId, name = '' }) {
      if (devices.some((d) => same(d, { vendorId, productId }))) return;
      devices.push({ vendorId, productId, name, path: `/dev/hidraw-fake-${usbIdText(vendorId)}-${usbIdText(productId)}` });
    },
    unplug(ids) {
      devices = devices.filter((d) => !same(d, ids));
      fail(
        live().filter((c) => same(c.device, ids)),
        'could not read from HID device',
      );
    },
    type(code, options) {
      deliver(keyboardReports(code, options));
    },
    typeGarbled(code, kind) {
      const half = Math.ceil(code.length / 2);
      deliver([...keyboardReports(code.slice(0, half), { end: 'none' }), ...garbageReports(kind), ...keyboardReports(code.slice(half))]);
    },
    send(...reports) {
      deliver(reports.map((r) => Uint8Array.from(r)));
    },
    failOpens(message, times = Infinity) {
      openFailure = { message, remaining: times };
    },
    breakRead(message) {
      fail(live(), message);
    },
    makeUnavailable(message) {
      unavailable = message;
    },
    async list() {
      if (unavailable !== null) throw new HidUnavailableError(unavailable);
      return devices.map((d) => ({ ...d }));
    },
    async open(device, listeners): Promise<HidConnection> {
      if (unavailable !== null) throw new HidUnavailableError(unavailable);
      if (openFailure && openFailure.remaining > 0) {
        openFailure.remaining -= 1;
        throw new Error(openFailure.message);
      }
      const plugged = devices.find((d) => same(d, device));
      if (!plugged) throw new Error('cannot open device with path ' + (device.path ?? '(none)'));
      const connection: Open = { device: plugged, listeners, closed: false };
      connections.push(connection);
      opens += 1;
      return {
        async close() {
          connection.closed = true;
          connections = live();
        },
      };
    },
  };
}
