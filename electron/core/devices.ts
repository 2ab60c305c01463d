import type { PrinterStatus, ScannerStatus } from '../../shared/contract/index.ts';
import type { EventHub } from './events.ts';

// What the host's device workers last learnt about the counter's hardware (printers answer
// status queries, the HID reader comes and goes). Kept in memory: after a restart the workers
// ask again. Handlers read it; workers write it, and each change is sent to the screens.

export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  name: string;
}

/** The HID reader when none is set up. */
export const SCANNER_OFF: ScannerStatus = { state: 'off', message: 'No reader in HID mode is set up; keyboard scanners work without one.' };

export class DeviceBoard {
  private readonly printers = new Map<PrinterStatus['target'], Omit<PrinterStatus, 'pending'>>();
  private scanner: ScannerStatus = SCANNER_OFF;
  private hid: HidDeviceInfo[] = [];
  private readonly queuedListeners = new Set<() => void>();

  constructor(private readonly events: EventHub) {}

  printer(target: PrinterStatus['target']): Omit<PrinterStatus, 'pending'> | null {
    return this.printers.get(target) ?? null;
  }

  setPrinter(status: Omit<PrinterStatus, 'pending'>, pending: number): void {
    const before = this.printers.get(status.target);
    this.printers.set(status.target, status);
    if (before?.state !== status.state || before.message !== status.message) {
      this.events.publish({ event: 'printer.status', payload: { ...status, pending } });
    }
  }

  /** A print job was committed by something that sends no event of its own (a reprint, a test page): the print worker listens. */
  printQueued(): void {
    for (const listener of this.queuedListeners) listener();
  }

  onPrintQueued(listener: () => void): () => void {
    this.queuedListeners.add(listener);
    return () => this.queuedListeners.delete(listener);
  }

  scannerStatus(): ScannerStatus {
    return this.scanner;
  }

  setScanner(status: ScannerStatus, devices?: HidDeviceInfo[]): void {
    const changed = status.state !== this.scanner.state || status.message !== this.scanner.message;
    this.scanner = status;
    if (devices) this.hid = devices;
    if (changed) this.events.publish({ event: 'scanner.status', payload: status });
  }

  hidDevices(): HidDeviceInfo[] {
    return this.hid;
  }
}
