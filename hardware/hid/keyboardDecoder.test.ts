import { describe, expect, it } from 'vitest';
import { garbageReports, type GarbageKind } from './fakeHid.ts';
import { KeyboardDecoder, type DecoderResult } from './keyboardDecoder.ts';
import { keyboardReports, keyReport, releaseReport } from './keyboardReports.ts';

// Reports arrive a few milliseconds apart, as from a real reader.
function feedAll(decoder: KeyboardDecoder, reports: (Uint8Array | number[])[], startAt = 0, stepMs = 4): DecoderResult[] {
  return reports.flatMap((r, i) => decoder.feed(Uint8Array.from(r), startAt + i * stepMs));
}

const codes = (results: DecoderResult[]): string[] => results.flatMap((r) => (r.kind === 'code' ? [r.code] : []));

const A = 0x04;
const B = 0x05;
const ENTER = 0x28;

describe('reading boot-keyboard reports', () => {
  it('a badge typed by the reader reads back exactly, ended by Enter or Tab', () => {
    const decoder = new KeyboardDecoder();
    expect(feedAll(decoder, keyboardReports('APRON-TOM-0003'))).toEqual([{ kind: 'code', code: 'APRON-TOM-0003' }]);
    expect(codes(feedAll(decoder, keyboardReports('5012345678900', { end: 'Tab' }), 1000))).toEqual(['5012345678900']);
  });

  it('reports with a report id in front (9 bytes) read the same', () => {
    const decoder = new KeyboardDecoder();
    expect(codes(feedAll(decoder, keyboardReports('Badge_42!', { reportId: 1 })))).toEqual(['Badge_42!']);
  });

  it('codes one after another come out one by one', () => {
    const decoder = new KeyboardDecoder();
    expect(codes(feedAll(decoder, [...keyboardReports('AB-1'), ...keyboardReports('AB-2')]))).toEqual(['AB-1', 'AB-2']);
  });

  it('a key held down across reports counts once', () => {
    const decoder = new KeyboardDecoder();
    expect(codes(feedAll(decoder, [keyReport(A), keyReport(A), keyReport(A), releaseReport(), keyReport(ENTER), releaseReport()]))).toEqual(['a']);
  });

  it('a key let go and pressed again counts twice', () => {
    const decoder = new KeyboardDecoder();
    expect(codes(feedAll(decoder, [keyReport(A), releaseReport(), keyReport(A), releaseReport(), keyReport(ENTER)]))).toEqual(['aa']);
  });

  it('keys newly down in one report count in slot order; one still held does not count again', () => {
    const decoder = new KeyboardDecoder();
    const reports = [
      [0, 0, A, B, 0, 0, 0, 0],
      [0, 0, B, 0, 0, 0, 0, 0],
      [0, 0, B, A, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, ENTER, 0, 0, 0, 0, 0],
    ];
    expect(codes(feedAll(decoder, reports))).toEqual(['aba']);
  });

  it('shift counts only for the keys pressed with it', () => {
    const decoder = new KeyboardDecoder();
    expect(codes(feedAll(decoder, [keyReport(A, true), releaseReport(), keyReport(B), releaseReport(), [0x20, 0, 0x1e, 0, 0, 0, 0, 0], keyReport(ENTER)]))).toEqual(['Ab!']);
  });

  it('Enter with nothing before it reads nothing, and a shift on its own changes nothing', () => {
    const decoder = new KeyboardDecoder();
    expect(feedAll(decoder, [[0x02, 0, 0, 0, 0, 0, 0, 0], releaseReport(), keyReport(ENTER), releaseReport()])).toEqual([]);
  });

  it.each<GarbageKind>(['rollover', 'unknown-key', 'wrong-size', 'command-key'])('a %s in the middle drops the whole code, and the next scan reads cleanly', (kind) => {
    const decoder = new KeyboardDecoder();
    const garbled = [...keyboardReports('APRON-', { end: 'none' }), ...garbageReports(kind), ...keyboardReports('TOM-0003')];
    expect(feedAll(decoder, garbled)).toEqual([{ kind: 'dropped', reason: 'garbled', length: 'APRON-'.length }]);
    expect(codes(feedAll(decoder, keyboardReports('APRON-TOM-0003'), 200))).toEqual(['APRON-TOM-0003']);
  });

  it('garbage at the very start spoils the code that follows it, not the one after', () => {
    const decoder = new KeyboardDecoder();
    const results = feedAll(decoder, [...garbageReports('rollover'), ...keyboardReports('AB-1'), ...keyboardReports('AB-2')]);
    expect(results).toEqual([
      { kind: 'dropped', reason: 'garbled', length: 0 },
      { kind: 'code', code: 'AB-2' },
    ]);
  });

  it('a code with no end key is dropped once the reader goes quiet, not glued to the next scan', () => {
    const decoder = new KeyboardDecoder({ partialGapMs: 300 });
    expect(feedAll(decoder, keyboardReports('APRON-T', { end: 'none' }), 0)).toEqual([]);
    const later = feedAll(decoder, keyboardReports('APRON-SAM-0002'), 1000);
    expect(later).toEqual([
      { kind: 'dropped', reason: 'unfinished', length: 7 },
      { kind: 'code', code: 'APRON-SAM-0002' },
    ]);
  });

  it('expire() drops an unfinished code after the gap, and not before', () => {
    const decoder = new KeyboardDecoder({ partialGapMs: 300 });
    feedAll(decoder, keyboardReports('12', { end: 'none' }), 0);
    expect(decoder.expire(200)).toEqual([]);
    expect(decoder.expire(400)).toEqual([{ kind: 'dropped', reason: 'unfinished', length: 2 }]);
    expect(decoder.expire(10_000)).toEqual([]);
  });

  it('a slow reader within the gap still reads one code', () => {
    const decoder = new KeyboardDecoder({ partialGapMs: 300 });
    expect(codes(feedAll(decoder, keyboardReports('ABC'), 0, 120))).toEqual(['ABC']);
  });

  it('a code longer than any badge or barcode is dropped', () => {
    const decoder = new KeyboardDecoder({ maxLength: 10 });
    expect(feedAll(decoder, keyboardReports('X'.repeat(11)), 0, 1)).toEqual([{ kind: 'dropped', reason: 'too long', length: 10 }]);
  });

  it('reset() forgets a half-read code and the keys held', () => {
    const decoder = new KeyboardDecoder();
    feedAll(decoder, [keyReport(A)]);
    decoder.reset();
    expect(codes(feedAll(decoder, [keyReport(A), keyReport(ENTER)], 10))).toEqual(['a']);
  });
});
