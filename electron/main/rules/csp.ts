import type { RendererLocation } from './rendererLocation.ts';

/**
 * The Content-Security-Policy of every response the window receives: our own scripts
 * only (no inline, no eval), nothing framed, no plugins, no <base> games. Inline styles
 * are allowed because React's style props need them. In development the page may open
 * the dev server's own WebSocket (hot reload), on the same host and port only.
 */
export function contentSecurityPolicy(location: RendererLocation): string {
  const connect = location.kind === 'dev' ? `'self' ws://127.0.0.1:${location.port}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export type ResponseHeaders = Record<string, string[]>;

/** `onHeadersReceived`: ours replaces any policy the response carried, whatever its case. */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy: string): ResponseHeaders {
  const out: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}
