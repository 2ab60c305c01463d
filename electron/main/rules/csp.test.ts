import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from './csp.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name ?? '', values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const prod = directives(contentSecurityPolicy({ kind: 'app' }));

  it('allows only our own scripts: no inline, no eval', () => {
    expect(prod.get('default-src')).toEqual(["'self'"]);
    expect(prod.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy({ kind: 'app' })).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    expect(prod.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('shuts frames, plugins and <base>', () => {
    expect(prod.get('frame-ancestors')).toEqual(["'none'"]);
    expect(prod.get('object-src')).toEqual(["'none'"]);
    expect(prod.get('base-uri')).toEqual(["'none'"]);
  });

  it('lets images be our own or data:, styles our own or inline', () => {
    expect(prod.get('img-src')).toEqual(["'self'", 'data:']);
    expect(prod.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('connects only to itself in production', () => {
    expect(prod.get('connect-src')).toEqual(["'self'"]);
  });

  it('adds the dev server WebSocket, same host and port, in development', () => {
    const dev = directives(contentSecurityPolicy({ kind: 'dev', port: 5173 }));
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5173']);
    expect(dev.get('script-src')).toEqual(["'self'"]);
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces any policy the response carried, whatever its case', () => {
    const out = withContentSecurityPolicy(
      {
        'content-type': ['text/html'],
        'content-security-policy': ["default-src *"],
        'Content-Security-Policy-Report-Only': ["default-src *"],
      },
      "default-src 'self'",
    );
    expect(out).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('adds the policy to a response without headers', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'self'")).toEqual({ 'Content-Security-Policy': ["default-src 'self'"] });
  });
});
