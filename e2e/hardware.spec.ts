import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { HardwarePage } from './pages/HardwarePage.ts';
import { HomePage } from './pages/HomePage.ts';

test('the Hardware screen is for managers, from a tile on their home', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Maya Manager', '1111');
  const hardware = new HardwarePage(page);
  await hardware.open();
  await expectNoSeriousA11yProblems(page, 'hardware');
  await new HomePage(page).logOut();
  await login.loginWithPin('Sam Supervisor', '2222');
  // the home first: a route typed while the log-in is still landing would be overtaken by it
  await new HomePage(page).expectFor('Sam Supervisor', 'Supervisor');
  await expect(new HomePage(page).tile('Hardware')).toHaveCount(0);
  await page.goto('/#/hardware');
  await expect(page.getByRole('heading', { level: 1, name: 'Hardware' })).toHaveCount(0);
});
