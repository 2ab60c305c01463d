import { isAllowedUrl } from './allowedUrl.ts';
import type { RendererLocation } from './rendererLocation.ts';

/** The parts of an `IpcMainInvokeEvent` the check reads. */
export interface IpcSenderInfo {
  sender: { id: number };
  /** Null when the frame has gone (navigated away or destroyed) before the call arrived. */
  senderFrame: { url: string } | null | undefined;
}

/**
 * A call is answered only when it comes from one of our windows' webContents and from a
 * frame that shows our own page: not a stray webContents, not a frame that navigated to
 * something else, not a call whose frame is already gone.
 */
export function isTrustedSender(event: IpcSenderInfo, trustedWebContentsIds: ReadonlySet<number>, location: RendererLocation): boolean {
  if (!trustedWebContentsIds.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  return isAllowedUrl(frame.url, location);
}
