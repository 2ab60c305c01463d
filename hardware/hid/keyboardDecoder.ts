import { keyMeaning, MODIFIER } from './usages.ts';

// Turns a reader's HID boot-keyboard reports back into the codes it read. A report is 8 bytes:
// the modifier keys (shift is 0x02 or 0x20), a reserved byte, then up to six keys held down
// (a 9th byte in front is a report id). A report says which keys are down *now*, so a key
// counts when it first appears: held across reports it counts once, let go and pressed again
// it counts twice. Enter or Tab ends a code.
//
// A misread must never become a different code: a key Apron does not know, a rollover error,
// a report of the wrong size, or a command key (Ctrl, Alt) spoils the code being read, and
// the whole code is dropped at its end key. A code whose end key never comes (the badge
// pulled away mid-read) is dropped once the reader has been quiet for `partialGapMs`.

export type DropReason = 'garbled' | 'unfinished' | 'too long';

/** `length`: the characters read before the code went wrong (for the log; the characters themselves are never kept). */
export type DecoderResult = { kind: 'code'; code: string } | { kind: 'dropped'; reason: DropReason; length: number };

export interface KeyboardDecoderOptions {
  /** Quiet time after which a code without its end key is dropped. */
  partialGapMs?: number;
  /** Longer than this is not a badge or a barcode. */
  maxLength?: number;
}

export const DEFAULT_PARTIAL_GAP_MS = 500;
const DEFAULT_MAX_LENGTH = 128;

export class KeyboardDecoder {
  private held = new Set<number>();
  private text = '';
  private spoilt: DropReason | null = null;
  private lastAt: number | null = null;
  private readonly partialGapMs: number;
  private readonly maxLength: number;

  constructor(options: KeyboardDecoderOptions = {}) {
    this.partialGapMs = options.partialGapMs ?? DEFAULT_PARTIAL_GAP_MS;
    this.maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  }

  /** One report from the reader, received at `at` (monotonic milliseconds). */
  feed(report: Uint8Array, at: number): DecoderResult[] {
    const out = this.expire(at);
    this.lastAt = at;

    const body = report.length === 9 ? report.subarray(1) : report;
    if (body.length !== 8) {
      this.spoil('garbled');
      return out;
    }
    const modifiers = body[0]!;
    const slots = Array.from(body.subarray(2)).filter((usage) => usage !== 0);
    // ErrorRollOver (and POSTFail, ErrorUndefined) fill the slots: which keys are down is unknown.
    if (slots.some((usage) => usage <= 0x03)) {
      this.spoil('garbled');
      return out;
    }
    const pressed = slots.filter((usage) => !this.held.has(usage));
    this.held = new Set(slots);
    const shift = (modifiers & (MODIFIER.leftShift | MODIFIER.rightShift)) !== 0;
    const command = (modifiers & MODIFIER.notShift) !== 0;

    for (const usage of pressed) {
      const meaning = keyMeaning(usage, shift);
      if (meaning.kind === 'end') {
        const finished = this.finish();
        if (finished) out.push(finished);
      } else if (meaning.kind === 'character' && !command) {
        this.add(meaning.text);
      } else {
        this.spoil('garbled');
      }
    }
    return out;
  }

  /** Drops a code left without its end key once the reader has been quiet long enough. */
  expire(at: number): DecoderResult[] {
    if (this.lastAt === null || at - this.lastAt <= this.partialGapMs) return [];
    if (this.text === '' && this.spoilt === null) return [];
    const dropped: DecoderResult = { kind: 'dropped', reason: this.spoilt ?? 'unfinished', length: this.text.length };
    this.clear();
    return [dropped];
  }

  /** Forgets everything: a new connection to the reader starts clean. */
  reset(): void {
    this.clear();
    this.held = new Set();
    this.lastAt = null;
  }

  private add(character: string): void {
    if (this.spoilt) return;
    if (this.text.length >= this.maxLength) this.spoil('too long');
    else this.text += character;
  }

  private spoil(reason: DropReason): void {
    this.spoilt ??= reason;
  }

  private finish(): DecoderResult | null {
    const result: DecoderResult | null = this.spoilt
      ? { kind: 'dropped', reason: this.spoilt, length: this.text.length }
      : this.text === ''
        ? null
        : { kind: 'code', code: this.text };
    this.clear();
    return result;
  }

  private clear(): void {
    this.text = '';
    this.spoilt = null;
  }
}
