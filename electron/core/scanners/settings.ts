import type { ScannerEndKey, ScannerSettings } from '../../../shared/contract/index.ts';
import type { ReadDb, WriteDb } from '../db/handles.ts';
import { TILL_ID } from '../sales/till.ts';

// The till's scanner settings: one row of scanner_settings (its CHECKs keep every column in
// range, so a row read back is always usable).

interface ScannerSettingsRow {
  prefix: string;
  end_key: ScannerEndKey;
  max_key_gap_ms: number;
  hid_enabled: number;
  hid_vendor_id: number | null;
  hid_product_id: number | null;
  hid_reads: ScannerSettings['hid']['reads'];
}

export function readScannerSettings(db: ReadDb): ScannerSettings {
  const row = db.prepare<[string], ScannerSettingsRow>('SELECT * FROM scanner_settings WHERE till_id = ?').get(TILL_ID);
  if (!row) throw new Error(`scanner settings for ${TILL_ID} are missing: the hardware migration did not run`);
  return {
    prefix: row.prefix,
    endKey: row.end_key,
    maxKeyGapMs: row.max_key_gap_ms,
    hid: { enabled: row.hid_enabled === 1, vendorId: row.hid_vendor_id, productId: row.hid_product_id, reads: row.hid_reads },
  };
}

export function writeScannerSettings(db: WriteDb, s: ScannerSettings): void {
  db.prepare(
    'UPDATE scanner_settings SET prefix = ?, end_key = ?, max_key_gap_ms = ?, hid_enabled = ?, hid_vendor_id = ?, hid_product_id = ?, hid_reads = ? WHERE till_id = ?',
  ).run(s.prefix, s.endKey, s.maxKeyGapMs, s.hid.enabled ? 1 : 0, s.hid.vendorId, s.hid.productId, s.hid.reads, TILL_ID);
}

export const usbIdWords = (id: number | null): string => (id === null ? 'none' : id.toString(16).padStart(4, '0'));

/** What a manager changed, in words for the audit log. */
export function scannerChangeWords(before: ScannerSettings, after: ScannerSettings): string {
  const changes = [
    before.prefix === after.prefix ? null : after.prefix ? `prefix "${after.prefix}"` : 'no prefix',
    before.endKey === after.endKey ? null : `end key ${after.endKey}`,
    before.maxKeyGapMs === after.maxKeyGapMs ? null : `keys at most ${after.maxKeyGapMs} ms apart`,
    before.hid.enabled === after.hid.enabled ? null : after.hid.enabled ? 'HID reader on' : 'HID reader off',
    before.hid.vendorId === after.hid.vendorId && before.hid.productId === after.hid.productId
      ? null
      : `HID reader ${usbIdWords(after.hid.vendorId)}:${usbIdWords(after.hid.productId)}`,
    before.hid.reads === after.hid.reads ? null : `HID reader reads ${after.hid.reads}`,
  ].filter((c): c is string => c !== null);
  return `Scanner settings: ${changes.length > 0 ? changes.join('; ') : 'nothing changed'}`;
}
