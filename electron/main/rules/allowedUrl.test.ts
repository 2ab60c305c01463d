import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from './allowedUrl.ts';
import type { RendererLocation } from './rendererLocation.ts';

const app: RendererLocation = { kind: 'app' };
const dev: RendererLocation = { kind: 'dev', port: 5173 };

describe('isAllowedUrl in production (app://apron/)', () => {
  it.each(['app://apron/index.html', 'app://apron/', 'app://apron/assets/index-abc.js', 'app://apron/index.html#/till'])('allows %s', (url) => {
    expect(isAllowedUrl(url, app)).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a lookalike host', 'app://apron.evil/index.html'],
    ['a lookalike prefix', 'app://apronx/index.html'],
    ['userinfo naming our host', 'app://apron@evil/index.html'],
    ['userinfo before our host', 'app://evil@apron/index.html'],
    ['a password', 'app://u:p@apron/'],
    ['a port', 'app://apron:8080/'],
    // Chromium hands over canonical (lower-case) URLs for a standard scheme; anything else is not from it.
    ['a non-canonical host', 'app://APRON/index.html'],
    ['a percent-encoded host', 'app://apr%6Fn/index.html'],
    ['file:', 'file:///etc/passwd'],
    ['https', 'https://apron/'],
    ['the dev origin', 'http://127.0.0.1:5173/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:app://apron/123'],
    ['about:blank', 'about:blank'],
    ['an empty string', ''],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedUrl(url, app)).toBe(false);
  });
});

describe('isAllowedUrl in development (http://127.0.0.1:<port>)', () => {
  it.each(['http://127.0.0.1:5173/', 'http://127.0.0.1:5173/index.html#/login', 'http://127.0.0.1:5173/src/main.tsx?t=1'])('allows %s', (url) => {
    expect(isAllowedUrl(url, dev)).toBe(true);
  });

  it.each([
    ['another port', 'http://127.0.0.1:5174/'],
    ['no port', 'http://127.0.0.1/'],
    ['localhost (another origin to the browser)', 'http://localhost:5173/'],
    ['a lookalike host', 'http://127.0.0.1.evil.com:5173/'],
    ['userinfo naming our host', 'http://127.0.0.1:5173@evil.com/'],
    ['userinfo before our host', 'http://evil.com@127.0.0.1:5173/'],
    ['https on our port', 'https://127.0.0.1:5173/'],
    ['ws on our port', 'ws://127.0.0.1:5173/'],
    ['another loopback address', 'http://127.0.0.2:5173/'],
    ['the production origin', 'app://apron/index.html'],
    ['javascript:', 'javascript:fetch("http://127.0.0.1:5173/")'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedUrl(url, dev)).toBe(false);
  });

  it('refuses a dev port of 80 rather than treating every portless URL as ours', () => {
    expect(isAllowedUrl('http://127.0.0.1/', { kind: 'dev', port: 80 })).toBe(false);
  });
});
