import { z } from 'zod';
import type { SettableClock } from '../core/clock.ts';
import type { EventHub } from '../core/events.ts';

// Routes that exist only when the server is started with --test: they let end-to-end
// tests move time and play the part of the counter's scanners.

const clockRequest = z.union([
  z.strictObject({ at: z.iso.datetime({ offset: true }), frozen: z.boolean().optional() }),
  z.strictObject({ advanceMs: z.number().int() }),
]);

const scanRequest = z.strictObject({
  kind: z.enum(['badge', 'barcode']),
  code: z.string().max(256),
});

export interface TestRouteDeps {
  clock: SettableClock;
  events: EventHub;
}

export function handleTestRoute(path: string, body: unknown, deps: TestRouteDeps): { status: number; body: unknown } {
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
