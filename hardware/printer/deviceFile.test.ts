import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../escpos/decode.ts';
import { encodeLines } from '../escpos/encode.ts';
import { layoutDocument } from '../../shared/receipt/layout.ts';
import { sampleReceipt } from '../../shared/receipt/sampleDocuments.ts';
import { deviceError, openDevicePrinter } from './deviceFile.ts';

// The USB driver against real files: an ordinary file standing in for /dev/usb/lp0, a device
// that is not there, and a named pipe that nobody reads (a printer that never takes the job).

const quick = { connectMs: 200, writeMs: 200 };
const receipt = () => encodeLines(layoutDocument(sampleReceipt(), 32), { columns: 32, cut: true, drawer: null });

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apron-lp-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A FIFO standing in for a printer; `release` opens its far end so blocked calls return. */
function fifo(name: string): { path: string; release(): Promise<void> } {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return {
    path,
    async release() {
      const reader = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
      await new Promise((r) => setTimeout(r, 50));
      await reader.close();
    },
  };
}

describe('USB printer (device file)', () => {
  it('writes each job to the device, one after another', async () => {
    const device = join(dir, 'lp0');
    await writeFile(device, '');
    const port = openDevicePrinter({ device }, quick, 'linux');
    await port.send(receipt());
    await port.send(receipt());
    const written = await readFile(device);
    expect(written.length).toBe(receipt().length * 2);
    expect(decodeEscPos(written).cuts).toBe(2);
    expect(await port.status()).toMatchObject({ state: 'ready' });
  });

  it('says there is no printer when the device is missing, and never creates it', async () => {
    const device = join(dir, 'usb', 'lp9');
    const port = openDevicePrinter({ device }, quick, 'linux');
    await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: `There is no printer at ${device}. Check the USB cable and that the printer is switched on.` });
    expect(await port.status()).toMatchObject({ state: 'offline', message: expect.stringContaining('There is no printer') });
    await expect(readFile(device)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says a folder is not a printer', async () => {
    await expect(openDevicePrinter({ device: dir }, quick, 'linux').send(receipt())).rejects.toMatchObject({ message: expect.stringContaining('is a folder') });
  });

  it('explains a refused device (permissions) and an unplugged one in words', () => {
    expect(deviceError('/dev/usb/lp0', Object.assign(new Error('x'), { code: 'EACCES' })).message).toContain('"lp" group');
    expect(deviceError('/dev/usb/lp0', Object.assign(new Error('x'), { code: 'ENODEV' }))).toMatchObject({ state: 'offline', message: 'The printer at /dev/usb/lp0 was unplugged or switched off.' });
  });

  it('gives up opening a device that does not open within the connect timeout', async () => {
    const pipe = fifo('lp-never-opened');
    const port = openDevicePrinter({ device: pipe.path }, quick, 'linux');
    try {
      await expect(port.send(receipt())).rejects.toMatchObject({ state: 'offline', message: expect.stringContaining('did not open within 200 ms') });
    } finally {
      await pipe.release();
    }
  });

  it('gives up on a printer that does not take the whole job within the write timeout', async () => {
    const pipe = fifo('lp-stuck');
    // Someone holds the far end open but never reads: the pipe fills and the write blocks.
    const reader = await open(pipe.path, constants.O_RDONLY | constants.O_NONBLOCK);
    const port = openDevicePrinter({ device: pipe.path }, quick, 'linux');
    try {
      const big = new Uint8Array(1024 * 1024).fill(0x41);
      await expect(port.send(big)).rejects.toMatchObject({ state: 'offline', message: expect.stringContaining('did not take the whole job within 200 ms') });
    } finally {
      await reader.close();
    }
  });

  it('says plainly that a Windows printer queue name is not supported in this build', async () => {
    const port = openDevicePrinter({ device: 'EPSON TM-T20III Receipt' }, quick, 'win32');
    await expect(port.send(receipt())).rejects.toMatchObject({ state: 'not_set_up', message: expect.stringContaining('is not supported in this version of Apron') });
    expect((await port.status()).state).toBe('not_set_up');
  });

  it('asks for a device file rather than a printer name on Linux', async () => {
    await expect(openDevicePrinter({ device: 'EPSON' }, quick, 'linux').send(receipt())).rejects.toMatchObject({ message: expect.stringContaining('/dev/usb/lp0') });
  });
});
