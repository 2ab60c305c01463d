import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { ourCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';
import { SkillsPage } from './pages/SkillsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { SetupPage } from './pages/SetupPage.ts';

test('first run: a manager sets up the café, the screen points at each mistake, then the manager logs in', async ({ page }) => {
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.expectShown();
  await expectNoSeriousA11yProblems(page, 'set-up');

  // Nothing filled in: the first thing to fix is named beside its box.
  await setup.submit();
  await expect(setup.field('Café name')).toHaveAccessibleDescription(/Enter the café name\./);
  await expect(setup.field('Café name')).toBeFocused();
  await expectNoSeriousA11yProblems(page, 'set-up with a mistake');

  // Two different PINs.
  await setup.fill({ ...ourCafe, pinAgain: '246811' });
  await setup.submit();
  await expect(setup.field('PIN again')).toHaveAccessibleDescription(/The two PINs are not the same/);
  await expect(setup.field('Café name')).not.toHaveAccessibleDescription(/Enter the café name/);

  // Letters in the PIN: the core's own message, beside the PIN box.
  await setup.fill({ ...ourCafe, pin: '12ab', pinAgain: '12ab' });
  await setup.submit();
  await expect(setup.field('PIN')).toHaveAccessibleDescription(/A PIN is 4 to 8 numbers, with no letters or spaces\./);

  // A VAT number that is not one.
  await setup.fill({ ...ourCafe, vatNumber: 'GB12' });
  await setup.submit();
  await expect(setup.field('VAT number (optional)')).toHaveAccessibleDescription(/A UK VAT number is GB then 9 numbers/);

  await setup.fill(ourCafe);
  await setup.submit();

  const login = new LoginPage(page);
  await login.expectShown();
  await expect(page.getByText(ourCafe.cafeName)).toBeVisible();
  await expect(login.sampleNote).toHaveCount(0);
  await expectNoSeriousA11yProblems(page, 'login');

  await login.choose(ourCafe.managerName);
  await expectNoSeriousA11yProblems(page, 'PIN pad');
  await login.tapPin(ourCafe.pin);
  await login.pressOk();

  const home = new HomePage(page);
  await home.expectFor(ourCafe.managerName, 'Manager');
  await expect(home.tile('Staff')).toBeEnabled();
  await expect(home.tile('Audit log')).toBeVisible();
  await expect(home.tile('Café settings')).toBeVisible();
  await expect(home.tile('Catalogue')).toBeEnabled();
  await expect(home.tile('Reports')).toBeEnabled();
  for (const tile of ['Skills framework', 'Trainees', 'Evidence']) await expect(home.tiles.getByRole('link', { name: new RegExp(`^${tile}`) })).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'manager home');

  // The session survives a reload; the set-up screen never comes back.
  await page.reload();
  await home.expectFor(ourCafe.managerName, 'Manager');
});

test('the sample café shows its PINs on the login screen, and each sample person can log in', async ({ page }) => {
  await page.goto('/');
  await new SetupPage(page).trySample();
  const login = new LoginPage(page);
  await login.expectShown();
  await expect(page.getByText('Back Yard Café (sample)')).toBeVisible();
  await expect(login.sampleNote).toContainText('Maya Manager (manager): 1111');
  await expect(login.sampleNote).toContainText('Sam Supervisor (supervisor): 2222');
  await expect(login.sampleNote).toContainText('Tom Trainee (trainee): 3333');
  await expectNoSeriousA11yProblems(page, 'sample login');

  const home = new HomePage(page);
  await login.loginWithPin('Maya Manager', '1111');
  await home.expectFor('Maya Manager', 'Manager');
  await home.logOut();

  await login.loginWithPin('Sam Supervisor', '2222');
  await home.expectFor('Sam Supervisor', 'Supervisor');
  await expect(home.tile('Staff list')).toBeVisible();
  await expect(home.tiles.getByRole('link', { name: /^Till/ })).toBeVisible();
  await expect(home.tiles.getByRole('link', { name: /^Skills sign-off/ })).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'supervisor home');
  await home.logOut();

  await login.loginWithPin('Tom Trainee', '3333');
  await home.expectFor('Tom Trainee', 'Trainee');
  await expect(home.tiles.getByRole('link', { name: /^My skills/ })).toBeVisible();
  await expect(home.tiles.getByRole('link', { name: /^My progress/ })).toBeVisible();
  await expect(home.tiles.getByRole('link')).toHaveCount(7);
  await expectNoSeriousA11yProblems(page, 'trainee home');
});

test('the PIN pad works from the keyboard: digits, Backspace and Enter', async ({ page }) => {
  await page.goto('/');
  await new SetupPage(page).trySample();
  const login = new LoginPage(page);
  await login.choose('Priya Trainee');
  await page.keyboard.type('449');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.pin-dots')).toContainText('2 numbers entered');
  await page.keyboard.type('44');
  await page.keyboard.press('Enter');
  await new HomePage(page).expectFor('Priya Trainee', 'Trainee');
});

test('the sample café can come with made-up trainee records: Tom is signed off for the till and Jordan’s hygiene waits for a second signer', async ({ page }) => {
  await page.goto('/');
  await new SetupPage(page).trySample({ trainingRecords: true });
  const login = new LoginPage(page);
  await login.expectShown();
  await login.loginWithPin('Sam Supervisor', '2222');
  const home = new HomePage(page);
  await home.expectFor('Sam Supervisor', 'Supervisor');
  const skills = new SkillsPage(page);
  await skills.open();
  await expect(await skills.cell('Tom Trainee', 'TC2')).toContainText('Signed off');
  await expect(await skills.cell('Jordan Trainee', 'FS1')).toContainText(/second signer/i);
  await expectNoSeriousA11yProblems(page, 'sample skills matrix');
});
