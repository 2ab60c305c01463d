import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../electron/server/server.ts';

// Every test gets its own Apron: a browser-mode server on a free loopback port, with the
// test routes on and an empty data folder, serving the built screens.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(root, 'dist', 'renderer');

export interface Apron {
  url: string;
  /** Sets the server's clock (the core's "now"); `frozen` stops it running on. */
  setClock(at: Date | string, frozen?: boolean): Promise<void>;
  /** Moves the server's clock on, e.g. past the idle lock or a PIN lockout. */
  advanceClock(ms: number): Promise<void>;
  /** Plays the counter's badge scanner: every connected screen hears `badge.scanned`. */
  scanBadge(code: string): Promise<void>;
  scanBarcode(code: string): Promise<void>;
}

async function post(request: APIRequestContext, url: string, data: unknown): Promise<void> {
  const response = await request.post(url, { data, headers: { origin: new URL(url).origin } });
  expect(response.ok(), `${url} answered ${response.status()}: ${await response.text()}`).toBe(true);
}

export const test = base.extend<{ apron: Apron }>({
  apron: async ({ playwright }, use) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'apron-e2e-'));
    const server = await startServer({ port: 0, dataDir, rendererDir, testMode: true });
    const request = await playwright.request.newContext();
    try {
      await use({
        url: server.url,
        setClock: (at, frozen = false) => post(request, `${server.url}/test/clock`, { at: typeof at === 'string' ? at : at.toISOString(), frozen }),
        advanceClock: (ms) => post(request, `${server.url}/test/clock`, { advanceMs: ms }),
        scanBadge: (code) => post(request, `${server.url}/test/scan`, { kind: 'badge', code }),
        scanBarcode: (code) => post(request, `${server.url}/test/scan`, { kind: 'barcode', code }),
      });
    } finally {
      await request.dispose();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ apron }, use) => {
    await use(apron.url);
  },
});

export { expect };
