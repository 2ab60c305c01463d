import type { PrinterState } from '../../shared/contract/index.ts';

// What a printer's answers to the real-time status requests mean (ESC/POS DLE EOT n:
// 1 printer, 2 offline cause, 4 paper sensor). Every answer byte has bits 1 and 4 set and
// bits 0 and 7 clear; anything else is not a status answer (noise, or another protocol).

export const STATUS_REQUESTS = { printer: 1, offlineCause: 2, paper: 4 } as const;

export interface StatusReplies {
  printer?: number;
  offlineCause?: number;
  paper?: number;
}

export function isStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

/** The printer's state in the till's terms, with a sentence for the settings screen. */
export function parseStatusReplies(replies: StatusReplies): { state: PrinterState; message: string } {
  const { printer, offlineCause, paper } = replies;
  if (printer === undefined) return { state: 'unknown', message: 'The printer did not answer when asked how it is. It may still print.' };
  for (const b of [printer, offlineCause, paper]) {
    if (b !== undefined && !isStatusByte(b)) return { state: 'unknown', message: 'The printer answered in a way Apron does not understand. It may still print.' };
  }
  if (offlineCause !== undefined && offlineCause & 0x04) return { state: 'cover_open', message: 'The printer’s lid is open. Close it firmly.' };
  if ((offlineCause !== undefined && offlineCause & 0x20) || (paper !== undefined && (paper & 0x60) === 0x60)) {
    return { state: 'paper_out', message: 'The printer is out of paper. Put in a new roll.' };
  }
  if (printer & 0x08) {
    const why = offlineCause !== undefined && offlineCause & 0x40 ? ' It reports an error: switch it off and on again.' : offlineCause !== undefined && offlineCause & 0x08 ? ' Paper is being fed with its button.' : '';
    return { state: 'offline', message: `The printer is on but not ready to print.${why}` };
  }
  if (paper !== undefined && (paper & 0x0c) === 0x0c) return { state: 'ready', message: 'The printer is ready. The paper is running low.' };
  return { state: 'ready', message: 'The printer is ready.' };
}
