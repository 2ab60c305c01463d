import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import type { EventMessage, Result } from '../../shared/contract/index.ts';
import { SettableClock } from '../core/clock.ts';
import { cast, OPENING_TIME, tempDir, TEST_VERSION } from '../core/testing/testCore.ts';
import { startServer, type RunningServer } from './server.ts';
import { contentSecurityPolicy } from './staticFiles.ts';

const INDEX_HTML = '<!doctype html><html lang="en"><title>Apron</title><script type="module" src="/app.js"></script></html>';
const SECRET = 'TOP-SECRET-TAKINGS-4471';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Site {
  server: RunningServer;
  port: number;
  rendererDir: string;
}

/** A server on a free port, over a temporary data folder and a tiny renderer folder with secrets beside it. */
async function startSite(options: { testMode?: boolean; rendererDirAs?: (dir: string) => string } = {}): Promise<Site> {
  const root = tempDir('apron-site-');
  const rendererDir = path.join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'app.js'), 'console.log("till");\n');
  writeFileSync(path.join(root, 'secret.txt'), SECRET);
  mkdirSync(path.join(root, 'renderer-private'));
  writeFileSync(path.join(root, 'renderer-private', 'notes.txt'), SECRET);
  const clock = new SettableClock();
  clock.set(OPENING_TIME, true);
  const server = await startServer({
    port: 0,
    dataDir: path.join(root, 'data'),
    rendererDir: options.rendererDirAs ? options.rendererDirAs(rendererDir) : rendererDir,
    testMode: options.testMode ?? false,
    version: TEST_VERSION,
    clock,
  });
  onTestFinished(() => server.close());
  return { server, port: server.port, rendererDir };
}

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** One browser: it keeps the session cookie the server gives it, as a real one would. */
class Browser {
  cookie: string | null = null;
  constructor(private readonly port: number) {}

  async post(pathname: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const reply = await send(this.port, {
      method: 'POST',
      path: pathname,
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${this.port}`, ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = reply.headers['set-cookie']?.[0];
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    return reply;
  }

  async call<T = unknown>(method: string, input: unknown = {}, authorisation?: string): Promise<Result<T>> {
    const reply = await this.post('/api/call', { method, input, ...(authorisation ? { authorisation } : {}) });
    expect(reply.status).toBe(200);
    return JSON.parse(reply.body) as Result<T>;
  }
}

function json(reply: Reply): unknown {
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(reply.body);
}

async function setUpCafeOver(browser: Browser): Promise<string> {
  const result = await browser.call<{ managerId: string }>('cafe.setUp', {
    cafe: { name: 'Back Yard Café', address: '12 Canal Street' },
    manager: { displayName: cast.manager.displayName, pin: cast.manager.pin },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.managerId;
}

/** A WebSocket on /api/events that records what it hears. */
async function listen(port: number, headers: Record<string, string>): Promise<{ ws: WebSocket; next(): Promise<EventMessage> }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/events`, { headers });
  const queue: EventMessage[] = [];
  const waiting: ((m: EventMessage) => void)[] = [];
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as EventMessage;
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  onTestFinished(() => ws.terminate());
  return {
    ws,
    next: () =>
      new Promise<EventMessage>((resolve, reject) => {
        const queued = queue.shift();
        if (queued) return resolve(queued);
        const timer = setTimeout(() => reject(new Error('no event within 2 s')), 2000);
        waiting.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
      }),
  };
}

/** The status the server answers a WebSocket upgrade with, when it refuses it. */
function upgradeRefusal(port: number, headers: Record<string, string>, pathname = '/api/events'): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${pathname}`, { headers });
    ws.on('open', () => {
      ws.terminate();
      reject(new Error('the WebSocket was accepted'));
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => undefined);
  });
}

describe('browser-mode server', () => {
  it('answers /healthz with its version', async () => {
    const { port, server } = await startSite();
    const reply = await send(port, { path: '/healthz' });
    expect(reply.status).toBe(200);
    expect(json(reply)).toEqual({ ok: true, version: TEST_VERSION, schemaVersion: server.core.schemaVersion });
  });

  it('runs calls over /api/call, keeping each browser in its own session by cookie', async () => {
    const { port } = await startSite();
    const a = new Browser(port);
    const b = new Browser(port);
    expect(await a.call('cafe.status')).toEqual({ ok: true, value: { setUp: false, name: null, sample: false, version: TEST_VERSION } });
    expect(a.cookie).toMatch(/^apron_session=[A-Za-z0-9_-]{43}$/);
    const managerId = await setUpCafeOver(a);

    expect(await a.call('auth.loginWithPin', { staffId: managerId, pin: cast.manager.pin })).toMatchObject({ ok: true, value: { staff: { id: managerId } } });
    expect(await a.call('auth.session')).toMatchObject({ ok: true, value: { staff: { role: 'manager' } } });
    expect(await b.call('auth.session')).toMatchObject({ ok: true, value: { staff: null } });
    expect(b.cookie).not.toBe(a.cookie);
    expect(await b.call('staff.list')).toEqual({ ok: false, error: { code: 'forbidden', message: 'Please log in first.' } });

    await b.call('auth.loginWithPin', { staffId: managerId, pin: cast.manager.pin });
    await a.call('auth.logout');
    expect(await a.call('auth.session')).toMatchObject({ ok: true, value: { staff: null } });
    expect(await b.call('auth.session')).toMatchObject({ ok: true, value: { staff: { id: managerId } } });
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, once', async () => {
    const { port } = await startSite();
    const browser = new Browser(port);
    const first = await browser.post('/api/call', { method: 'cafe.status', input: {} });
    expect(first.headers['set-cookie']).toEqual([expect.stringMatching(/^apron_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict$/)]);
    const second = await browser.post('/api/call', { method: 'cafe.status', input: {} });
    expect(second.headers['set-cookie']).toBeUndefined();
    // a cookie that is not one of ours is replaced, not trusted
    const forged = await send(port, { method: 'POST', path: '/api/call', headers: { cookie: 'apron_session=short' }, body: '{"method":"cafe.status"}' });
    expect(forged.headers['set-cookie']).toHaveLength(1);
  });

  it('refuses calls from a foreign Origin or Host, and does nothing for them', async () => {
    const { port } = await startSite();
    const call = JSON.stringify({ method: 'cafe.setUp', input: { cafe: { name: 'Evil Café', address: 'x' }, manager: { displayName: 'Mallory', pin: '1234' } } });
    const attempts: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: `http://evil.example:${port}` },
      { origin: 'null' },
      { origin: `file://127.0.0.1:${port}` },
      { host: 'evil.example' },
      { host: `evil.example:${port}` },
      { host: '127.0.0.1:1' },
      { host: `127.0.0.1:${port}`, origin: 'https://apron.example' },
    ];
    for (const headers of attempts) {
      const reply = await send(port, { method: 'POST', path: '/api/call', headers: { 'content-type': 'application/json', ...headers }, body: call });
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect(json(reply)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Apron only answers its own screens.' } });
    }
    // and the café is still not set up; its own screens, by any loopback name, are answered
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const reply = await send(port, { method: 'POST', path: '/api/call', headers: { host, origin: `http://${host}` }, body: '{"method":"cafe.status","input":{}}' });
      expect(reply.status).toBe(200);
      expect(json(reply)).toMatchObject({ ok: true, value: { setUp: false } });
    }
  });

  it('answers malformed requests with invalid_input, in plain words', async () => {
    const { port } = await startSite();
    const browser = new Browser(port);
    const broken = await browser.post('/api/call', '{"method": "cafe.status", ');
    expect(broken.status).toBe(400);
    expect(json(broken)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request is not valid JSON.' } });
    for (const body of ['[]', '"cafe.status"', '{"input":{}}', '{"method":42}', 'null']) {
      const reply = await browser.post('/api/call', body);
      expect(json(reply), body).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request must name a method.', field: 'method' } });
    }
    const huge = await browser.post('/api/call', JSON.stringify({ method: 'cafe.status', input: { note: 'x'.repeat(1_100_000) } }));
    expect(huge.status).toBe(413);
    expect(huge.headers.connection).toBe('close');
    expect(json(huge)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The request is too large.' } });
    // the next call is answered at once
    expect(await browser.call('cafe.status')).toMatchObject({ ok: true });
    const get = await send(port, { path: '/api/call' });
    expect(get.status).toBe(405);
    expect(json(get)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await browser.call('cafe.burnDown');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('has no test routes unless started for tests', async () => {
    const { port } = await startSite();
    const browser = new Browser(port);
    for (const route of ['/test/scan', '/test/clock']) {
      const reply = await browser.post(route, { kind: 'badge', code: 'BADGE-TOM-5517' });
      expect(reply.status, route).toBe(404);
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    const foreign = await browser.post('/test/scan', { kind: 'badge', code: 'x' }, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('in test mode, moves the clock for the core (the idle lock follows it)', async () => {
    const { port } = await startSite({ testMode: true });
    const browser = new Browser(port);
    const managerId = await setUpCafeOver(browser);
    await browser.call('auth.loginWithPin', { staffId: managerId, pin: cast.manager.pin });
    const moved = await browser.post('/test/clock', { advanceMs: 121_000 });
    expect(json(moved)).toEqual({ ok: true, now: new Date(OPENING_TIME.getTime() + 121_000).toISOString() });
    expect(await browser.call('auth.session')).toMatchObject({ ok: true, value: { staff: null, endedBecause: 'idle' } });
    expect((await browser.post('/test/clock', { advanceMs: 'soon' })).status).toBe(400);
    expect((await browser.post('/test/nothing', {})).status).toBe(404);
    expect((await browser.post('/test/scan', { kind: 'badge', code: 'x' }, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('sends a badge scan to every screen over the WebSocket, and a login only to its own screen', async () => {
    const { port } = await startSite({ testMode: true });
    const a = new Browser(port);
    const b = new Browser(port);
    const managerId = await setUpCafeOver(a);
    await b.call('cafe.status');
    const aEvents = await listen(port, { cookie: a.cookie ?? '' });
    const bEvents = await listen(port, { cookie: b.cookie ?? '', origin: `http://127.0.0.1:${port}` });

    expect(json(await a.post('/test/scan', { kind: 'badge', code: 'BADGE-TOM-5517' }))).toEqual({ ok: true });
    const scan = { event: 'badge.scanned', payload: { code: 'BADGE-TOM-5517' } };
    expect(await aEvents.next()).toEqual(scan);
    expect(await bEvents.next()).toEqual(scan);

    await a.call('auth.loginWithPin', { staffId: managerId, pin: cast.manager.pin });
    expect(await aEvents.next()).toEqual({ event: 'session.changed', payload: { reason: 'login' } });
    await a.post('/test/scan', { kind: 'barcode', code: '5000112637922' });
    expect(await aEvents.next()).toEqual({ event: 'barcode.scanned', payload: { code: '5000112637922' } });
    // b heard no login: its next event is the barcode
    expect(await bEvents.next()).toEqual({ event: 'barcode.scanned', payload: { code: '5000112637922' } });
  });

  it('refuses a WebSocket without a session cookie, from a foreign origin, or on another path', async () => {
    const { port } = await startSite({ testMode: true });
    const browser = new Browser(port);
    await browser.call('cafe.status');
    const cookie = browser.cookie ?? '';
    expect(await upgradeRefusal(port, {})).toBe(403);
    expect(await upgradeRefusal(port, { cookie, origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeRefusal(port, { cookie, host: 'evil.example' })).toBe(403);
    expect(await upgradeRefusal(port, { cookie }, '/api/other')).toBe(403);
  });

  it('serves the screens with the content security policy, and app routes get index.html', async () => {
    const { port } = await startSite();
    const index = await send(port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX_HTML);
    expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.headers['x-content-type-options']).toBe('nosniff');

    const script = await send(port, { path: '/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(contentSecurityPolicy());

    const route = await send(port, { path: '/staff/edit' });
    expect(route.status).toBe(200);
    expect(route.body).toBe(INDEX_HTML);

    const missing = await send(port, { path: '/logo.png' });
    expect(missing.status).toBe(404);
    expect((await send(port, { method: 'DELETE', path: '/' })).status).toBe(405);
  });

  it('never serves a file from outside the renderer folder', async () => {
    const { port } = await startSite();
    const attempts = [
      '/../secret.txt',
      '/../../../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/package.json',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/..%2frenderer-private%2fnotes.txt',
      '/%2e%2e%2frenderer-private/notes.txt',
      '/app.js%00.html',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const reply = await send(port, { path: attempt });
      expect(reply.body, attempt).not.toContain(SECRET);
      expect(reply.body, attempt).not.toContain('root:');
      expect([200, 404], attempt).toContain(reply.status);
      if (reply.status === 200) expect(reply.body, attempt).toBe(INDEX_HTML);
    }
  });

  it('serves a renderer folder given with a trailing slash', async () => {
    const { port } = await startSite({ rendererDirAs: (dir) => `${dir}${path.sep}` });
    const index = await send(port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX_HTML);
    expect((await send(port, { path: '/../secret.txt' })).body).not.toContain(SECRET);
  });
});
