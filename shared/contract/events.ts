import type { BackupStatus } from './backups.ts';
import type { PrinterStatus } from './printing.ts';
import type { ScannerStatus } from './scanners.ts';

// Events the core sends to the screens, over IPC or the WebSocket.

export interface ApiEvents {
  /** The session signed in, out, or locked itself. */
  'session.changed': { reason: 'login' | 'logout' | 'idle' };
  /** A staff badge was read by a scanner the main process owns (HID) or a test injected it. */
  'badge.scanned': { code: string };
  /** A product barcode was read. */
  'barcode.scanned': { code: string };
  /** A sale, refund or void was written to the journal (or a practice sale to its own). */
  'sale.completed': { saleId: string; kind: 'sale' | 'refund' | 'void'; receiptNumber: number | null; practice: boolean };
  /** Practice mode or discount limits changed. */
  'till.changed': { practice: boolean };
  /** A cash session opened or closed, or cash moved. */
  'cash.changed': { open: boolean };
  /** A printer's state changed (ready, offline, paper out, cover open), with the jobs waiting. */
  'printer.status': PrinterStatus;
  /** A job was printed, so screens counting waiting jobs can refresh. */
  'printer.printed': { jobId: string; target: 'receipt' | 'kitchen' };
  /** The HID reader was found, unplugged or could not be opened. */
  'scanner.status': ScannerStatus;
  /** Shifts of a week were planned, changed, published or swapped (weekStart: its Monday; null: any week, as when availability changed). */
  'rota.changed': { weekStart: string | null };
  /** Someone clocked in or out or took a break, or hours were approved or certified. */
  'attendance.changed': { staffId: string | null; action: 'clock_in' | 'clock_out' | 'break_start' | 'break_end' | 'approved' | 'certified' | 'reopened' };
  /** Skills changed: an observation, a sign-off (or its second signature or withdrawal) or a qualification for `staffId`; null: the framework. */
  'skills.changed': { staffId: string | null };
  /** A trainee's record, status, outcomes or readiness ticks changed; null: the readiness checklist itself. */
  'trainee.changed': { staffId: string | null; what: 'record' | 'status' | 'outcome' | 'readiness' };
  /** A backup started, finished or failed. */
  'backup.status': BackupStatus;
  /** A manager changed the printer or scanner settings. */
  'hardware.changed': { what: 'printing' | 'scanners' };
}

export type EventName = keyof ApiEvents;
export type EventMessage = { [K in EventName]: { event: K; payload: ApiEvents[K] } }[EventName];
