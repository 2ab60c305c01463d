/**
 * Where the window's screens come from. Production (and a dev run of the built renderer):
 * the `app://apron/` protocol serving dist/renderer. Development against a live server:
 * `http://127.0.0.1:<port>/`, never any other host.
 */
export type RendererLocation = { kind: 'app' } | { kind: 'dev'; port: number };

export const APP_SCHEME = 'app';
export const APP_HOST = 'apron';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Reads APRON_RENDERER_URL (honoured only in an unpackaged app, so an installed till can
 * never be pointed elsewhere). Throws with a plain message when it is not a loopback URL.
 */
export function rendererLocation(packaged: boolean, env: Record<string, string | undefined>): RendererLocation {
  const wanted = env.APRON_RENDERER_URL;
  if (packaged || !wanted) return { kind: 'app' };
  let url: URL;
  try {
    url = new URL(wanted);
  } catch {
    throw new Error(`APRON_RENDERER_URL "${wanted}" is not a URL; use http://127.0.0.1:<port>/.`);
  }
  const port = Number(url.port);
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || !url.port || !Number.isInteger(port) || url.username || url.password) {
    throw new Error(`APRON_RENDERER_URL "${wanted}" must be http://127.0.0.1:<port>/: the window loads only from this computer.`);
  }
  return { kind: 'dev', port };
}

/** The page the window opens first. */
export function startUrl(location: RendererLocation): string {
  return location.kind === 'app' ? `${APP_ORIGIN}/index.html` : `http://127.0.0.1:${location.port}/`;
}
