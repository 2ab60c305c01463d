import type { PrinterStatus } from '../../shared/contract/index.ts';
import { withStatus } from './printerWords.ts';

// Keeps a screen's idea of the printers current from two sources that can cross on the way:
// `printer.status` events (the print worker's latest word) and answers to `printing.status`
// (asked again after a sale, a printed job or new settings). An answer asked for before an
// event arrived may have been written before the worker's news, and would put the screen
// back in time: the printer shown as "not checked yet" for good after it said it was ready.
// Such an answer is dropped and the question asked again; so is one overtaken by a newer question.

export interface PrinterStatusFollower {
  /** A `printer.status` event: shown at once. */
  heard(status: PrinterStatus): void;
  /** Ask the core for every printer's status (pending counts and settings included). */
  reload(): void;
  stop(): void;
}

export function followPrinterStatus(
  ask: () => Promise<PrinterStatus[] | null>,
  show: (update: (statuses: PrinterStatus[]) => PrinterStatus[]) => void,
): PrinterStatusFollower {
  let events = 0;
  let questions = 0;
  let stopped = false;

  const reload = (): void => {
    questions += 1;
    const question = questions;
    const eventsBefore = events;
    void ask()
      .catch(() => null)
      .then((statuses) => {
        if (stopped || question !== questions || statuses === null) return;
        if (events !== eventsBefore) {
          reload();
          return;
        }
        show(() => statuses);
      });
  };

  return {
    heard(status) {
      if (stopped) return;
      events += 1;
      show((statuses) => withStatus(statuses, status));
    },
    reload,
    stop() {
      stopped = true;
    },
  };
}
