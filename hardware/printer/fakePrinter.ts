import type { PrinterState } from '../../shared/contract/index.ts';
import { decodeEscPos, type DecodedEscPos } from '../escpos/decode.ts';
import { DEFAULT_TIMEOUTS, PrinterError, type PrinterPort, type PrinterTimeouts } from './port.ts';

// An in-memory printer for the core's tests: it keeps what it is sent and can be put into
// the faults a café meets, so the print queue can be tested without sockets. A fault holds
// until it is cleared, or for the next `times` calls.

export type FakeFault = 'offline' | 'paper_out' | 'cover_open' | 'hang';

export interface FakePrinter extends PrinterPort {
  /** Every job sent successfully, in order. */
  readonly sent: Uint8Array[];
  /** The sent jobs read back. */
  printed(): DecodedEscPos[];
  /** Calls of send() so far, successful or not. */
  readonly attempts: number;
  readonly statusChecks: number;
  readonly closed: boolean;
  fail(fault: FakeFault, options?: { times?: number }): void;
  recover(): void;
}

const faultWords: Record<Exclude<FakeFault, 'hang'>, { state: PrinterState; message: string }> = {
  offline: { state: 'offline', message: 'The printer did not answer. Check it is switched on and connected.' },
  paper_out: { state: 'paper_out', message: 'The printer is out of paper. Put in a new roll.' },
  cover_open: { state: 'cover_open', message: 'The printer’s lid is open. Close it firmly.' },
};

export function createFakePrinter(timeouts: PrinterTimeouts = DEFAULT_TIMEOUTS): FakePrinter {
  let fault: FakeFault | null = null;
  let remaining = Infinity;
  const sent: Uint8Array[] = [];
  let attempts = 0;
  let statusChecks = 0;
  let closed = false;

  /** The fault this call meets, counting it off a limited fault. */
  const meet = (): FakeFault | null => {
    if (fault === null) return null;
    const met = fault;
    remaining -= 1;
    if (remaining <= 0) fault = null;
    return met;
  };
  const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  return {
    sent,
    get attempts() {
      return attempts;
    },
    get statusChecks() {
      return statusChecks;
    },
    get closed() {
      return closed;
    },
    printed: () => sent.map((bytes) => decodeEscPos(bytes)),
    fail(next, options = {}) {
      fault = next;
      remaining = options.times ?? Infinity;
    },
    recover() {
      fault = null;
    },
    async send(bytes) {
      attempts += 1;
      if (closed) throw new PrinterError('The printer connection was closed.', 'offline');
      const met = meet();
      if (met === 'hang') {
        await wait(timeouts.writeMs);
        throw new PrinterError(`The printer did not take the whole job within ${timeouts.writeMs} ms.`, 'offline');
      }
      if (met !== null) throw new PrinterError(faultWords[met].message, faultWords[met].state);
      sent.push(Uint8Array.from(bytes));
    },
    async status() {
      statusChecks += 1;
      const met = meet();
      if (met === 'hang') {
        await wait(timeouts.writeMs);
        return { state: 'unknown' as const, message: 'The printer did not answer when asked how it is. It may still print.' };
      }
      if (met !== null) return faultWords[met];
      return { state: 'ready' as const, message: 'The printer is ready.' };
    },
    async close() {
      closed = true;
    },
  };
}
