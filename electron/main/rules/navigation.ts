import { isAllowedUrl } from './allowedUrl.ts';
import type { RendererLocation } from './rendererLocation.ts';

/**
 * `will-navigate` / `will-redirect` / `will-frame-navigate`: the screens route by hash, so
 * a real navigation is only ever a reload of our own page. Anything else is refused
 * (a link to the web, a dropped file, an injected redirect).
 */
export function mayNavigate(url: string, location: RendererLocation): boolean {
  return isAllowedUrl(url, location);
}

/** `setWindowOpenHandler`: a till never opens a second window or a browser. */
export function windowOpenAnswer(): { action: 'deny' } {
  return { action: 'deny' };
}
