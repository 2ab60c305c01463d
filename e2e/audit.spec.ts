import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { AuditPage } from './pages/AuditPage.ts';
import { HomePage } from './pages/HomePage.ts';

test('the audit log shows who did what and when in UK time, and filters by person and by action', async ({ page, apron }) => {
  // A summer afternoon: the log shows British Summer Time, an hour ahead of UTC.
  await apron.setClock('2026-07-14T13:05:00.000Z');
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);

  await login.loginWithPin('Tom Trainee', '3333');
  await home.logOut();
  await login.choose('Priya Trainee');
  await login.tapPin('0000');
  await login.pressOk();
  await expect(login.pinProblem).toBeVisible();
  await login.chooseSomeoneElse();
  await login.loginWithPin('Maya Manager', '1111');
  await home.open('Audit log');

  const audit = new AuditPage(page);
  await audit.expectShown();
  await expectNoSeriousA11yProblems(page, 'audit log');
  await expect(audit.entry('Tom Trainee', 'Logged in with a PIN', 'Done')).toContainText('14 Jul 2026, 14:05');
  // Nobody was logged in when Priya's PIN was wrong; the entry says who it was about.
  const wrongPin = audit.entry('Nobody logged in', 'Logged in with a PIN', 'Failed');
  await expect(wrongPin).toContainText('That PIN is not right');
  await expect(wrongPin).toContainText('About Priya Trainee.');
  await expect(audit.entry('Nobody logged in', 'Loaded the sample café', 'Done')).toHaveCount(1);

  await audit.filterByPerson('Tom Trainee');
  await expect(audit.rows).toHaveCount(2);
  await expect(audit.column(2)).toHaveText(['Tom Trainee', 'Tom Trainee']);
  await expect(audit.column(3)).toHaveText(['Logged out', 'Logged in with a PIN']);

  await audit.filterByPerson('Everyone');
  await audit.filterByAction('Logged in with a PIN');
  await expect(audit.column(2)).toHaveText(['Maya Manager', 'Nobody logged in', 'Tom Trainee']);
  await expect(audit.column(4)).toHaveText(['Done', 'Failed', 'Done']);

  await audit.filterByPerson('Maya Manager');
  await expect(audit.column(2)).toHaveText(['Maya Manager']);
  await audit.filterByAction('Logged out');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
});

test('older entries load a page at a time', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Maya Manager', '1111');
  await home.expectFor('Maya Manager', 'Manager');
  // Sixty saved settings: more than one page of the log.
  for (let i = 0; i < 60; i += 1) {
    const r = await callFromPage(page, 'settings.update', { idleLockSeconds: 120 + (i % 2) * 60 });
    expect(r.ok).toBe(true);
  }
  await home.open('Audit log');
  const audit = new AuditPage(page);
  await audit.expectShown();
  await expect(audit.rows).toHaveCount(50);
  await audit.olderEntries.click();
  // 60 settings changes, the sample café and Maya's login.
  await expect(audit.rows).toHaveCount(62);
  await expect(audit.olderEntries).toHaveCount(0);
  await expect(audit.rows.last()).toContainText('Loaded the sample café');
});
