import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';

test('a manager changes the café details and the idle lock; mistakes show beside the box', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Maya Manager', '1111');
  await home.open('Café settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Café settings' })).toBeVisible();
  await expect(page.getByLabel('Café name')).toHaveValue('Back Yard Café (sample)');
  await expectNoSeriousA11yProblems(page, 'settings');

  await page.getByLabel('Café name').fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByLabel('Café name')).toHaveAccessibleDescription(/Enter the café name\./);

  await page.getByLabel('Café name').fill('Back Yard Café');
  await page.getByLabel('Charity number (optional)').fill('not a number');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByLabel('Charity number (optional)')).toHaveAccessibleDescription(/A charity number looks like 1234567/);

  await page.getByLabel('Charity number (optional)').fill('sc 012345');
  await page.getByLabel('Lock the till when nobody has used it for').selectOption({ label: '5 minutes' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(page.getByLabel('Charity number (optional)')).toHaveValue('SC012345');
  await expect(page.locator('.topbar-cafe')).toHaveText('Back Yard Café');

  await page.reload();
  await expect(page.getByLabel('Lock the till when nobody has used it for')).toHaveValue('300');
});

test('a manager makes a backup now and sees it listed with when it was made', async ({ page, apron }) => {
  await apron.setClock('2030-10-29T14:05:00Z', true);
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Maya Manager', '1111');
  await new HomePage(page).open('Café settings');
  const panel = page.getByRole('region', { name: 'Backups' });
  await expect(panel.getByRole('button', { name: 'Back up now' })).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'settings: backups');

  await panel.getByRole('button', { name: 'Back up now' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Backed up at Tuesday 29 October 2030 at 14:05: \d+(\.\d)? (KB|MB), checked\.$/);
  await expect(panel.getByRole('listitem').first()).toHaveText(/^Tuesday 29 October 2030 at 14:05 — \d/);
  await expect(panel.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  await expect(panel).toContainText('They are on this computer only');
  await expectNoSeriousA11yProblems(page, 'settings: a backup made');
});
