import { randomBytes } from 'node:crypto';
import { expect } from '@playwright/test';

// Someone else at the counter: a second session (its own cookie) calling the API as a
// trainee ringing up sales would, while the page under test watches the drawer.

export interface Counter {
  must<T = unknown>(method: string, input: unknown): Promise<T>;
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; field?: string } }>;
}

export async function atTheCounter(url: string, name: string, pin: string): Promise<Counter> {
  const cookie = `apron_session=${randomBytes(32).toString('base64url')}`;
  const call: Counter['call'] = async (method, input) => {
    const response = await fetch(`${url}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: url }, body: JSON.stringify({ method, input }) });
    return (await response.json()) as Awaited<ReturnType<Counter['call']>>;
  };
  const must = async <T,>(method: string, input: unknown): Promise<T> => {
    const r = await call(method, input);
    expect(r.ok, `${method}: ${r.error?.message ?? ''}`).toBe(true);
    return r.value as T;
  };
  const tiles = await must<{ id: string; displayName: string }[]>('auth.loginTiles', {});
  const staffId = tiles.find((t) => t.displayName === name)?.id;
  expect(staffId, `${name} has a login tile`).toBeTruthy();
  await must('auth.loginWithPin', { staffId, pin });
  return { call, must };
}

let refs = 0;

export interface Line {
  productId: string;
  quantity?: number;
  optionIds?: string[];
  openPricePence?: number;
}

/** Rings up one sale; the total must be what the till would show. */
export async function sell(counter: Counter, sale: { orderType: 'eat_in' | 'takeaway'; lines: Line[]; payments: { tender: 'cash' | 'card'; amountPence: number }[]; totalPence: number }): Promise<{ receiptNumber: number | null; totalPence: number; changePence: number }> {
  refs += 1;
  return counter.must('sales.complete', {
    clientRef: `e2e-cash-${Date.now()}-${refs}`,
    basket: { orderType: sale.orderType, lines: sale.lines.map((l) => ({ quantity: 1, ...l })) },
    payments: sale.payments,
    expectedTotalPence: sale.totalPence,
  });
}
