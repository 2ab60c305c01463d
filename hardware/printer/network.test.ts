import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../escpos/decode.ts';
import { encodeLines } from '../escpos/encode.ts';
import { layoutDocument } from '../../shared/receipt/layout.ts';
import { sampleReceipt } from '../../shared/receipt/sampleDocuments.ts';
import { startCapturePrinter, startUnacceptingListener, type CapturePrinter } from './capturePrinter.ts';
import { openNetworkPrinter } from './network.ts';
import { PrinterError, type PrinterPort } from './port.ts';

// The network driver against the capture printer over real loopback sockets, with small timeouts.

const quick = { connectMs: 300, writeMs: 300 };
const receipt = () => encodeLines(layoutDocument(sampleReceipt(), 42), { columns: 42, cut: true, drawer: { pin: 2 } });

let printer: CapturePrinter | null = null;
let port: PrinterPort | null = null;
afterEach(async () => {
  await port?.close();
  await printer?.close();
  port = null;
  printer = null;
});

async function setUp(): Promise<{ printer: CapturePrinter; port: PrinterPort }> {
  printer = await startCapturePrinter();
  port = openNetworkPrinter({ host: '127.0.0.1', port: printer.port }, quick);
  return { printer, port };
}

describe('network printer', () => {
  it('sends a receipt that prints whole: its lines, the drawer pulse and the cut', async () => {
    const { printer, port } = await setUp();
    await port.send(receipt());
    const [job] = printer.jobs();
    expect(job?.bytes).toEqual(receipt());
    const printed = decodeEscPos(job?.bytes ?? new Uint8Array());
    expect(printed.text).toContain('Served by Tom');
    expect(printed.drawerPulses).toEqual([{ pin: 2 }]);
    expect(printed.cut).toBe(true);
  });

  it('sends jobs one after another when asked for several at once', async () => {
    const { printer, port } = await setUp();
    await Promise.all([port.send(receipt()), port.status(), port.send(receipt())]);
    expect(printer.jobs()).toHaveLength(2);
    expect(printer.connections()).toBe(3);
  });

  it('says the printer refused when it is switched off, and sends again once it is back', async () => {
    const { printer, port } = await setUp();
    await printer.goOffline();
    const error = await port.send(receipt()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ state: 'offline', message: expect.stringContaining('refused the connection') });
    await printer.comeBack();
    await port.send(receipt());
    expect(printer.jobs()).toHaveLength(1);
  });

  it('gives up connecting after the connect timeout when nothing answers', async () => {
    const listener = await startUnacceptingListener();
    try {
      port = openNetworkPrinter({ host: '127.0.0.1', port: listener.port }, { connectMs: 200, writeMs: 200 });
      const started = performance.now();
      await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: expect.stringContaining('did not answer within 200 ms') });
      expect(performance.now() - started).toBeLessThan(1500);
      expect(await port.status()).toMatchObject({ state: 'offline' });
    } finally {
      await listener.close();
    }
  });

  it('gives up on a printer too slow to take the job within the write timeout', async () => {
    const { printer, port } = await setUp();
    printer.setSlow(800);
    await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: expect.stringContaining('did not take the whole job within 300 ms') });
  });

  it('does not take a connection dropped part-way through a receipt for a printed one', async () => {
    const { printer, port } = await setUp();
    printer.dropMidJob(200);
    await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: expect.stringContaining('dropped the connection part-way') });
    expect(printer.jobs()).toEqual([]);
  });

  it('reads the printer’s state: ready, out of paper, lid open', async () => {
    const { printer, port } = await setUp();
    expect(await port.status()).toEqual({ state: 'ready', message: 'The printer is ready.' });
    printer.setState('paper_out');
    expect((await port.status()).state).toBe('paper_out');
    printer.setState('cover_open');
    expect((await port.status()).state).toBe('cover_open');
    expect(printer.statusRequests()).toEqual([1, 2, 4, 1, 2, 4, 1, 2, 4]);
    expect(printer.jobs()).toEqual([]);
  });

  it('calls a printer that does not answer status requests unknown after the reply timeout, and one that is off offline', async () => {
    const { printer, port } = await setUp();
    printer.answerStatus(false);
    const started = performance.now();
    expect((await port.status()).state).toBe('unknown');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await printer.goOffline();
    expect(await port.status()).toMatchObject({ state: 'offline', message: expect.stringContaining('refused') });
  });

  it('names a printer address that does not exist', async () => {
    port = openNetworkPrinter({ host: 'no-such-printer.invalid', port: 9100 }, { connectMs: 2000, writeMs: 200 });
    await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: expect.stringMatching(/No printer called no-such-printer.invalid|could not be reached|did not answer/) });
  });

  it('refuses to send once closed', async () => {
    const { port } = await setUp();
    await port.close();
    await expect(port.send(receipt())).rejects.toBeInstanceOf(PrinterError);
  });
});
