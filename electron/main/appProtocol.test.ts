import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appRequestHandler, appScheme, serveRenderer } from './appProtocol.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'apron-renderer-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Apron</title>');
  writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(os.tmpdir(), 'apron-secret.txt'), 'secret');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POLICY = "default-src 'self'";
const get = (url: string, method = 'GET') => appRequestHandler(dir, POLICY)(new Request(url, { method }));

describe('appRequestHandler', () => {
  it('serves index.html at the root, with the CSP and no caching', async () => {
    const res = await get('app://apron/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('<title>Apron</title>');
  });

  it('serves scripts as JavaScript, so module scripts load', async () => {
    const res = await get('app://apron/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file, a folder, another host or a way out of the folder', async () => {
    for (const url of ['app://apron/nope.js', 'app://apron/assets', 'app://evil/index.html', 'app://apron/..%5Capron-secret.txt', 'app://apron/../apron-secret.txt']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('secret');
    }
  });

  it('says how to build the screens when they are missing', async () => {
    const res = await appRequestHandler(path.join(dir, 'missing'), POLICY)(new Request('app://apron/index.html'));
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/npm run build/);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://apron/index.html', 'POST')).status).toBe(405);
    const head = await get('app://apron/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 500 when the file cannot be read for another reason', async () => {
    const failing = appRequestHandler(dir, POLICY, async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    });
    expect((await failing(new Request('app://apron/index.html'))).status).toBe(500);
  });
});

describe('app scheme', () => {
  it('is standard and secure so the page has its own origin', () => {
    expect(appScheme).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('is handled by the protocol given', () => {
    const handle = vi.fn();
    serveRenderer({ handle }, dir, POLICY);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
