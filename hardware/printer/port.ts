import type { PrinterConnection, PrinterState } from '../../shared/contract/index.ts';

// A receipt or kitchen printer as the print worker sees it. Real drivers (network, USB device
// file or raw queue, serial) and the test fakes all look like this.

export interface PrinterTimeouts {
  /** Reaching the printer (TCP connect, opening the device). */
  connectMs: number;
  /** Writing one job, and waiting for a status reply. */
  writeMs: number;
}

export const DEFAULT_TIMEOUTS: PrinterTimeouts = { connectMs: 3000, writeMs: 5000 };

/** Why a send failed, in words for the settings screen, with the state it implies. */
export class PrinterError extends Error {
  constructor(
    message: string,
    readonly state: PrinterState,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}

export interface PrinterPort {
  /** Sends one job's bytes. Resolves once they are written; rejects with PrinterError (timeout, refused, unplugged). */
  send(bytes: Uint8Array): Promise<void>;
  /** Asks the printer how it is (ESC/POS real-time status). Never rejects: an unreachable printer is 'offline'. */
  status(): Promise<{ state: PrinterState; message: string }>;
  close(): Promise<void>;
}

export type OpenPrinter = (connection: Exclude<PrinterConnection, { kind: 'none' }>, timeouts?: PrinterTimeouts) => PrinterPort;
