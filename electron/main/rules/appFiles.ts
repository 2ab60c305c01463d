import path from 'node:path';
import { isAllowedUrl } from './allowedUrl.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused without a JavaScript type, so the type is never guessed. */
export function contentTypeFor(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Which file in the built renderer an `app://apron/...` request names, or null when it
 * names none: another origin, or a path that would climb out of the folder (`..`,
 * encoded slashes or backslashes, NUL). The root is index.html.
 */
export function fileForAppUrl(raw: string, rendererDir: string, pathApi: typeof path = path): string | null {
  if (!isAllowedUrl(raw, { kind: 'app' })) return null;
  const { pathname } = new URL(raw);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = pathApi.resolve(rendererDir);
  const file = pathApi.resolve(root, ...relative.split('/'));
  return file.startsWith(root + pathApi.sep) ? file : null;
}
