import type { PrinterState, PrinterStatus } from '../../shared/contract/index.ts';

// The printer's state in the café's words, with the next thing to do about it. The till
// shows a short line only when something is wrong or jobs wait; the hardware screen shows
// the whole sentence.

const stateWords: Record<PrinterState, string> = {
  ready: 'Ready',
  offline: 'Off or not answering',
  paper_out: 'Out of paper',
  cover_open: 'The cover is open',
  not_set_up: 'Not set up',
  unknown: 'Not checked yet',
};

const nextSteps: Record<PrinterState, string | null> = {
  ready: null,
  offline: 'check it is switched on and its cable is plugged in',
  paper_out: 'put a new roll in',
  cover_open: 'close the cover firmly',
  not_set_up: 'choose how it is connected below',
  unknown: null,
};

/** Short words for the till's corner. */
const shortWords: Record<PrinterState, string | null> = {
  ready: null,
  offline: 'off',
  paper_out: 'out of paper',
  cover_open: 'cover open',
  not_set_up: null,
  unknown: null,
};

function waitingWords(status: PrinterStatus): string | null {
  if (status.pending === 0) return null;
  return `${status.target === 'kitchen' ? 'tickets' : 'receipts'} waiting: ${status.pending}`;
}

/** "Out of paper — put a new roll in; receipts waiting: 3". */
export function printerSentence(status: PrinterStatus): string {
  const step = nextSteps[status.state];
  const waiting = waitingWords(status);
  const head = step ? `${stateWords[status.state]} — ${step}` : stateWords[status.state];
  return waiting ? `${head}; ${waiting}` : head;
}

export function printerStateWords(state: PrinterState): string {
  return stateWords[state];
}

export function needsAttention(status: PrinterStatus): boolean {
  return shortWords[status.state] !== null;
}

/** "Printer: out of paper · 2 waiting", or null when there is nothing to say. */
export function indicatorText(statuses: readonly PrinterStatus[]): string | null {
  const parts = statuses
    .filter((s) => shortWords[s.state] !== null || s.pending > 0)
    .sort((a, b) => (a.target === b.target ? 0 : a.target === 'receipt' ? -1 : 1))
    .map((s) => {
      const bits = [shortWords[s.state], s.pending > 0 ? `${s.pending} waiting` : null].filter((b): b is string => b !== null);
      return `${s.target === 'kitchen' ? 'Kitchen printer' : 'Printer'}: ${bits.join(' · ')}`;
    });
  return parts.length > 0 ? parts.join('; ') : null;
}

/** A `printer.status` event replaces what we knew about that printer (keeping its settings if the event leaves them out). */
export function withStatus(statuses: readonly PrinterStatus[], status: PrinterStatus): PrinterStatus[] {
  const before = statuses.find((s) => s.target === status.target);
  return [...statuses.filter((s) => s.target !== status.target), { ...before, ...status }];
}

/** What the till knows about the receipt printer from its status. */
export function receiptPrinterFacts(statuses: readonly PrinterStatus[]): { setUp: boolean; printEverySale: boolean; columns: 32 | 42 | 48; away: boolean } {
  const receipt = statuses.find((s) => s.target === 'receipt');
  return {
    setUp: receipt !== undefined && receipt.state !== 'not_set_up',
    printEverySale: receipt?.printEverySale ?? false,
    columns: receipt?.columns ?? 42,
    away: receipt !== undefined && needsAttention(receipt),
  };
}

/** Said after a receipt or report is queued: it is on its way, or will be once the printer is back. */
export function sentWords(statuses: readonly PrinterStatus[], target: 'receipt' | 'kitchen' = 'receipt'): string {
  const status = statuses.find((s) => s.target === target);
  return status && needsAttention(status) ? `Sent to the printer. It will print when the printer is back (${printerStateWords(status.state).toLowerCase()}).` : 'Sent to the printer.';
}
