import { constants } from 'node:fs';
import { access, open, type FileHandle } from 'node:fs/promises';
import { DEFAULT_TIMEOUTS, PrinterError, type PrinterPort, type PrinterTimeouts } from './port.ts';

// A USB receipt printer through its device file (Linux: /dev/usb/lp0, made by the usblp
// driver). The file is opened for each job without O_CREAT, so a printer that is unplugged
// is an error rather than a new ordinary file that "prints" into nowhere. A device file
// says nothing of paper or lid, so status is only whether the printer is there.
//
// Windows printers by queue name would need the spooler's raw API, which this build does
// not have: that is said plainly rather than attempted.

interface DeviceConnection {
  device: string;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} seconds` : `${ms} ms`;
}

/** A file-system error on the printer's device, in words for the settings screen. */
export function deviceError(device: string, error: NodeJS.ErrnoException): PrinterError {
  switch (error.code) {
    case 'ENOENT':
      return new PrinterError(`There is no printer at ${device}. Check the USB cable and that the printer is switched on.`, 'offline');
    case 'ENODEV':
    case 'ENXIO':
      return new PrinterError(`The printer at ${device} was unplugged or switched off.`, 'offline');
    case 'EACCES':
    case 'EPERM':
      return new PrinterError(`Apron is not allowed to use ${device}. Add the till's user to the "lp" group (sudo usermod -aG lp <user>), then log out and in again.`, 'offline');
    case 'EBUSY':
      return new PrinterError(`The printer at ${device} is in use by another program.`, 'offline');
    case 'EISDIR':
      return new PrinterError(`${device} is a folder, not a printer.`, 'not_set_up');
    default:
      return new PrinterError(`The printer at ${device} could not be used (${error.code ?? error.message}).`, 'offline');
  }
}

/** Why this device cannot be printed to on this computer at all, or null when it can be tried. */
function unsupported(device: string, platform: NodeJS.Platform): PrinterError | null {
  if (platform === 'win32' && !device.startsWith('\\\\.\\')) {
    return new PrinterError(
      `Printing to a Windows printer queue by name ("${device}") is not supported in this version of Apron. Connect the printer by network, or, if it has a COM port, choose Serial.`,
      'not_set_up',
    );
  }
  if (platform !== 'win32' && !device.startsWith('/')) {
    return new PrinterError(`On this computer a USB printer is a device like /dev/usb/lp0, not a printer name ("${device}").`, 'not_set_up');
  }
  return null;
}

function withTimeout<T>(work: Promise<T>, ms: number, timeout: () => PrinterError): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeout()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export function openDevicePrinter(connection: DeviceConnection, timeouts: PrinterTimeouts = DEFAULT_TIMEOUTS, platform: NodeJS.Platform = process.platform): PrinterPort {
  const { device } = connection;
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = turn.then(work, work);
    turn = next.catch(() => undefined);
    return next;
  };

  return {
    send(bytes) {
      return inTurn(async () => {
        const refused = unsupported(device, platform);
        if (refused) throw refused;
        const opening = open(device, constants.O_WRONLY | constants.O_APPEND);
        let file: FileHandle;
        try {
          file = await withTimeout(opening, timeouts.connectMs, () => new PrinterError(`The printer at ${device} did not open within ${seconds(timeouts.connectMs)}.`, 'offline'));
        } catch (error) {
          // A late open still gets closed.
          opening.then((f) => f.close()).catch(() => undefined);
          throw error instanceof PrinterError ? error : deviceError(device, error as NodeJS.ErrnoException);
        }
        // A write blocked on a stuck printer cannot be cancelled; the file is closed when it returns.
        const writing = file.write(bytes).finally(() => file.close().catch(() => undefined));
        try {
          await withTimeout(writing, timeouts.writeMs, () => new PrinterError(`The printer at ${device} did not take the whole job within ${seconds(timeouts.writeMs)}. Check it has paper and its lid is shut.`, 'offline'));
        } catch (error) {
          writing.catch(() => undefined);
          throw error instanceof PrinterError ? error : deviceError(device, error as NodeJS.ErrnoException);
        }
      });
    },
    status() {
      return inTurn(async () => {
        const refused = unsupported(device, platform);
        if (refused) return { state: refused.state, message: refused.message };
        try {
          await access(device, constants.W_OK);
          return { state: 'ready' as const, message: 'The printer is connected. (Over USB Apron cannot tell whether it has paper.)' };
        } catch (error) {
          const why = deviceError(device, error as NodeJS.ErrnoException);
          return { state: why.state, message: why.message };
        }
      });
    },
    async close() {
      // Nothing stays open between jobs.
    },
  };
}
