import { afterEach, describe, expect, it } from 'vitest';
import { encodeDrawerPulse } from '../escpos/encode.ts';
import { createFakePrinter } from './fakePrinter.ts';
import { startCapturePrinter, type CapturePrinter } from './capturePrinter.ts';
import { openPrinter } from './open.ts';
import { PrinterError } from './port.ts';

let capture: CapturePrinter | null = null;
afterEach(async () => {
  await capture?.close();
  capture = null;
});

describe('opening a printer by how it is connected', () => {
  it('reaches a network printer over TCP', async () => {
    capture = await startCapturePrinter();
    const port = openPrinter({ kind: 'network', host: '127.0.0.1', port: capture.port }, { connectMs: 300, writeMs: 300 });
    await port.send(encodeDrawerPulse(2));
    expect((await capture.waitForJobs(1))[0]?.decode().drawerPulses).toEqual([{ pin: 2 }]);
    await port.close();
  });

  it('uses the device file for USB and serialport for serial', async () => {
    const usb = openPrinter({ kind: 'usb', device: '/dev/usb/lp-apron-missing' }, { connectMs: 200, writeMs: 200 });
    await expect(usb.send(encodeDrawerPulse(2))).rejects.toMatchObject({ message: expect.stringContaining('There is no printer at /dev/usb/lp-apron-missing') });
    const serial = openPrinter({ kind: 'serial', device: '/dev/ttyApronMissing', baudRate: 9600 }, { connectMs: 200, writeMs: 200 });
    await expect(serial.send(encodeDrawerPulse(2))).rejects.toMatchObject({ message: expect.stringContaining('There is no serial port /dev/ttyApronMissing') });
  });
});

describe('fake printer', () => {
  it('keeps what it is sent and reads it back', async () => {
    const printer = createFakePrinter();
    await printer.send(encodeDrawerPulse(5));
    expect(printer.printed()[0]?.drawerPulses).toEqual([{ pin: 5 }]);
    expect(await printer.status()).toEqual({ state: 'ready', message: 'The printer is ready.' });
  });

  it('is out of paper until the roll is changed, refusing jobs with that state', async () => {
    const printer = createFakePrinter();
    printer.fail('paper_out');
    await expect(printer.send(encodeDrawerPulse(2))).rejects.toMatchObject({ state: 'paper_out' });
    expect((await printer.status()).state).toBe('paper_out');
    printer.recover();
    await printer.send(encodeDrawerPulse(2));
    expect(printer.sent).toHaveLength(1);
    expect(printer.attempts).toBe(2);
  });

  it('is offline for the next two calls only when told so', async () => {
    const printer = createFakePrinter();
    printer.fail('offline', { times: 2 });
    await expect(printer.send(encodeDrawerPulse(2))).rejects.toBeInstanceOf(PrinterError);
    await expect(printer.send(encodeDrawerPulse(2))).rejects.toMatchObject({ state: 'offline' });
    await printer.send(encodeDrawerPulse(2));
    expect(printer.sent).toHaveLength(1);
  });

  it('hangs until the write timeout, then fails', async () => {
    const printer = createFakePrinter({ connectMs: 50, writeMs: 80 });
    printer.fail('hang');
    const started = performance.now();
    await expect(printer.send(encodeDrawerPulse(2))).rejects.toMatchObject({ state: 'offline', message: expect.stringContaining('80 ms') });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect((await printer.status()).state).toBe('unknown');
  });
});
