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
}

export type EventName = keyof ApiEvents;
export type EventMessage = { [K in EventName]: { event: K; payload: ApiEvents[K] } }[EventName];
