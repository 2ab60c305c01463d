import { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDrawerPulse, encodeLines } from '../escpos/encode.ts';
import { layoutDocument } from '../../shared/receipt/layout.ts';
import { sampleReceipt } from '../../shared/receipt/sampleDocuments.ts';
import { startCapturePrinter, startUnacceptingListener, statusReplyFor, type CapturePrinter } from './capturePrinter.ts';

// The capture printer itself, driven by plain sockets, so the drivers' tests can trust it.

let printer: CapturePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

function connect(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    socket.once('error', reject);
    socket.connect({ host: '127.0.0.1', port }, () => resolve(socket));
  });
}

/** Sends bytes, closes our side and waits until the printer has closed its own. */
async function sendAndClose(port: number, bytes: Uint8Array): Promise<void> {
  const socket = await connect(port);
  socket.resume();
  await new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.end(bytes);
  });
}

function ask(socket: Socket, n: number): Promise<number> {
  return new Promise((resolve) => {
    socket.once('data', (chunk: Buffer) => resolve(chunk[0] ?? -1));
    socket.write(Uint8Array.of(0x10, 0x04, n));
  });
}

const receipt = () => encodeLines(layoutDocument(sampleReceipt(), 42), { columns: 42, cut: true, drawer: null });

describe('capture printer', () => {
  it('listens on a free loopback port and keeps every byte', async () => {
    printer = await startCapturePrinter();
    expect(printer.port).toBeGreaterThan(0);
    await sendAndClose(printer.port, receipt());
    expect(printer.received()).toEqual(Buffer.from(receipt()));
  });

  it('splits what it is sent into jobs at each cut, even two receipts in one connection', async () => {
    printer = await startCapturePrinter();
    const one = receipt();
    const both = new Uint8Array(one.length * 2);
    both.set(one);
    both.set(one, one.length);
    await sendAndClose(printer.port, both);
    const jobs = await printer.waitForJobs(2);
    expect(jobs.map((j) => j.cut)).toEqual([true, true]);
    expect(jobs[0]?.bytes).toEqual(one);
    expect(jobs[1]?.decode().text).toContain('Mon 23 Nov 2026 14:05');
  });

  it('keeps bytes finished without a cut (a drawer opened on its own) as a job', async () => {
    printer = await startCapturePrinter();
    await sendAndClose(printer.port, encodeDrawerPulse(2));
    const [job] = await printer.waitForJobs(1);
    expect(job?.cut).toBe(false);
    expect(job?.decode().drawerPulses).toEqual([{ pin: 2 }]);
  });

  it('answers status requests as a ready printer, out of paper, or with its lid open', async () => {
    printer = await startCapturePrinter();
    const socket = await connect(printer.port);
    expect(await ask(socket, 1)).toBe(0x12);
    printer.setState('paper_out');
    expect(await ask(socket, 1)).toBe(0x1a);
    expect(await ask(socket, 4)).toBe(0x72);
    printer.setState('cover_open');
    expect(await ask(socket, 2)).toBe(0x16);
    socket.destroy();
    expect(printer.statusRequests()).toEqual([1, 1, 4, 2]);
    expect(printer.jobs()).toEqual([]);
    expect(statusReplyFor('paper_out', 2)).toBe(0x32);
  });

  it('refuses connections while offline and takes them again on the same port when back', async () => {
    printer = await startCapturePrinter();
    const port = printer.port;
    await printer.goOffline();
    await expect(connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await printer.comeBack();
    await sendAndClose(port, receipt());
    expect(await printer.waitForJobs(1)).toHaveLength(1);
  });

  it('resets the connection part-way through a job when told to drop it, and keeps no job', async () => {
    printer = await startCapturePrinter();
    printer.dropMidJob(100);
    const socket = await connect(printer.port);
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      socket.once('error', resolve);
      socket.once('close', () => resolve(null));
      socket.end(receipt());
    });
    expect(error?.code).toBe('ECONNRESET');
    expect(printer.received().length).toBeLessThanOrEqual(100);
    expect(printer.jobs()).toEqual([]);
  });

  it('reads slowly when slow, so a job takes at least that long to be taken', async () => {
    printer = await startCapturePrinter();
    printer.setSlow(200);
    const started = performance.now();
    await sendAndClose(printer.port, receipt());
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('a listener that never accepts leaves a new connection hanging', async () => {
    const listener = await startUnacceptingListener();
    try {
      const socket = new Socket();
      socket.on('error', () => {});
      const connected = await new Promise<boolean>((resolve) => {
        setTimeout(() => resolve(false), 300);
        socket.connect({ host: '127.0.0.1', port: listener.port }, () => resolve(true));
      });
      socket.destroy();
      expect(connected).toBe(false);
    } finally {
      await listener.close();
    }
  });
});
