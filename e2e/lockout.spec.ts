import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';
import { StaffPage } from './pages/StaffPage.ts';

test('three wrong PINs pause the person, saying for how long; after the wait the right PIN works', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  await login.choose('Tom Trainee');

  await login.tapPin('9999');
  await login.pressOk();
  await expect(login.pinProblem).toHaveText('That PIN is not right. Please try again (2 more tries before a short pause).');
  await expectNoSeriousA11yProblems(page, 'PIN pad with a wrong PIN');

  await login.tapPin('9998');
  await login.pressOk();
  await expect(login.pinProblem).toHaveText('That PIN is not right. Please try again (1 more try before a short pause).');

  await login.tapPin('9997');
  await login.pressOk();
  await expect(login.pinProblem).toContainText('Tom Trainee can try again in 30 seconds');

  // Even the right PIN waits until the pause is over.
  await login.tapPin('3333');
  await login.pressOk();
  await expect(login.pinProblem).toContainText('Too many wrong PINs. Tom Trainee can try again in');

  await apron.advanceClock(31_000);
  await login.tapPin('3333');
  await login.pressOk();
  await new HomePage(page).expectFor('Tom Trainee', 'Trainee');
});

test('a supervisor lets a locked-out trainee try again at once', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.choose('Priya Trainee');
  for (const wrong of ['1000', '1001', '1002']) {
    await login.tapPin(wrong);
    await login.pressOk();
  }
  await expect(login.pinProblem).toContainText('can try again in 30 seconds');
  await login.chooseSomeoneElse();

  const home = new HomePage(page);
  await login.loginWithPin('Sam Supervisor', '2222');
  await home.open('Staff list');
  const staff = new StaffPage(page);
  await expect(staff.row('Priya Trainee')).toContainText('Locked out until');
  await expectNoSeriousA11yProblems(page, 'staff list with a locked-out person');
  await staff.row('Priya Trainee').getByRole('button', { name: /Let them try again/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Priya Trainee can try their PIN again now.' })).toBeVisible();
  await expect(staff.row('Priya Trainee')).not.toContainText('Locked out');
  await home.logOut();

  await login.loginWithPin('Priya Trainee', '4444');
  await home.expectFor('Priya Trainee', 'Trainee');
});
