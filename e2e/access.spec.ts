import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { AuditPage } from './pages/AuditPage.ts';
import { HomePage } from './pages/HomePage.ts';

test("a trainee cannot open a manager's screen or call a manager's method, and the manager sees the refusal", async ({ page }) => {
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Tom Trainee', '3333');
  await home.expectFor('Tom Trainee', 'Trainee');

  for (const [path, screen] of [
    ['/#/staff', 'Staff'],
    ['/#/audit', 'Audit log'],
    ['/#/settings', 'Café settings'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await expect(page.getByText(`${screen} is only for`)).toContainText('You are logged in as Tom Trainee, a trainee.');
    await expect(page.getByRole('table')).toHaveCount(0);
  }
  await expectNoSeriousA11yProblems(page, 'not allowed');
  await page.getByRole('main').getByRole('link', { name: 'Back to home' }).click();
  await home.expectFor('Tom Trainee', 'Trainee');

  // Going round the screen to the API: the core refuses too.
  const refused = await callFromPage(page, 'staff.create', { displayName: 'Sneaky Manager', role: 'manager', pin: '1234' });
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('forbidden');
  expect(refused.error?.message).toBe('Tom Trainee, this needs a manager.');

  await home.logOut();
  await login.loginWithPin('Maya Manager', '1111');
  await home.open('Audit log');
  const audit = new AuditPage(page);
  await audit.expectShown();
  const refusal = audit.entry('Tom Trainee', 'Added a person', 'Refused');
  await expect(refusal).toHaveCount(1);
  await expect(refusal).toContainText('Tom Trainee, this needs a manager.');

  await home.goHome();
  await home.open('Staff');
  await expect(page.getByRole('rowheader', { name: 'Sneaky Manager' })).toHaveCount(0);
});
