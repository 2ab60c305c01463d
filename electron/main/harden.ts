import type { Session, WebContents } from 'electron';
import { isAllowedUrl } from './rules/allowedUrl.ts';
import { contentSecurityPolicy, withContentSecurityPolicy } from './rules/csp.ts';
import { mayNavigate, windowOpenAnswer } from './rules/navigation.ts';
import { devicePermissionAnswer, permissionCheckAnswer, permissionRequestAnswer } from './rules/permissions.ts';
import type { RendererLocation } from './rules/rendererLocation.ts';

export type Log = (message: string, cause?: unknown) => void;

type SessionPart = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/**
 * The window's session: every permission refused, and our CSP on every response from our
 * own origin (other origins cannot load into the page anyway; DevTools keeps its own).
 */
export function hardenSession(ses: SessionPart, location: RendererLocation, log: Log): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`refused a request for the "${permission}" permission`);
    callback(permissionRequestAnswer(permission));
  });
  ses.setPermissionCheckHandler((_contents, permission) => permissionCheckAnswer(permission));
  ses.setDevicePermissionHandler(() => devicePermissionAnswer());
  const policy = contentSecurityPolicy(location);
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isAllowedUrl(details.url, location)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
}

type Guarded = { url: string; preventDefault(): void };
type WebContentsPart = Pick<WebContents, 'setWindowOpenHandler'> & {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: Guarded) => void): unknown;
};

/** Every webContents (applied from app 'web-contents-created'): no navigation away, no new windows, no webviews. */
export function hardenWebContents(contents: WebContentsPart, location: RendererLocation, log: Log): void {
  const guard = (kind: string) => (event: Guarded) => {
    if (mayNavigate(event.url, location)) return;
    event.preventDefault();
    log(`refused ${kind} to ${String(event.url).slice(0, 200)}`);
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('refused a <webview>');
  });
  contents.setWindowOpenHandler((details) => {
    log(`refused a new window for ${String(details.url).slice(0, 200)}`);
    return windowOpenAnswer();
  });
}
