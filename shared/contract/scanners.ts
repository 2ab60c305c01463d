import { z } from 'zod';
import { method } from './define.ts';

// Badge and barcode scanners. Most type like a keyboard (the screen tells a scan from a person
// by speed and its end key); readers in HID mode are read by the host with node-hid and arrive
// as `badge.scanned` / `barcode.scanned` events.

export type ScannerEndKey = 'Enter' | 'Tab' | 'none';

export interface ScannerSettings {
  /** Characters the scanner sends before a code (often none). */
  prefix: string;
  /** The key it presses after a code. */
  endKey: ScannerEndKey;
  /** Keys further apart than this are a person typing. */
  maxKeyGapMs: number;
  hid: { enabled: boolean; vendorId: number | null; productId: number | null; reads: 'badges' | 'barcodes' | 'both' };
}

export type ScannerState = 'off' | 'connected' | 'missing' | 'unplugged' | 'unavailable';

export interface ScannerStatus {
  state: ScannerState;
  message: string;
}

const usbId = z.number({ error: 'A USB id is a number like 0x0c2e.' }).int().min(0, 'A USB id is between 0000 and ffff.').max(0xffff, 'A USB id is between 0000 and ffff.').nullable();

export const scannerSettingsSchema = z
  .strictObject({
    prefix: z.string().max(8, 'The prefix can be at most 8 characters.').regex(/^[\x21-\x7e]*$/, 'The prefix can only be characters a scanner types, without spaces.'),
    endKey: z.enum(['Enter', 'Tab', 'none'], { error: 'Choose the key the scanner presses after a code: Enter, Tab or none.' }),
    maxKeyGapMs: z.number({ error: 'The gap between keys must be a number of milliseconds.' }).int().min(10, 'Allow at least 10 ms between a scanner’s keys.').max(200, 'More than 200 ms between keys would mistake typing for a scan.'),
    hid: z.strictObject({
      enabled: z.boolean(),
      vendorId: usbId,
      productId: usbId,
      reads: z.enum(['badges', 'barcodes', 'both'], { error: 'Choose what the reader reads: badges, barcodes or both.' }),
    }),
  })
  .refine((s) => !(s.endKey === 'none' && s.prefix === ''), { path: ['endKey'], message: 'A scanner with no end key needs a prefix, so Apron can tell where a code starts.' })
  .refine((s) => !s.hid.enabled || s.hid.vendorId !== null, { path: ['hid', 'vendorId'], message: 'Enter the reader’s vendor id (shown in the list of devices).' })
  .refine((s) => !s.hid.enabled || s.hid.productId !== null, { path: ['hid', 'productId'], message: 'Enter the reader’s product id (shown in the list of devices).' });

export const scannerMethods = {
  /** Public: the login screen listens for badge scans before anyone is signed in. */
  'scanners.settings': method<ScannerSettings>()({
    input: z.strictObject({}),
    access: 'public',
    kind: 'read',
    passive: true,
  }),
  'scanners.saveSettings': method<ScannerSettings>()({
    input: scannerSettingsSchema,
    access: ['manager'],
    kind: 'write',
  }),
  /** The HID reader's state, and the HID devices the host can see (for choosing one). */
  'scanners.status': method<ScannerStatus & { devices: { vendorId: number; productId: number; name: string }[] }>()({
    input: z.strictObject({}),
    access: ['manager'],
    kind: 'read',
    passive: true,
  }),
};
