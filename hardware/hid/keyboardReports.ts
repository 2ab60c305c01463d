import { keyFor, MODIFIER, USAGE } from './usages.ts';

// The boot-keyboard reports a reader sends when it reads `code`: each character pressed (with
// shift when it needs it) and let go, then the end key. Used by the fake reader to type as a
// real one does; the decoder must read them back exactly.

export type EndKey = 'Enter' | 'Tab' | 'none';

export interface TypingOptions {
  end?: EndKey;
  /** Put a report id byte in front of every report (9 bytes), as readers with several reports do. */
  reportId?: number;
}

const RELEASED = [0, 0, 0, 0, 0, 0, 0, 0];

export function keyReport(usage: number, shift = false, reportId?: number): Uint8Array {
  const bytes = [shift ? MODIFIER.leftShift : 0, 0, usage, 0, 0, 0, 0, 0];
  return Uint8Array.from(reportId === undefined ? bytes : [reportId, ...bytes]);
}

export function releaseReport(reportId?: number): Uint8Array {
  return Uint8Array.from(reportId === undefined ? RELEASED : [reportId, ...RELEASED]);
}

/** Throws, naming the character, when `code` holds one no reader types. */
export function keyboardReports(code: string, options: TypingOptions = {}): Uint8Array[] {
  const { end = 'Enter', reportId } = options;
  const reports: Uint8Array[] = [];
  for (const character of code) {
    const key = keyFor(character);
    if (!key) throw new Error(`A reader cannot type "${character}": codes are letters, digits and the usual punctuation.`);
    reports.push(keyReport(key.usage, key.shift, reportId), releaseReport(reportId));
  }
  if (end !== 'none') reports.push(keyReport(end === 'Enter' ? USAGE.enter : USAGE.tab, false, reportId), releaseReport(reportId));
  return reports;
}
