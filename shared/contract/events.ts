// Events the core sends to the screens, over IPC or the WebSocket.

export interface ApiEvents {
  /** The session signed in, out, or locked itself. */
  'session.changed': { reason: 'login' | 'logout' | 'idle' };
  /** A staff badge was read by a scanner the main process owns (HID) or a test injected it. */
  'badge.scanned': { code: string };
  /** A product barcode was read. */
  'barcode.scanned': { code: string };
}

export type EventName = keyof ApiEvents;
export type EventMessage = { [K in EventName]: { event: K; payload: ApiEvents[K] } }[EventName];
