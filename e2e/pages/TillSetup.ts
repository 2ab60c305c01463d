import { randomBytes } from 'node:crypto';
import { expect } from '@playwright/test';

// Arranging a test the way the café's back office would, from a second screen with its own
// session: nothing here touches the page under test, which hears none of these logins.

export interface BackOffice {
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  /** The call must succeed; its value. */
  must<T = unknown>(method: string, input: unknown): Promise<T>;
  loginAs(name: string, pin: string): Promise<void>;
}

export function backOffice(url: string): BackOffice {
  const cookie = `apron_session=${randomBytes(32).toString('base64url')}`;
  const call: BackOffice['call'] = async (method, input) => {
    const response = await fetch(`${url}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ method, input }) });
    return (await response.json()) as Awaited<ReturnType<BackOffice['call']>>;
  };
  const must = async <T,>(method: string, input: unknown): Promise<T> => {
    const r = await call(method, input);
    expect(r.ok, `${method}: ${r.error?.message ?? ''}`).toBe(true);
    return r.value as T;
  };
  return {
    call,
    must,
    async loginAs(name, pin) {
      const tiles = await must<{ id: string; displayName: string }[]>('auth.loginTiles', {});
      const id = tiles.find((t) => t.displayName === name)?.id;
      expect(id, `${name} has a login tile`).toBeTruthy();
      await must('auth.loginWithPin', { staffId: id, pin });
    },
  };
}

/** Sam Supervisor counts a £100 float into the drawer (the cash-up screens do this for people). */
export async function openTheTill(url: string): Promise<void> {
  const office = backOffice(url);
  await office.loginAs('Sam Supervisor', '2222');
  await office.must('cash.open', { floatCounts: { '2000': 2, '1000': 4, '500': 3, '100': 5 } });
  await office.must('auth.logout', {});
}
