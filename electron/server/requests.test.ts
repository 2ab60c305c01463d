import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { newSessionId, readSessionCookie, sessionCookieHeader } from './cookies.ts';
import { defaultDataDir } from './dataDir.ts';
import { BodyError, isSameOrigin, MAX_BODY_BYTES, readJsonBody } from './requests.ts';

function fakeRequest(headers: Record<string, string>, body: string | Buffer[] = ''): IncomingMessage {
  const stream = Readable.from(typeof body === 'string' ? [Buffer.from(body)] : body) as unknown as IncomingMessage;
  stream.headers = headers;
  return stream;
}

describe('same-origin check', () => {
  it('answers its own screens on any loopback name, with or without an Origin', () => {
    for (const host of ['127.0.0.1:5170', 'localhost:5170', '[::1]:5170']) {
      expect(isSameOrigin(fakeRequest({ host }), 5170), host).toBe(true);
      expect(isSameOrigin(fakeRequest({ host, origin: `http://${host}` }), 5170), host).toBe(true);
    }
  });

  it('refuses other hosts, other ports, other origins and odd schemes', () => {
    expect(isSameOrigin(fakeRequest({}), 5170)).toBe(false);
    expect(isSameOrigin(fakeRequest({ host: 'cafe.example:5170' }), 5170)).toBe(false);
    expect(isSameOrigin(fakeRequest({ host: '127.0.0.1:5171' }), 5170)).toBe(false);
    expect(isSameOrigin(fakeRequest({ host: '127.0.0.1' }), 5170)).toBe(false);
    expect(isSameOrigin(fakeRequest({ host: '127.0.0.1:5170', origin: 'http://evil.example' }), 5170)).toBe(false);
    expect(isSameOrigin(fakeRequest({ host: '127.0.0.1:5170', origin: 'null' }), 5170)).toBe(false);
    expect(isSameOrigin(fakeRequest({ host: '127.0.0.1:5170', origin: 'ftp://127.0.0.1:5170' }), 5170)).toBe(false);
    expect(isSameOrigin(fakeRequest({ host: '127.0.0.1:5170', origin: 'http://127.0.0.1:9999' }), 5170)).toBe(false);
  });
});

describe('request bodies', () => {
  it('reads JSON, and an empty body as an empty form', async () => {
    expect(await readJsonBody(fakeRequest({}, '{"method":"cafe.status"}'))).toEqual({ method: 'cafe.status' });
    expect(await readJsonBody(fakeRequest({}, '  '))).toEqual({});
  });

  it('refuses broken JSON and bodies that are too large', async () => {
    await expect(readJsonBody(fakeRequest({}, '{"method":'))).rejects.toThrow(new BodyError('The request is not valid JSON.'));
    const chunks = Array.from({ length: 11 }, () => Buffer.alloc(100_000, 0x20));
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBeGreaterThan(MAX_BODY_BYTES);
    const error = await readJsonBody(fakeRequest({}, chunks)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyError);
    expect(error).toMatchObject({ message: 'The request is too large.', tooLarge: true });
  });
});

describe('session cookies', () => {
  it('finds our cookie among others, and only if it looks like one we made', () => {
    const id = newSessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionId()).not.toBe(id);
    expect(readSessionCookie(`theme=dark; apron_session=${id}; lang=en`)).toBe(id);
    expect(readSessionCookie(undefined)).toBeNull();
    expect(readSessionCookie('apron_session=short')).toBeNull();
    expect(readSessionCookie(`apron_session=${id.slice(0, 30)}<script>`)).toBeNull();
    expect(readSessionCookie(`other_session=${id}`)).toBeNull();
    expect(sessionCookieHeader(id)).toBe(`apron_session=${id}; Path=/; HttpOnly; SameSite=Strict`);
  });
});

describe('data folder', () => {
  it('uses APRON_DATA_DIR, else the usual app-data folder of each system', () => {
    expect(defaultDataDir({ APRON_DATA_DIR: '/srv/apron' }, 'linux', '/home/cafe')).toBe('/srv/apron');
    expect(defaultDataDir({}, 'linux', '/home/cafe')).toBe('/home/cafe/.config/Apron');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/cafe')).toBe('/cfg/Apron');
    expect(defaultDataDir({}, 'darwin', '/Users/cafe')).toBe('/Users/cafe/Library/Application Support/Apron');
  });
});
