import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The same policy the Electron shell sets: only our own scripts, our own API socket. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Serves the built renderer; unknown paths without a file extension get index.html (the app routes). */
export function serveStatic(folder: string, urlPath: string, res: ServerResponse, extraHeaders: Record<string, string>): void {
  // Normalised, so a folder given as "dist/renderer/" or relative still contains its files.
  const rendererDir = path.resolve(folder);
  const decoded = safeDecode(urlPath);
  const resolved = decoded === null ? null : path.resolve(rendererDir, `.${decoded}`);
  const inside = resolved !== null && (resolved === rendererDir || resolved.startsWith(rendererDir + path.sep));
  let file = inside ? resolved : null;
  if (file && !isFile(file)) file = path.extname(file) ? null : path.join(rendererDir, 'index.html');
  if (!file || !isFile(file)) {
    const missingApp = !isFile(path.join(rendererDir, 'index.html'));
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...extraHeaders });
    res.end(missingApp ? `Apron's screens are not built yet: run "npm run build" (looked in ${rendererDir}).` : 'Not found');
    return;
  }
  const isIndex = path.basename(file) === 'index.html';
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extraHeaders,
  });
  createReadStream(file).pipe(res);
}

/** A malformed escape ("%E0%A4%A") is a path that does not exist, not a server error. */
function safeDecode(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
