import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';

const PAST_IDLE_LOCK_MS = 2 * 60_000 + 1_000;

test('after two minutes with nobody using the till, the next tap shows the login screen saying why', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Maya Manager', '1111');
  await home.expectFor('Maya Manager', 'Manager');

  await apron.advanceClock(PAST_IDLE_LOCK_MS);
  await home.open('Staff');

  await login.expectShown();
  await expect(login.idleMessage).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'login after the idle lock');

  // Logging in again clears the message.
  await login.loginWithPin('Maya Manager', '1111');
  await home.expectFor('Maya Manager', 'Manager');
  await expect(login.idleMessage).toHaveCount(0);
});

test('left alone, the screen locks itself without anyone touching it', async ({ page, apron }) => {
  await page.clock.install();
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Tom Trainee', '3333');
  await home.expectFor('Tom Trainee', 'Trainee');

  await apron.advanceClock(PAST_IDLE_LOCK_MS);
  await page.clock.fastForward(PAST_IDLE_LOCK_MS);

  await login.expectShown();
  await expect(login.idleMessage).toBeVisible();
  await page.reload();
  await expect(login.idleMessage).toBeVisible();
});

test('someone still using the till is not locked out', async ({ page, apron }) => {
  await page.clock.install();
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Maya Manager', '1111');
  await home.expectFor('Maya Manager', 'Manager');

  // 90 seconds in, Maya taps the screen: the screen tells Apron she is still here.
  await apron.advanceClock(90_000);
  await page.clock.fastForward(90_000);
  const stillHere = page.waitForRequest((r) => r.url().endsWith('/api/call') && (r.postData() ?? '').includes('auth.stillHere'));
  await page.getByRole('heading', { level: 1 }).click();
  await stillHere;

  // Three minutes after logging in, but only 90 seconds after that tap.
  await apron.advanceClock(90_000);
  await page.clock.fastForward(90_000);
  await home.open('Staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await expect(login.idleMessage).toHaveCount(0);
});
