import { SerialPortMock } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../escpos/decode.ts';
import { encodeLines } from '../escpos/encode.ts';
import { layoutDocument } from '../../shared/receipt/layout.ts';
import { sampleReceipt } from '../../shared/receipt/sampleDocuments.ts';
import { statusReplyFor, type CaptureState } from './capturePrinter.ts';
import { openSerialPrinter, serialError, type CreateSerialPort, type SerialLike } from './serial.ts';

// The serial driver through serialport's own mock binding (a printer on a pretend port that
// records what it is sent and can answer status requests), serialport's real binding for a
// port that does not exist, and a port that never drains for the write timeout.

const quick = { connectMs: 200, writeMs: 200 };
const receipt = () => encodeLines(layoutDocument(sampleReceipt(), 32), { columns: 32, cut: true, drawer: { pin: 5 } });

type MockPortBinding = NonNullable<SerialPortMock['port']>;

// serialport's own copy of the mock binding: the one its SerialPortMock opens ports with.
const MockBinding = SerialPortMock.binding;
afterEach(() => MockBinding.reset());

/** A printer on the mock port `path` in `state`: keeps what it is sent and answers DLE EOT. */
function mockPrinter(path: string, state: CaptureState = 'ready', answers = true): { create: CreateSerialPort; sent(): Buffer; baudRates: number[] } {
  MockBinding.createPort(path, { record: true });
  const sent: Buffer[] = [];
  const baudRates: number[] = [];
  const create: CreateSerialPort = async ({ path: p, baudRate }) => {
    baudRates.push(baudRate);
    const port = new SerialPortMock({ path: p, baudRate, autoOpen: false });
    port.on('open', () => {
      const binding = port.port as MockPortBinding;
      const write = binding.write.bind(binding);
      binding.write = async (buffer: Buffer) => {
        await write(buffer);
        sent.push(Buffer.from(buffer));
        const asks = [...buffer.keys()].filter((k) => buffer[k] === 0x10 && buffer[k + 1] === 0x04).map((k) => buffer[k + 2] ?? 0);
        if (answers && asks.length > 0) binding.emitData(Buffer.from(asks.map((n) => statusReplyFor(state, n))));
      };
    });
    return port;
  };
  return { create, sent: () => Buffer.concat(sent), baudRates };
}

describe('serial printer', () => {
  it('sends a receipt at the chosen speed, drawer pulse and cut included', async () => {
    const printer = mockPrinter('/dev/ttyUSB0');
    const port = openSerialPrinter({ device: '/dev/ttyUSB0', baudRate: 19200 }, quick, printer.create);
    await port.send(receipt());
    expect(printer.sent()).toEqual(Buffer.from(receipt()));
    const printed = decodeEscPos(printer.sent());
    expect(printed.drawerPulses).toEqual([{ pin: 5 }]);
    expect(printed.cut).toBe(true);
    expect(printer.baudRates).toEqual([19200]);
  });

  it('reads the printer’s state over the wire', async () => {
    expect(await openSerialPrinter({ device: '/dev/ttyS0', baudRate: 9600 }, quick, mockPrinter('/dev/ttyS0').create).status()).toEqual({ state: 'ready', message: 'The printer is ready.' });
    MockBinding.reset();
    expect((await openSerialPrinter({ device: '/dev/ttyS0', baudRate: 9600 }, quick, mockPrinter('/dev/ttyS0', 'paper_out').create).status()).state).toBe('paper_out');
  });

  it('calls a printer that never answers unknown after the reply timeout', async () => {
    const port = openSerialPrinter({ device: '/dev/ttyS1', baudRate: 9600 }, quick, mockPrinter('/dev/ttyS1', 'ready', false).create);
    expect((await port.status()).state).toBe('unknown');
  });

  it('says there is no such port, through serialport’s real binding', async () => {
    const port = openSerialPrinter({ device: '/dev/ttyApronMissing', baudRate: 9600 }, quick);
    await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: 'There is no serial port /dev/ttyApronMissing. Check the cable (or USB adapter) and the port\'s name.' });
    expect(await port.status()).toMatchObject({ state: 'offline', message: expect.stringContaining('There is no serial port') });
  });

  it('gives up on a port that never finishes writing, and closes it', async () => {
    let closed = false;
    const stuck: SerialLike = {
      isOpen: true,
      open: (cb) => cb(null),
      write: () => true,
      drain: () => undefined,
      close: (cb) => {
        closed = true;
        cb?.(null);
      },
      on: () => undefined,
    };
    const port = openSerialPrinter({ device: 'COM3', baudRate: 9600 }, quick, async () => stuck);
    await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: expect.stringContaining('did not take the whole job within 200 ms') });
    expect(closed).toBe(true);
  });

  it('gives up on a port that never opens', async () => {
    const never: SerialLike = { isOpen: false, open: () => undefined, write: () => true, drain: () => undefined, close: () => undefined, on: () => undefined };
    await expect(openSerialPrinter({ device: 'COM4', baudRate: 9600 }, quick, async () => never).send(receipt())).rejects.toMatchObject({ message: 'The serial port COM4 did not open within 200 ms.' });
  });

  it('explains a refused or busy port', () => {
    expect(serialError('/dev/ttyUSB0', new Error('Permission denied, cannot open /dev/ttyUSB0')).message).toContain('"dialout" group');
    expect(serialError('COM3', new Error('Resource busy, cannot open COM3')).message).toBe('The serial port COM3 is in use by another program.');
  });
});
