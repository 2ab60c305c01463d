import type { Page } from '@playwright/test';
import { LoginPage } from './pages/LoginPage.ts';
import { SetupPage, type CafeAndManager } from './pages/SetupPage.ts';

export const ourCafe: CafeAndManager = {
  cafeName: 'The Open Door Café',
  address: '12 Canal Street, Leeds LS1 4AB',
  vatNumber: 'GB 987 6543 21',
  charityNumber: '1098765',
  managerName: 'Alex Morgan',
  pin: '246810',
};

/** First run, done as a manager would: the café and its first manager, then the login screen. */
export async function setUpCafe(page: Page, details: CafeAndManager = ourCafe): Promise<LoginPage> {
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.expectShown();
  await setup.fill(details);
  await setup.submit();
  const login = new LoginPage(page);
  await login.expectShown();
  return login;
}

export async function startWithSampleCafe(page: Page): Promise<LoginPage> {
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.expectShown();
  await setup.trySample();
  const login = new LoginPage(page);
  await login.expectShown();
  return login;
}

/** A call straight to the API from the page, with the page's own session cookie. */
export async function callFromPage(page: Page, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; field?: string } }> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch('/api/call', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      return response.json();
    },
    { method, input },
  );
}
