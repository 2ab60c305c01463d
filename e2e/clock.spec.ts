import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { keyboardScan } from './keyboardScanner.ts';
import { ClockPage } from './pages/ClockPage.ts';
import { LoginPage } from './pages/LoginPage.ts';

// Clocking in and out at the counter, when things do not go to plan: twice, out before in,
// a badge before saying what for, a product barcode, a wrong PIN. The sample café is set up
// in June and the tests run in November, so no shift is planned: clock-ins are unplanned.

test.beforeEach(async ({ apron }) => {
  await apron.setClock('2030-06-03T10:00:00Z', true);
});

test('clocking in twice and clocking out without clocking in say so plainly; the log-in comes back by itself', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  await apron.setClock('2030-11-12T08:55:00Z', true);
  const clock = new ClockPage(page);

  await clock.withPin('Clock in', 'Tom Trainee', '3333');
  await clock.expectDone("Welcome, Tom. You're clocked in. There was no shift planned for you now, so a supervisor will confirm it.");
  await clock.finish();

  // Again, with the badge typed into the box.
  await apron.setClock('2030-11-12T09:05:00Z', true);
  await clock.open();
  await clock.choose('Clock in');
  await clock.typeBadge('APRON-TOM-0003');
  await clock.expectRefused('Tom, you are already clocked in, since 08:55. To finish, clock out.');
  await expectNoSeriousA11yProblems(page, 'clocking in twice');
  await page.getByRole('button', { name: 'Choose something else' }).click();
  await expect(clock.heading).toBeVisible();
  await page.getByRole('button', { name: 'Back to log in' }).click();
  await login.expectShown();

  await clock.withPin('Clock out', 'Priya Trainee', '4444');
  await clock.expectRefused('Priya, you are not clocked in, so you cannot clock out. Clock in first.');
  await clock.finish();

  await clock.withPin('End break', 'Tom Trainee', '3333');
  await clock.expectRefused('Tom, you are not on a break.');
  await clock.finish();

  // Nobody taps Done: the log-in screen comes back for the next person after a few seconds.
  await clock.withPin('Start break', 'Tom Trainee', '3333');
  await clock.expectDone('Enjoy your break, Tom. Started at 09:05.');
  await expect(login.heading).toBeVisible({ timeout: 15_000 });
});

test('a badge scanned before choosing asks what for and logs nobody in; a product barcode is not a badge; an unknown badge is refused', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  await apron.setClock('2030-11-12T08:55:00Z', true);
  await login.waitForScanner();
  const clock = new ClockPage(page);

  await clock.open();
  await apron.scanBadge('APRON-TOM-0003');
  await expect(clock.chooseProblem).toHaveText('First choose what you are doing (clock in, a break, or clock out), then scan your badge.');
  await expect(clock.heading).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'clock: a badge before choosing');

  await clock.choose('Clock in');
  await keyboardScan(page, '5012345000046');
  await expect(clock.badgeProblem).toHaveText('That is a product barcode, not a staff badge: scan your badge.');
  await clock.typeBadge('APRON-NOBODY-9999');
  await expect(clock.badgeProblem).toHaveText('That badge is not known to Apron. Use your PIN, or ask a manager to add the badge.');
  await expectNoSeriousA11yProblems(page, 'clock: an unknown badge');

  await page.waitForTimeout(900); // the hub drops the same code again within 800 ms as a double read
  await keyboardScan(page, 'APRON-JORDAN-0005');
  await clock.expectDone("Welcome, Jordan. You're clocked in. There was no shift planned for you now, so a supervisor will confirm it.");
  await clock.finish();
  // Back at the log-in, a badge logs in again as before.
  await page.waitForTimeout(900);
  await keyboardScan(page, 'APRON-JORDAN-0005');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Jordan' })).toBeVisible();
});

test('wrong PINs on the clock’s pad count as at log-in and pause the person; after the wait the right PIN clocks in', async ({ page, apron }) => {
  await startWithSampleCafe(page);
  await apron.setClock('2030-11-12T08:55:00Z', true);
  const clock = new ClockPage(page);
  await clock.open();
  await clock.choose('Clock in');
  await clock.chooseName('Jordan Trainee');

  await clock.tapPin('9999');
  await expect(clock.pinProblem).toHaveText('That PIN is not right. Please try again (2 more tries before a short pause).');
  await expectNoSeriousA11yProblems(page, 'clock: a wrong PIN');
  await clock.tapPin('9998');
  await clock.tapPin('9997');
  await expect(clock.pinProblem).toContainText('Jordan Trainee can try again in 30 seconds');
  await clock.tapPin('5555');
  await expect(clock.pinProblem).toContainText('Too many wrong PINs. Jordan Trainee can try again in');

  await apron.advanceClock(31_000);
  await clock.tapPin('5555');
  await clock.expectDone("Welcome, Jordan. You're clocked in. There was no shift planned for you now, so a supervisor will confirm it.");
  await clock.finish();
  await new LoginPage(page).expectShown();
});
