import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../shared/contract/index.ts';
import type { Scan } from '../../shared/scanning/classify.ts';
import { createScannerHub, type KeyLike, type ScannerHubDeps } from './scannerHub.ts';

/** A text field as the hub sees it: a plain object standing for the focused input. */
interface Field {
  value: string;
}

function setUp() {
  let now = 0;
  let emit: (m: EventMessage) => void = () => {};
  const timers: { at: number; run: () => void }[] = [];
  const deps: ScannerHubDeps = {
    onEvent: (listener) => {
      emit = listener;
      return () => {};
    },
    now: () => now,
    fieldValue: (f) => (f && 'value' in f ? (f as unknown as Field).value : null),
    restoreField: (f, value) => {
      if (f && value !== null) (f as unknown as Field).value = value;
    },
    setTimer: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  const hub = createScannerHub(deps);
  hub.listen();
  const stopped: string[] = [];
  /** Presses keys `gap` ms apart; a printable key lands in `field` as a browser would. */
  const type = (keys: string[], gap: number, field: Field | null = null) => {
    for (const key of keys) {
      now += gap;
      let prevented = false;
      const event: KeyLike = {
        key,
        timeStamp: now,
        altKey: false,
        ctrlKey: false,
        metaKey: false,
        target: field as unknown as EventTarget,
        preventDefault: () => {
          prevented = true;
        },
        stopImmediatePropagation: () => stopped.push(key),
      };
      hub.onKey(event);
      if (!prevented && field && key.length === 1) field.value += key;
    }
  };
  const wait = (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.run();
    }
  };
  return { hub, type, wait, stopped, emit: (m: EventMessage) => emit(m), at: (ms: number) => (now = ms) };
}

const heard = () => {
  const scans: Scan[] = [];
  return { scans, handler: (s: Scan) => scans.push(s) };
};

describe('scanner hub', () => {
  it('gives a keyboard scan to the screen on top, classified, and stops its Enter', () => {
    const { hub, type, stopped } = setUp();
    const under = heard();
    const top = heard();
    hub.subscribe(under.handler);
    const stopTop = hub.subscribe(top.handler);
    type([...'5012345678900', 'Enter'], 5);
    expect(top.scans).toEqual([{ kind: 'barcode', code: '5012345678900' }]);
    expect(under.scans).toEqual([]);
    expect(stopped).toEqual(['Enter']);
    stopTop();
    type([...'APRON-TOM-0003', 'Enter'], 5);
    expect(under.scans).toEqual([{ kind: 'badge', code: 'APRON-TOM-0003' }]);
  });

  it('puts a field back as it was when a scanner typed into it', () => {
    const { hub, type } = setUp();
    const { scans, handler } = heard();
    hub.subscribe(handler);
    const box: Field = { value: 'ab' };
    type([...'APRON-TOM-0003', 'Enter'], 5, box);
    expect(box.value).toBe('ab');
    expect(scans).toHaveLength(1);
  });

  it('leaves a person’s typing alone, Enter and all', () => {
    const { hub, type, stopped } = setUp();
    const { scans, handler } = heard();
    hub.subscribe(handler);
    const box: Field = { value: '' };
    type([...'1234', 'Enter'], 150, box);
    expect(scans).toEqual([]);
    expect(box.value).toBe('1234');
    expect(stopped).toEqual([]);
  });

  it('leaves keys alone with no screen listening, so a badge box on the staff screen fills by scanning', () => {
    const { type, stopped } = setUp();
    const badgeField: Field = { value: '' };
    type([...'APRON-TOM-0003', 'Enter'], 5, badgeField);
    expect(badgeField.value).toBe('APRON-TOM-0003');
    expect(stopped).toEqual([]);
  });

  it('drops a double read from either kind of scanner', () => {
    const { hub, type, emit, wait } = setUp();
    const { scans, handler } = heard();
    hub.subscribe(handler);
    emit({ event: 'barcode.scanned', payload: { code: '5012345678900' } });
    type([...'5012345678900', 'Enter'], 5);
    wait(1000);
    emit({ event: 'barcode.scanned', payload: { code: '5012345678900' } });
    emit({ event: 'badge.scanned', payload: { code: 'APRON-TOM-0003' } });
    expect(scans).toEqual([
      { kind: 'barcode', code: '5012345678900' },
      { kind: 'barcode', code: '5012345678900' },
      { kind: 'badge', code: 'APRON-TOM-0003' },
    ]);
  });

  it('follows the manager’s settings: a prefix, and no end key', () => {
    const { hub, type, wait } = setUp();
    const { scans, handler } = heard();
    hub.subscribe(handler);
    hub.configure({ prefix: '%', endKey: 'none', maxKeyGapMs: 30 });
    type([...'APRON-TOM-0003'], 5);
    wait(100);
    type([...'%APRON-TOM-0003'], 5);
    expect(scans).toEqual([]);
    wait(31);
    expect(scans).toEqual([{ kind: 'badge', code: 'APRON-TOM-0003' }]);
  });

  it('drops garbage a scanner typed', () => {
    const { hub, type } = setUp();
    const { scans, handler } = heard();
    hub.subscribe(handler);
    type([...'AB', 'Enter'], 5);
    type(['A', 'B', 'C', '\u0007', 'D', 'Enter'], 5);
    expect(scans).toEqual([]);
  });
});
