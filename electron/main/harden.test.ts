import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from './harden.ts';

type AnyFn = (...args: never[]) => unknown;

function fakeSession() {
  const handlers: Record<string, AnyFn> = {};
  const ses = {
    setPermissionRequestHandler: (h: AnyFn) => (handlers.request = h),
    setPermissionCheckHandler: (h: AnyFn) => (handlers.check = h),
    setDevicePermissionHandler: (h: AnyFn) => (handlers.device = h),
    webRequest: { onHeadersReceived: (h: AnyFn) => (handlers.headers = h) },
  };
  return { ses, handlers };
}

function harden(location: Parameters<typeof hardenSession>[1] = { kind: 'app' }) {
  const { ses, handlers } = fakeSession();
  hardenSession(ses as unknown as Parameters<typeof hardenSession>[0], location, () => {});
  return handlers as Record<string, (...args: unknown[]) => unknown>;
}

describe('hardenSession', () => {
  it('refuses every permission request and check, and every device', () => {
    const h = harden();
    for (const permission of ['media', 'geolocation', 'notifications', 'hid', 'clipboard-sanitized-write']) {
      const callback = vi.fn();
      h.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(h.check?.({}, permission, 'app://apron', {})).toBe(false);
    }
    expect(h.device?.({ deviceType: 'hid', origin: 'app://apron' })).toBe(false);
  });

  it('puts our CSP on responses from our own origin, replacing theirs', () => {
    const h = harden({ kind: 'dev', port: 5173 });
    const callback = vi.fn();
    h.headers?.({ url: 'http://127.0.0.1:5173/', responseHeaders: { 'Content-Type': ['text/html'], 'content-security-policy': ['default-src *'] } }, callback);
    const { responseHeaders } = callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> };
    expect(responseHeaders['Content-Type']).toEqual(['text/html']);
    expect(responseHeaders['content-security-policy']).toBeUndefined();
    expect(responseHeaders['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
    expect(responseHeaders['Content-Security-Policy']?.[0]).toContain('ws://127.0.0.1:5173');
  });

  it('leaves other responses alone (DevTools has its own)', () => {
    const h = harden();
    const callback = vi.fn();
    h.headers?.({ url: 'devtools://devtools/bundled/inspector.html', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});

function fakeContents() {
  const listeners = new Map<string, ((event: { url: string; preventDefault(): void }) => void)[]>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = {
    on: (name: string, listener: (event: { url: string; preventDefault(): void }) => void) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (h: (details: { url: string }) => unknown) => (openHandler = h),
  };
  const fire = (name: string, url: string) => {
    const preventDefault = vi.fn();
    for (const l of listeners.get(name) ?? []) l({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  const set = () => {
    const f = fakeContents();
    const log = vi.fn();
    hardenWebContents(f.contents as unknown as Parameters<typeof hardenWebContents>[0], { kind: 'app' }, log);
    return { ...f, log };
  };

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: refuses other pages and lets our own reload', (event) => {
    const f = set();
    expect(f.fire(event, 'https://example.com/')).toBe(true);
    expect(f.fire(event, 'javascript:alert(1)')).toBe(true);
    expect(f.fire(event, 'file:///etc/passwd')).toBe(true);
    expect(f.fire(event, 'app://apron/index.html')).toBe(false);
    expect(f.log).toHaveBeenCalled();
  });

  it('refuses webviews', () => {
    expect(set().fire('will-attach-webview', 'app://apron/index.html')).toBe(true);
  });

  it('denies every new window, even to our own page', () => {
    const f = set();
    expect(f.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(f.open('app://apron/index.html')).toEqual({ action: 'deny' });
  });
});
