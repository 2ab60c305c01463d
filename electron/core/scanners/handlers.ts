import type { Handlers } from '../context.ts';
import { SCANNER_OFF, type DeviceBoard } from '../devices.ts';
import { readScannerSettings, scannerChangeWords, writeScannerSettings } from './settings.ts';

type ScannerHandlers = Pick<Handlers, 'scanners.settings' | 'scanners.saveSettings' | 'scanners.status'>;

export function scannerHandlers(devices: DeviceBoard): ScannerHandlers {
  return {
    'scanners.settings': (ctx) => readScannerSettings(ctx.db),

    'scanners.saveSettings': (ctx, input) => {
      const before = readScannerSettings(ctx.db);
      writeScannerSettings(ctx.db, input);
      const after = readScannerSettings(ctx.db);
      ctx.note({ subjectType: 'scanner_settings', subjectId: 'till-1', summary: scannerChangeWords(before, after) });
      ctx.emit({ event: 'hardware.changed', payload: { what: 'scanners' } });
      return after;
    },

    'scanners.status': (ctx) => {
      const hid = readScannerSettings(ctx.db).hid;
      const status = hid.enabled ? devices.scannerStatus() : SCANNER_OFF;
      return { ...status, devices: devices.hidDevices() };
    },
  };
}
