// A badge or barcode reader in HID mode, as the reader sees it: a list of the USB HID devices
// plugged in, and a way to open one and hear its reports. The real backend is node-hid; tests
// use the fake in ./fakeHid.ts.

export interface HidDevice {
  vendorId: number;
  productId: number;
  /** What the device calls itself ('' when it says nothing). */
  name: string;
  /** The operating system's path for this interface, when it gives one. */
  path?: string;
  /** What the interface is: page 0x01 usage 0x06 is a keyboard (a composite reader lists several interfaces). */
  usagePage?: number;
  usage?: number;
}

export interface HidListeners {
  /** One input report, as the device sent it. */
  onData(report: Uint8Array): void;
  /** The device failed mid-read (on Linux, unplugging it ends this way). No more data follows. */
  onError(error: Error): void;
}

export interface HidConnection {
  close(): Promise<void>;
}

export interface HidBackend {
  /** Rejects with HidUnavailableError when USB readers cannot be used on this computer at all. */
  list(): Promise<HidDevice[]>;
  /** Rejects when the device cannot be opened (gone, or not allowed). */
  open(device: HidDevice, listeners: HidListeners): Promise<HidConnection>;
}

/** node-hid could not be loaded here: no reader in HID mode can work until that is fixed. */
export class HidUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HidUnavailableError';
  }
}

/** A USB id as people read it on a label or in `lsusb`: four hex digits. */
export const usbIdText = (id: number): string => id.toString(16).padStart(4, '0');
