import { APP_HOST, APP_SCHEME, type RendererLocation } from './rendererLocation.ts';

/**
 * The one question behind navigation, IPC sender and frame checks: is this URL the app's
 * own origin? Parsed with WHATWG URL so lookalikes (`app://apron.evil/`,
 * `http://127.0.0.1.evil/`), userinfo tricks (`app://x@apron/`), other ports and
 * schemes such as `javascript:` or `data:` are refused by comparison, not by pattern.
 */
export function isAllowedUrl(raw: string, location: RendererLocation): boolean {
  if (typeof raw !== 'string' || raw.length === 0) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (location.kind === 'app') {
    return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '';
  }
  // A dev port of 80 would normalise to ''; refuse it rather than guess.
  return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port === String(location.port);
}
