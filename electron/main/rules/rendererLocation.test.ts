import { describe, expect, it } from 'vitest';
import { rendererLocation, startUrl } from './rendererLocation.ts';

describe('rendererLocation', () => {
  it('is the app protocol by default', () => {
    expect(rendererLocation(false, {})).toEqual({ kind: 'app' });
  });

  it('ignores APRON_RENDERER_URL in a packaged app, so an installed till cannot be pointed elsewhere', () => {
    expect(rendererLocation(true, { APRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toEqual({ kind: 'app' });
  });

  it('takes a loopback dev server in an unpackaged app', () => {
    expect(rendererLocation(false, { APRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toEqual({ kind: 'dev', port: 5173 });
  });

  it.each(['http://localhost:5173/', 'https://127.0.0.1:5173/', 'http://127.0.0.1/', 'http://u@127.0.0.1:5173/', 'http://example.com:5173/', 'nonsense'])(
    'refuses %s with a message',
    (url) => {
      expect(() => rendererLocation(false, { APRON_RENDERER_URL: url })).toThrow(/APRON_RENDERER_URL/);
    },
  );

  it('names the first page', () => {
    expect(startUrl({ kind: 'app' })).toBe('app://apron/index.html');
    expect(startUrl({ kind: 'dev', port: 5173 })).toBe('http://127.0.0.1:5173/');
  });
});
