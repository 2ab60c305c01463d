import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { EventMessage, Result } from '../../shared/contract/index.ts';
import { cast, tempDir, TEST_VERSION } from '../core/testing/testCore.ts';
import { startServer, type RunningServer } from './server.ts';

// The browser-mode host runs the scanner worker. With --test it reads a fake USB bus that the
// /test/hid/* routes play: a reader plugged in, typing, garbage and unplugging travel the
// whole way (keyboard reports, the decoder, the worker) to the screens' events.

const READER = { vendorId: 0x0c2e, productId: 0x0b61, name: 'Acme Badge Reader' };

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function startTestServer(options: { testMode?: boolean } = {}): Promise<{ server: RunningServer; post(route: string, body: unknown): Promise<{ status: number; body: { ok: boolean; error?: string } }> }> {
  const root = tempDir('apron-hid-host-');
  const server = await startServer({ port: 0, dataDir: path.join(root, 'data'), rendererDir: root, testMode: options.testMode ?? true, version: TEST_VERSION, printing: false });
  onTestFinished(() => server.close());
  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { ok: boolean; error?: string } };
  };
  return { server, post };
}

/** The café and its manager, who turns the HID reader on; returns the manager's session call. */
function managerTurnsReaderOn(server: RunningServer) {
  const call = (method: string, input: unknown): Result<unknown> => server.core.dispatch({ session: 'office', method, input });
  const { manager } = cast;
  valueOf(call('cafe.setUp', { cafe: { name: 'Back Yard Café', address: '12 Canal Street' }, manager: { displayName: manager.displayName, pin: manager.pin, badge: manager.badge } }));
  valueOf(call('auth.loginWithPin', { staffId: (valueOf(call('auth.loginTiles', {})) as { id: string }[])[0]!.id, pin: manager.pin }));
  valueOf(call('scanners.saveSettings', { prefix: '', endKey: 'Enter', maxKeyGapMs: 50, hid: { enabled: true, vendorId: READER.vendorId, productId: READER.productId, reads: 'both' } }));
  return () => valueOf(call('scanners.status', {})) as { state: string; message: string; devices: unknown[] };
}

describe('the server host reads a reader in HID mode', () => {
  it('a reader plugged in on the fake bus connects; its badge reaches the screens, garbage does not; unplugged is heard', async () => {
    const { server, post } = await startTestServer();
    const status = managerTurnsReaderOn(server);
    const scans: string[] = [];
    server.core.events.subscribe((m: EventMessage) => {
      if (m.event === 'badge.scanned' || m.event === 'barcode.scanned') scans.push(`${m.event} ${m.payload.code}`);
    });
    await expect.poll(() => status().state).toBe('missing');

    expect(await post('/test/hid/plug', READER)).toEqual({ status: 200, body: { ok: true } });
    await expect.poll(() => status().state).toBe('connected');
    expect(status().devices).toEqual([READER]);

    expect((await post('/test/hid/type', { code: cast.manager.badge })).status).toBe(200);
    expect((await post('/test/hid/type', { code: '5000112637922', end: 'Tab' })).status).toBe(200);
    expect((await post('/test/hid/garbage', { kind: 'rollover', code: cast.trainee.badge })).status).toBe(200);
    expect((await post('/test/hid/garbage', { kind: 'unknown-key' })).status).toBe(200);
    expect((await post('/test/hid/type', { code: cast.supervisor.badge, end: 'none' })).status).toBe(200);
    expect(scans).toEqual([`badge.scanned ${cast.manager.badge}`, 'barcode.scanned 5000112637922']);

    expect((await post('/test/hid/unplug', { vendorId: READER.vendorId, productId: READER.productId })).status).toBe(200);
    expect(status().state).toBe('unplugged');
    // Nothing is open to type on now.
    expect(await post('/test/hid/type', { code: cast.manager.badge })).toEqual({ status: 409, body: { ok: false, error: 'No reader is open: plug one in and wait for Apron to open it.' } });
  });

  it('a read that fails mid-way is unplugged until the reader is opened again', async () => {
    const { server, post } = await startTestServer();
    const status = managerTurnsReaderOn(server);
    await post('/test/hid/plug', READER);
    await expect.poll(() => status().state).toBe('connected');
    expect((await post('/test/hid/break', { message: 'Input/output error' })).status).toBe(200);
    expect(status()).toMatchObject({ state: 'unplugged', message: expect.stringContaining('(Input/output error)') });
    await expect.poll(() => status().state).toBe('connected');
  });

  it('bad requests to the HID routes are refused in words', async () => {
    const { post } = await startTestServer();
    expect(await post('/test/hid/plug', { vendorId: 0x10000, productId: 1 })).toEqual({ status: 400, body: { ok: false, error: 'vendorId and productId are USB ids: whole numbers from 0 to 65535 (0xffff).' } });
    expect(await post('/test/hid/plug', { vendorId: '0c2e', productId: 1 })).toEqual({ status: 400, body: { ok: false, error: 'vendorId and productId are USB ids: whole numbers from 0 to 65535 (0xffff).' } });
    expect(await post('/test/hid/type', { code: 'ABC', end: 'Space' })).toEqual({ status: 400, body: { ok: false, error: 'end is the key after the code: Enter, Tab or none.' } });
    expect(await post('/test/hid/garbage', { kind: 'noise' })).toEqual({ status: 400, body: { ok: false, error: 'kind is one of: rollover, unknown-key, wrong-size, command-key.' } });
    expect((await post('/test/hid/type', { code: 'x'.repeat(257) })).body.error).toBe('code can be at most 256 characters.');
    await post('/test/hid/plug', READER);
    expect((await post('/test/hid/unplug', { vendorId: 1 })).status).toBe(400);
  });

  it('a character no reader types is refused, naming it', async () => {
    const { server, post } = await startTestServer();
    const status = managerTurnsReaderOn(server);
    await post('/test/hid/plug', READER);
    await expect.poll(() => status().state).toBe('connected');
    expect(await post('/test/hid/type', { code: '£5' })).toEqual({ status: 409, body: { ok: false, error: 'A reader cannot type "£": codes are letters, digits and the usual punctuation.' } });
  });

  it('without --test there are no HID routes', async () => {
    const { post } = await startTestServer({ testMode: false });
    expect((await post('/test/hid/plug', READER)).status).toBe(404);
  });
});
