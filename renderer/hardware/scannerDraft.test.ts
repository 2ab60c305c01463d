import { describe, expect, it } from 'vitest';
import type { ScannerSettings } from '../../shared/contract/index.ts';
import { pickDevice, scannerDraftFrom, scannerSettingsFromDraft } from './scannerDraft.ts';

const usual: ScannerSettings = { prefix: '', endKey: 'Enter', maxKeyGapMs: 40, hid: { enabled: false, vendorId: null, productId: null, reads: 'both' } };

describe('scanner settings as typed', () => {
  it('go back to the core as they came', () => {
    expect(scannerSettingsFromDraft(scannerDraftFrom(usual))).toEqual({ ok: true, value: usual });
  });

  it('a reader picked from the list fills both ids in hex, sent as numbers', () => {
    const d = pickDevice({ ...scannerDraftFrom(usual), hidEnabled: true }, { vendorId: 0x0c2e, productId: 0x0b61 });
    expect(d).toMatchObject({ vendorId: '0c2e', productId: '0b61' });
    expect(scannerSettingsFromDraft(d)).toMatchObject({ ok: true, value: { hid: { enabled: true, vendorId: 3118, productId: 2913 } } });
  });

  it('a gap that is not a number, or an id that is not hex, is said beside its box', () => {
    expect(scannerSettingsFromDraft({ ...scannerDraftFrom(usual), maxKeyGapMs: 'fast' })).toMatchObject({ ok: false, error: { field: 'maxKeyGapMs' } });
    expect(scannerSettingsFromDraft({ ...scannerDraftFrom(usual), productId: 'zz' })).toMatchObject({ ok: false, error: { field: 'hid.productId' } });
  });
});
