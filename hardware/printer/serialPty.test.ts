import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../escpos/decode.ts';
import { encodeLines } from '../escpos/encode.ts';
import { layoutDocument } from '../../shared/receipt/layout.ts';
import { sampleReceipt } from '../../shared/receipt/sampleDocuments.ts';
import { openSerialPrinter } from './serial.ts';

// The serial driver through serialport's real (native) binding to a real terminal device: a
// pseudo-terminal whose far end a small Python script holds, passing on every byte and
// answering status requests as a ready printer. Skipped where there is no python3.

const hasPython = spawnSync('python3', ['-c', 'import pty, select'], { stdio: 'ignore' }).status === 0;

const PRINTER = String.raw`
import os, pty, select, sys, tty
master, slave = pty.openpty()
tty.setraw(master)
tty.setraw(slave)
print(os.ttyname(slave), flush=True)
answer = len(sys.argv) > 1 and sys.argv[1] == 'answer'
while True:
    ready, _, _ = select.select([master, sys.stdin], [], [])
    if sys.stdin in ready and not os.read(0, 1):
        break
    if master in ready:
        try:
            data = os.read(master, 65536)
        except OSError:
            continue
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        if answer:
            for i in range(len(data) - 2):
                if data[i] == 0x10 and data[i + 1] == 0x04:
                    os.write(master, bytes([0x12]))
`;

let child: ChildProcessWithoutNullStreams | null = null;
afterEach(() => {
  child?.stdin.end();
  child = null;
});

async function ptyPrinter(answer: boolean): Promise<{ device: string; received(): Buffer }> {
  const started = spawn('python3', ['-c', PRINTER, answer ? 'answer' : 'quiet']);
  child = started;
  const chunks: Buffer[] = [];
  // The first line is the device's name; every byte after it is what the printer received.
  let head = Buffer.alloc(0);
  let device: string | null = null;
  const named = new Promise<string>((resolve, reject) => {
    started.once('error', reject);
    started.stdout.on('data', (chunk: Buffer) => {
      if (device !== null) return void chunks.push(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(0x0a);
      if (end < 0) return;
      device = head.subarray(0, end).toString('latin1');
      if (head.length > end + 1) chunks.push(head.subarray(end + 1));
      resolve(device);
    });
  });
  await named;
  if (device === null) throw new Error('The pseudo-terminal has no name.');
  return { device, received: () => Buffer.concat(chunks) };
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}

describe.skipIf(!hasPython)('serial printer on a real terminal device', () => {
  it('sends a receipt byte for byte, line feeds untouched', async () => {
    const printer = await ptyPrinter(false);
    const bytes = encodeLines(layoutDocument(sampleReceipt(), 32), { columns: 32, cut: true, drawer: { pin: 2 } });
    await openSerialPrinter({ device: printer.device, baudRate: 115200 }, { connectMs: 1000, writeMs: 2000 }).send(bytes);
    await until(() => printer.received().length >= bytes.length);
    expect(printer.received()).toEqual(Buffer.from(bytes));
    expect(decodeEscPos(printer.received()).text).toContain('Served by Tom');
  });

  it('reads a ready printer’s status answers', async () => {
    const printer = await ptyPrinter(true);
    expect(await openSerialPrinter({ device: printer.device, baudRate: 9600 }, { connectMs: 1000, writeMs: 1000 }).status()).toEqual({ state: 'ready', message: 'The printer is ready.' });
  });
});
