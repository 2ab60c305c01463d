import { z } from 'zod';
import { GARBAGE_KINDS, garbageReports, type FakeHid } from '../../hardware/hid/fakeHid.ts';
import type { SettableClock } from '../core/clock.ts';
import type { EventHub } from '../core/events.ts';

// Routes that exist only when the server is started with --test: they let end-to-end
// tests move time and play the part of the counter's scanners: /test/scan sends a scan
// straight to the screens, /test/hid/* play a reader in HID mode on the fake USB bus, so a
// scan travels the whole way (reports, decoder, worker) as a real one does.

const clockRequest = z.union([
  z.strictObject({ at: z.iso.datetime({ offset: true }), frozen: z.boolean().optional() }),
  z.strictObject({ advanceMs: z.number().int() }),
]);

const scanRequest = z.strictObject({
  kind: z.enum(['badge', 'barcode']),
  code: z.string().max(256),
});

const USB_ID_WORDS = 'vendorId and productId are USB ids: whole numbers from 0 to 65535 (0xffff).';
const usbId = z.number({ error: USB_ID_WORDS }).int(USB_ID_WORDS).min(0, USB_ID_WORDS).max(0xffff, USB_ID_WORDS);
const deviceRequest = z.strictObject({ vendorId: usbId, productId: usbId });
const plugRequest = deviceRequest.extend({ name: z.string({ error: 'name is the words the reader calls itself.' }).max(100, 'name can be at most 100 characters.').optional() });
const code = z.string({ error: 'code is the text the reader types.' }).max(256, 'code can be at most 256 characters.');
const typeRequest = z.strictObject({ code, end: z.enum(['Enter', 'Tab', 'none'], { error: 'end is the key after the code: Enter, Tab or none.' }).optional() });
/** Garbage on its own, or in the middle of `code` (a garbled read of a real code). */
const garbageRequest = z.strictObject({ kind: z.enum(GARBAGE_KINDS, { error: `kind is one of: ${GARBAGE_KINDS.join(', ')}.` }), code: code.optional() });
/** The reader fails mid-read, still plugged in. */
const breakRequest = z.strictObject({ message: z.string({ error: 'message is the error the reader fails with.' }).max(200, 'message can be at most 200 characters.') });

const HID_ROUTES = ['/test/hid/plug', '/test/hid/unplug', '/test/hid/type', '/test/hid/garbage', '/test/hid/break'] as const;
type HidRoute = (typeof HID_ROUTES)[number];

export interface TestRouteDeps {
  clock: SettableClock;
  events: EventHub;
  /** The fake USB bus the scanner worker reads (null when the server was given another backend). */
  hid: FakeHid | null;
}

type Answer = { status: number; body: unknown };

const refused = (error: z.ZodError): Answer => ({ status: 400, body: { ok: false, error: error.issues[0]?.message } });

/** Plays the reader; a parse error is 400, something the fake cannot do (nothing open, a character no reader types) 409. */
function handleHidRoute(path: HidRoute, body: unknown, hid: FakeHid | null): Answer {
  if (!hid) return { status: 404, body: { ok: false, error: 'This server reads a real USB bus: the HID test routes need the fake one.' } };
  try {
    switch (path) {
      case '/test/hid/plug': {
        const parsed = plugRequest.safeParse(body);
        if (!parsed.success) return refused(parsed.error);
        hid.plug(parsed.data);
        break;
      }
      case '/test/hid/unplug': {
        const parsed = deviceRequest.safeParse(body);
        if (!parsed.success) return refused(parsed.error);
        hid.unplug(parsed.data);
        break;
      }
      case '/test/hid/type': {
        const parsed = typeRequest.safeParse(body);
        if (!parsed.success) return refused(parsed.error);
        hid.type(parsed.data.code, { end: parsed.data.end ?? 'Enter' });
        break;
      }
      case '/test/hid/garbage': {
        const parsed = garbageRequest.safeParse(body);
        if (!parsed.success) return refused(parsed.error);
        const { kind, code } = parsed.data;
        if (code === undefined) hid.send(...garbageReports(kind));
        else hid.typeGarbled(code, kind);
        break;
      }
      case '/test/hid/break': {
        const parsed = breakRequest.safeParse(body);
        if (!parsed.success) return refused(parsed.error);
        hid.breakRead(parsed.data.message);
        break;
      }
    }
  } catch (cause) {
    return { status: 409, body: { ok: false, error: cause instanceof Error ? cause.message : String(cause) } };
  }
  return { status: 200, body: { ok: true } };
}

const isHidRoute = (path: string): path is HidRoute => (HID_ROUTES as readonly string[]).includes(path);

export function handleTestRoute(path: string, body: unknown, deps: TestRouteDeps): Answer {
  if (isHidRoute(path)) return handleHidRoute(path, body, deps.hid);
  if (path === '/test/clock') {
    const parsed = clockRequest.safeParse(body);
    if (!parsed.success) return { status: 400, body: { ok: false, error: parsed.error.issues[0]?.message } };
    if ('advanceMs' in parsed.data) deps.clock.advance(parsed.data.advanceMs);
    else deps.clock.set(new Date(parsed.data.at), parsed.data.frozen ?? false);
    return { status: 200, body: { ok: true, now: deps.clock.now().toISOString() } };
  }
  if (path === '/test/scan') {
    const parsed = scanRequest.safeParse(body);
    if (!parsed.success) return { status: 400, body: { ok: false, error: parsed.error.issues[0]?.message } };
    const { kind, code } = parsed.data;
    deps.events.publish(kind === 'badge' ? { event: 'badge.scanned', payload: { code } } : { event: 'barcode.scanned', payload: { code } });
    return { status: 200, body: { ok: true } };
  }
  return { status: 404, body: { ok: false, error: 'no such test route' } };
}
