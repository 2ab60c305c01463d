import type { Handlers } from '../context.ts';
import type { DeviceBoard } from '../devices.ts';
import { fail } from '../errors.ts';

type PrintingHandlers = Pick<
  Handlers,
  'printing.settings' | 'printing.saveSettings' | 'printing.testPage' | 'printing.status' | 'printing.receipt' | 'printing.preview' | 'printing.report' | 'printing.jobs' | 'printing.cancelJob'
>;

const notYet = (): never => fail('unavailable', 'Printing is not ready yet.');

export function printingHandlers(_devices: DeviceBoard): PrintingHandlers {
  return {
    'printing.settings': notYet,
    'printing.saveSettings': notYet,
    'printing.testPage': notYet,
    'printing.status': notYet,
    'printing.receipt': notYet,
    'printing.preview': notYet,
    'printing.report': notYet,
    'printing.jobs': notYet,
    'printing.cancelJob': notYet,
  };
}
