import { DEFAULT_TIMEOUTS, PrinterError, type PrinterPort, type PrinterTimeouts } from './port.ts';
import { parseStatusReplies, STATUS_REQUESTS } from './statusReply.ts';

// A receipt printer on a serial port (RS-232, or a USB adapter: /dev/ttyUSB0, COM3). The port
// is opened for each job and closed after it, so a printer unplugged between sales is found
// at the next job rather than holding a dead handle. serialport is loaded only when a serial
// printer is used (it is a native module).

interface SerialConnection {
  device: string;
  baudRate: number;
}

/** The part of serialport's SerialPort this driver uses, so tests can pass its mock binding. */
export interface SerialLike {
  open(callback: (error: Error | null) => void): void;
  write(data: Uint8Array, callback?: (error: Error | null | undefined) => void): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback?: (error: Error | null) => void): void;
  readonly isOpen: boolean;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type CreateSerialPort = (options: { path: string; baudRate: number }) => Promise<SerialLike>;

export const createRealSerialPort: CreateSerialPort = async ({ path, baudRate }) => {
  const { SerialPort } = await import('serialport');
  return new SerialPort({ path, baudRate, autoOpen: false });
};

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} seconds` : `${ms} ms`;
}

/** serialport's errors carry no code, only words ("No such file or directory, cannot open ..."). */
export function serialError(device: string, error: Error): PrinterError {
  const words = error.message;
  if (/no such file|not found|cannot find|ENOENT/i.test(words)) return new PrinterError(`There is no serial port ${device}. Check the cable (or USB adapter) and the port's name.`, 'offline');
  if (/permission|access denied|EACCES/i.test(words)) return new PrinterError(`Apron is not allowed to use ${device}. Add the till's user to the "dialout" group (sudo usermod -aG dialout <user>), then log out and in again.`, 'offline');
  if (/busy|in use|EBUSY/i.test(words)) return new PrinterError(`The serial port ${device} is in use by another program.`, 'offline');
  return new PrinterError(`The serial port ${device} could not be used (${words}).`, 'offline');
}

function within<T>(ms: number, timeout: () => PrinterError, work: (resolve: (value: T) => void, reject: (error: PrinterError) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(timeout());
    }, ms);
    work(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function openSerialPrinter(connection: SerialConnection, timeouts: PrinterTimeouts = DEFAULT_TIMEOUTS, createPort: CreateSerialPort = createRealSerialPort): PrinterPort {
  const { device, baudRate } = connection;
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = turn.then(work, work);
    turn = next.catch(() => undefined);
    return next;
  };

  const openPort = async (): Promise<SerialLike> => {
    let port: SerialLike;
    try {
      port = await createPort({ path: device, baudRate });
    } catch (error) {
      throw serialError(device, error as Error);
    }
    port.on('error', () => {
      // Reported through the open, write and drain callbacks.
    });
    try {
      await within<void>(
        timeouts.connectMs,
        () => new PrinterError(`The serial port ${device} did not open within ${seconds(timeouts.connectMs)}.`, 'offline'),
        (resolve, reject) => port.open((error) => (error ? reject(serialError(device, error)) : resolve())),
      );
    } catch (error) {
      shut(port);
      throw error;
    }
    return port;
  };

  const shut = (port: SerialLike): void => {
    if (port.isOpen) port.close(() => undefined);
  };

  return {
    send(bytes) {
      return inTurn(async () => {
        const port = await openPort();
        try {
          await within<void>(
            timeouts.writeMs,
            () => new PrinterError(`The printer on ${device} did not take the whole job within ${seconds(timeouts.writeMs)}. Check it is on, has paper, and that the speed (${baudRate}) matches its settings.`, 'offline'),
            (resolve, reject) => {
              port.write(bytes, (error) => {
                if (error) reject(serialError(device, error));
              });
              port.drain((error) => (error ? reject(serialError(device, error)) : resolve()));
            },
          );
        } finally {
          shut(port);
        }
      });
    },
    status() {
      return inTurn(async () => {
        let port: SerialLike;
        try {
          port = await openPort();
        } catch (error) {
          const why = error instanceof PrinterError ? error : serialError(device, error as Error);
          return { state: why.state, message: why.message };
        }
        const answers: number[] = [];
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timeouts.writeMs);
          port.on('data', (chunk) => {
            answers.push(...chunk);
            if (answers.length >= 3) {
              clearTimeout(timer);
              resolve();
            }
          });
          port.write(Uint8Array.of(0x10, 0x04, STATUS_REQUESTS.printer, 0x10, 0x04, STATUS_REQUESTS.offlineCause, 0x10, 0x04, STATUS_REQUESTS.paper));
        });
        shut(port);
        return parseStatusReplies({ printer: answers[0], offlineCause: answers[1], paper: answers[2] });
      });
    },
    async close() {
      // Nothing stays open between jobs.
    },
  };
}
