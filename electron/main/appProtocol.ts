import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { contentTypeFor, fileForAppUrl } from './rules/appFiles.ts';
import { APP_SCHEME } from './rules/rendererLocation.ts';

/**
 * `app://` as a standard, secure scheme (must be registered before 'ready'): the page gets
 * a real origin (`app://apron`), so 'self' in the CSP means exactly our files, unlike
 * file:// where every local file shares one origin.
 */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

type ReadFile = (file: string) => Promise<Uint8Array>;

/** Answers `app://apron/...` from the built renderer folder, with our CSP on every response. */
export function appRequestHandler(rendererDir: string, policy: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  const headers = (type: string, extra: Record<string, string> = {}) => ({
    'content-type': type,
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  const text = (status: number, body: string) => new Response(body, { status, headers: headers('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed');
    const file = fileForAppUrl(request.url, rendererDir);
    if (!file) return text(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
        return text(404, file.endsWith('index.html') ? `Apron's screens are not built yet: run "npm run build" (looked in ${rendererDir}).` : 'Not found');
      }
      return text(500, 'Apron could not read its screens.');
    }
    const isIndex = file.endsWith('index.html');
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: headers(contentTypeFor(file), { 'cache-control': isIndex ? 'no-store' : 'no-cache' }),
    });
  };
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string, policy: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(rendererDir, policy));
}
