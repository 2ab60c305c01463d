import type { ApiError, ScannerEndKey, ScannerSettings } from '../../shared/contract/index.ts';
import { formatUsbId, parseUsbId } from './usbId.ts';

// The scanner settings as typed: the gap and the USB ids are text until Save.

export interface ScannerDraft {
  prefix: string;
  endKey: ScannerEndKey;
  maxKeyGapMs: string;
  hidEnabled: boolean;
  vendorId: string;
  productId: string;
  reads: ScannerSettings['hid']['reads'];
}

export const endKeyChoices: readonly { value: ScannerEndKey; label: string }[] = [
  { value: 'Enter', label: 'Enter' },
  { value: 'Tab', label: 'Tab' },
  { value: 'none', label: 'None (the prefix marks a code)' },
];

export const readsChoices: readonly { value: ScannerSettings['hid']['reads']; label: string }[] = [
  { value: 'badges', label: 'Staff badges' },
  { value: 'barcodes', label: 'Product barcodes' },
  { value: 'both', label: 'Both' },
];

export function scannerDraftFrom(s: ScannerSettings): ScannerDraft {
  return {
    prefix: s.prefix,
    endKey: s.endKey,
    maxKeyGapMs: String(s.maxKeyGapMs),
    hidEnabled: s.hid.enabled,
    vendorId: formatUsbId(s.hid.vendorId),
    productId: formatUsbId(s.hid.productId),
    reads: s.hid.reads,
  };
}

type Read<T> = { ok: true; value: T } | { ok: false; error: ApiError };

const problem = (field: string, message: string): Read<never> => ({ ok: false, error: { code: 'invalid_input', message, field } });

export function scannerSettingsFromDraft(d: ScannerDraft): Read<ScannerSettings> {
  const gap = d.maxKeyGapMs.trim();
  if (!/^\d+$/.test(gap)) return problem('maxKeyGapMs', 'The gap between keys must be a whole number of milliseconds, like 40.');
  const vendor = parseUsbId(d.vendorId);
  if (!vendor.ok) return problem('hid.vendorId', vendor.message);
  const product = parseUsbId(d.productId);
  if (!product.ok) return problem('hid.productId', product.message);
  return {
    ok: true,
    value: {
      prefix: d.prefix,
      endKey: d.endKey,
      maxKeyGapMs: Number(gap),
      hid: { enabled: d.hidEnabled, vendorId: vendor.value, productId: product.value, reads: d.reads },
    },
  };
}

/** Picking a device from the list the host sees fills both ids. */
export function pickDevice(d: ScannerDraft, device: { vendorId: number; productId: number }): ScannerDraft {
  return { ...d, vendorId: formatUsbId(device.vendorId), productId: formatUsbId(device.productId) };
}
