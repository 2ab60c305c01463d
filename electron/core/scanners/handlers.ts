import type { Handlers } from '../context.ts';
import type { DeviceBoard } from '../devices.ts';
import { fail } from '../errors.ts';

type ScannerHandlers = Pick<Handlers, 'scanners.settings' | 'scanners.saveSettings' | 'scanners.status'>;

const notYet = (): never => fail('unavailable', 'Scanner settings are not ready yet.');

export function scannerHandlers(_devices: DeviceBoard): ScannerHandlers {
  return {
    'scanners.settings': notYet,
    'scanners.saveSettings': notYet,
    'scanners.status': notYet,
  };
}
