import type { EventMessage, ScannerSettings } from '../../shared/contract/index.ts';
import { classifyScan, type Scan } from '../../shared/scanning/classify.ts';
import { createRepeatGuard, feedWedge, idleWedge, settleWedge, type WedgeConfig } from '../../shared/scanning/wedge.ts';

// Every scan reaches the screen through here, from either kind of scanner: a keyboard
// scanner's fast typing (recognised by the wedge rules and the manager's settings) or a
// `badge.scanned` / `barcode.scanned` event from a reader the host owns. Only the screen on
// top gets a scan (the supervisor's dialog over the till, say); with nobody listening, keys
// are left alone, so a badge or barcode box on the staff and catalogue screens is filled by
// scanning into it.

/** The key event as the hub needs it (a DOM KeyboardEvent has all of this). */
export interface KeyLike {
  key: string;
  timeStamp: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
  preventDefault(): void;
  stopImmediatePropagation(): void;
}

export interface ScannerHubDeps {
  /** Subscribes to the core's events; returns an unsubscribe. */
  onEvent(listener: (message: EventMessage) => void): () => void;
  now(): number;
  /** Puts back what a field held before a scanner typed into it. */
  restoreField(field: EventTarget | null, value: string | null): void;
  /** What a field holds now (null for anything that is not a text field). */
  fieldValue(field: EventTarget | null): string | null;
  setTimer(run: () => void, ms: number): () => void;
}

export type ScanHandler = (scan: Scan) => void;

export const DOUBLE_READ_MS = 800;
export const defaultWedgeConfig: WedgeConfig = { prefix: '', endKey: 'Enter', maxKeyGapMs: 50 };

export interface ScannerHub {
  /** The screen on top gets scans until it unsubscribes. */
  subscribe(handler: ScanHandler): () => void;
  configure(settings: Pick<ScannerSettings, 'prefix' | 'endKey' | 'maxKeyGapMs'>): void;
  /** Feed every keydown here, in the capture phase. */
  onKey(event: KeyLike): void;
  /** Starts listening for the core's scan events; returns a stop. */
  listen(): () => void;
}

export function createScannerHub(deps: ScannerHubDeps): ScannerHub {
  const handlers: ScanHandler[] = [];
  let config = defaultWedgeConfig;
  let wedge = idleWedge;
  let field: { target: EventTarget | null; before: string | null } = { target: null, before: null };
  let cancelSettle: (() => void) | null = null;
  const fresh = createRepeatGuard(DOUBLE_READ_MS);

  const deliver = (scan: Scan | null): void => {
    const top = handlers.at(-1);
    if (!scan || !top || !fresh(`${scan.kind}:${scan.code}`, deps.now())) return;
    top(scan);
  };

  const wedgeCode = (code: string): void => {
    deps.restoreField(field.target, field.before);
    deliver(classifyScan(code, 'both'));
  };

  const settleLater = (): void => {
    cancelSettle?.();
    if (config.endKey !== 'none') return;
    cancelSettle = deps.setTimer(() => {
      const settled = settleWedge(wedge, wedge.lastAt + config.maxKeyGapMs + 1, config);
      wedge = settled.state;
      if (settled.code) wedgeCode(settled.code);
    }, config.maxKeyGapMs + 1);
  };

  return {
    subscribe(handler) {
      handlers.push(handler);
      return () => {
        const at = handlers.lastIndexOf(handler);
        if (at >= 0) handlers.splice(at, 1);
      };
    },

    configure(settings) {
      config = { prefix: settings.prefix, endKey: settings.endKey, maxKeyGapMs: settings.maxKeyGapMs };
      wedge = idleWedge;
    },

    onKey(event) {
      if (handlers.length === 0 || event.altKey || event.ctrlKey || event.metaKey) {
        wedge = idleWedge;
        return;
      }
      const starting = wedge.typed === '' || event.timeStamp - wedge.lastAt > config.maxKeyGapMs;
      if (starting) field = { target: event.target, before: deps.fieldValue(event.target) };
      const step = feedWedge(wedge, event.key, event.timeStamp, config);
      wedge = step.state;
      if (step.swallow) {
        // The scanner's end key must not also press a button or send a form.
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      if (step.code) wedgeCode(step.code);
      else if (wedge.typed !== '') settleLater();
    },

    listen() {
      return deps.onEvent((m) => {
        if (m.event === 'badge.scanned') deliver({ kind: 'badge', code: m.payload.code });
        else if (m.event === 'barcode.scanned') deliver({ kind: 'barcode', code: m.payload.code });
      });
    },
  };
}
