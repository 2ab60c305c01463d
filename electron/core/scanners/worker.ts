import type { ScannerSettings, ScannerStatus } from '../../../shared/contract/index.ts';
import { classifyScan } from '../../../shared/scanning/classify.ts';
import type { HidBackend } from '../../../hardware/hid/backend.ts';
import { startHidReader, type DeviceIds, type HidReader } from '../../../hardware/hid/reader.ts';
import type { Db } from '../db/open.ts';
import { SCANNER_OFF, type DeviceBoard } from '../devices.ts';
import type { EventHub } from '../events.ts';
import { readScannerSettings } from './settings.ts';

// The scanner worker runs in the host, beside the core, like the print worker. It reads the
// badge or barcode reader in HID mode that the manager chose (vendor and product id), and
// sends what it reads to every screen as `badge.scanned` or `barcode.scanned`, exactly as a
// scanner that types would arrive. A new choice on the Hardware screen (`hardware.changed`)
// restarts it. Whether it is connected, and the devices it can see, go on the DeviceBoard.
//
// What it reads goes through the same gate as any scan: classifyScan drops garbage, and a
// code read again within DOUBLE_READ_MS is a double read (a badge held on the reader, a
// barcode seen twice) and is dropped, so one scan never logs in twice or adds two coffees.
// The window runs from the last time the code was read, so a reader repeating while a badge
// rests on it sends it once.

export interface ScannerWorkerOptions {
  db: Db;
  devices: DeviceBoard;
  events: EventHub;
  backend: HidBackend;
  /** How often the list of USB devices is looked at (hot-plug). */
  pollMs?: number;
  /** Quiet time after which a code without its end key is dropped. */
  partialGapMs?: number;
  /** The same code again within this is a double read. */
  repeatMs?: number;
  /** Monotonic milliseconds. */
  now?: () => number;
  logger?: { error(message: string, cause?: unknown): void };
}

export interface ScannerWorker {
  /** Resolves once the latest settings are in use (for tests). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export const DOUBLE_READ_MS = 800;


const NO_IDS_STATUS: ScannerStatus = { state: 'missing', message: 'Choose the reader’s vendor and product id on the Hardware screen.' };

/** The reader to open, or null when none is chosen. */
function targetOf(hid: ScannerSettings['hid']): DeviceIds | null {
  return hid.enabled && hid.vendorId !== null && hid.productId !== null ? { vendorId: hid.vendorId, productId: hid.productId } : null;
}

export function startScannerWorker(options: ScannerWorkerOptions): ScannerWorker {
  const { db, devices, events, backend, logger } = options;
  const repeatMs = options.repeatMs ?? DOUBLE_READ_MS;
  const now = options.now ?? (() => performance.now());

  let stopped = false;
  let reader: HidReader | null = null;
  let readerKey: string | null = null;
  let reads: ScannerSettings['hid']['reads'] = 'both';
  let lastRead: { code: string; at: number } | null = null;
  let turn: Promise<void> = Promise.resolve();

  const deliver = (raw: string): void => {
    const scan = classifyScan(raw, reads);
    if (!scan) return;
    const at = now();
    const again = lastRead !== null && lastRead.code === scan.code && at - lastRead.at < repeatMs;
    lastRead = { code: scan.code, at };
    if (again) return;
    events.publish(scan.kind === 'badge' ? { event: 'badge.scanned', payload: { code: scan.code } } : { event: 'barcode.scanned', payload: { code: scan.code } });
  };

  /** Reads the settings and makes the reader match them; only a new device (or on/off) restarts it. */
  const apply = async (): Promise<void> => {
    if (stopped) return;
    const hid = readScannerSettings(db).hid;
    reads = hid.reads;
    const target = targetOf(hid);
    const key = JSON.stringify({ enabled: hid.enabled, target });
    if (key === readerKey) return;
    readerKey = key;
    const old = reader;
    reader = null;
    lastRead = null;
    await old?.stop();
    if (stopped) return;
    if (!hid.enabled) devices.setScanner(SCANNER_OFF);
    else if (!target) devices.setScanner(NO_IDS_STATUS);
    // With no reader chosen it still lists the devices, so the manager can pick one from the list.
    reader = startHidReader({
      backend,
      target,
      onCode: deliver,
      onStatus: (status) => devices.setScanner(status),
      onDevices: (list) => devices.setScanner(devices.scannerStatus(), list),
      ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
      ...(options.partialGapMs === undefined ? {} : { partialGapMs: options.partialGapMs }),
      now,
      ...(logger ? { logger } : {}),
    });
  };

  const reapply = (): Promise<void> => {
    turn = turn.then(apply).catch((cause: unknown) => logger?.error('the scanner worker could not apply the scanner settings', cause));
    return turn;
  };

  const unsubscribe = events.subscribe((message) => {
    if (message.event === 'hardware.changed' && message.payload.what === 'scanners') void reapply();
  });
  void reapply();

  return {
    settled: () => turn,
    async stop() {
      stopped = true;
      unsubscribe();
      await turn;
      const last = reader;
      reader = null;
      await last?.stop();
    },
  };
}
