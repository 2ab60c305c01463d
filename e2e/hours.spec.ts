import type { Page } from '@playwright/test';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';
import { HoursPage, MyHoursPage, planAndPublish, staffIds } from './pages/HoursPage.ts';

// Approving and certifying hours as supervisors and managers do. The sample café is set up in
// June so its own sample rota stays out of the weeks these tests plan.

async function clockFromPage(page: Page, method: 'attendance.clockIn' | 'attendance.clockOut', staffId: string | undefined, pin: string): Promise<void> {
  const r = await callFromPage(page, method, { credential: { staffId, pin } });
  expect(r.ok, `${method}: ${r.error?.message ?? ''}`).toBe(true);
}

async function home(page: Page): Promise<void> {
  await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
}

test('a supervisor cannot approve their own hours; records an absence kindly; confirms an unplanned shift; a manager approves the supervisor and certifies, then reopens with a reason', async ({ page, apron }) => {
  test.setTimeout(120_000);
  await apron.setClock('2030-06-03T10:00:00Z', true);
  const login = await startWithSampleCafe(page);
  const homePage = new HomePage(page);
  const hours = new HoursPage(page);
  await apron.setClock('2030-11-04T10:00:00Z', true);

  await login.loginWithPin('Sam Supervisor', '2222');
  await homePage.expectFor('Sam Supervisor', 'Supervisor');
  await planAndPublish(page, callFromPage, '2030-11-04', [
    { date: '2030-11-05', start: '09:00', end: '13:00', station: 'station-front', person: 'Sam Supervisor' },
    { date: '2030-11-05', start: '09:00', end: '13:00', station: 'station-kitchen', person: 'Jordan Trainee' },
  ]);
  await homePage.logOut();
  const ids = await staffIds(page, callFromPage);

  // Tuesday: Sam works his shift to the minute; Priya comes in unplanned from 10:00 to 12:00; Jordan is not in.
  await apron.setClock('2030-11-05T09:00:00Z', true);
  await clockFromPage(page, 'attendance.clockIn', ids['Sam Supervisor'], '2222');
  await apron.setClock('2030-11-05T10:00:00Z', true);
  await clockFromPage(page, 'attendance.clockIn', ids['Priya Trainee'], '4444');
  await apron.setClock('2030-11-05T12:00:00Z', true);
  await clockFromPage(page, 'attendance.clockOut', ids['Priya Trainee'], '4444');
  await apron.setClock('2030-11-05T13:00:00Z', true);
  await clockFromPage(page, 'attendance.clockOut', ids['Sam Supervisor'], '2222');

  await apron.setClock('2030-11-05T15:00:00Z', true);
  await login.loginWithPin('Sam Supervisor', '2222');
  await homePage.expectFor('Sam Supervisor', 'Supervisor');
  await hours.open();
  await hours.showDay('2030-11-05', 'Tuesday 5 November 2030');
  await expect(hours.waiting).toHaveText('3 shifts to approve.');
  await expect(hours.row('Jordan Trainee')).toContainText('Not clocked in');
  await expect(hours.row('Priya Trainee')).toContainText('Not planned: confirm it with a station');
  await expect(hours.tick('Sam Supervisor')).toBeChecked();

  await test.step('his own shift, ticked with the others, is refused', async () => {
    await hours.approveTicked();
    await expect(hours.bulkProblem).toHaveText('Sam Supervisor, you cannot approve your own hours: ask another supervisor or a manager.');
    await expectNoSeriousA11yProblems(page, 'hours: own hours refused');
    await hours.edit('Sam Supervisor');
    await expect(hours.editor).toContainText('These are your own hours: another supervisor or a manager approves them.');
    await hours.save();
    await expect(hours.editor.locator('#approve-problem')).toHaveText('Sam Supervisor, you cannot approve your own hours: ask another supervisor or a manager.');
    await hours.editor.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('Jordan’s absence, with the reason and whether it was acceptable', async () => {
    await hours.edit('Jordan Trainee');
    await hours.attendance('Absent');
    await expect(hours.field('Started')).toHaveCount(0);
    await hours.save();
    await expect(hours.errorBeside('approve-reason')).toContainText('Say why they were absent: it is kept to support them, never as discipline.');
    await hours.field('Reason').fill('Hospital appointment, rang in the day before');
    await hours.save();
    await expect(hours.errorBeside('approve-acceptable')).toHaveText(/Say whether the reason for the absence is acceptable\./);
    await expectNoSeriousA11yProblems(page, 'hours: an absence with a problem');
    await hours.editor.getByRole('radio', { name: 'Yes, acceptable' }).check();
    await hours.save();
    await expect(hours.notice('Recorded Jordan Trainee as absent: no hours counted.')).toBeVisible();
    await expect(hours.row('Jordan Trainee')).toContainText('Absent: Hospital appointment, rang in the day before (acceptable)');
  });

  await test.step('Priya’s unplanned shift confirmed at the till, then approved as clocked', async () => {
    await hours.edit('Priya Trainee');
    await hours.editor.getByLabel('Station they worked').selectOption({ label: 'Till' });
    await expectNoSeriousA11yProblems(page, 'hours: confirm an unplanned shift');
    await hours.editor.getByRole('button', { name: 'Confirm the shift' }).click();
    await expect(hours.notice('Confirmed Priya Trainee’s shift on Till. Now approve its hours.')).toBeVisible();
    await hours.edit('Priya Trainee');
    await expect(hours.editor.getByRole('radio', { name: 'Attended' })).toBeChecked();
    await expect(hours.field('Started')).toHaveValue('10:00');
    await expect(hours.field('Finished')).toHaveValue('12:00');
    await hours.save();
    await expect(hours.notice('Approved Priya Trainee’s shift: 2 hours counted.')).toBeVisible();
    await expect(hours.waiting).toHaveText('1 shift to approve.');
    await expectNoSeriousA11yProblems(page, 'hours: the day after approving');
  });

  await home(page);
  await homePage.logOut();
  await login.loginWithPin('Maya Manager', '1111');
  await homePage.expectFor('Maya Manager', 'Manager');
  await hours.open();
  await hours.showDay('2030-11-05', 'Tuesday 5 November 2030');

  await test.step('Maya approves Sam’s shift as planned', async () => {
    await expect(hours.tick('Sam Supervisor')).toBeChecked();
    await hours.approveTicked();
    await expect(hours.notice('Approved 1 shift as planned: 4 hours counted.')).toBeVisible();
    await expect(hours.waiting).toHaveText('Every shift of this day is settled.');
  });

  await test.step('Maya certifies Priya’s week, then reopens it with a reason', async () => {
    await hours.certifyPeriod('Week (Monday to Sunday)', '2030-11-05', 'Priya Trainee');
    await expect(hours.certify.locator('.certify-preview')).toHaveText('This certifies 2 hours of approved hours for Priya Trainee, Monday 4 November 2030 to Sunday 10 November 2030.');
    await hours.certify.getByRole('button', { name: 'Certify the week of Monday 4 November 2030' }).click();
    await expect(hours.notice('Certified the week of Monday 4 November 2030 for Priya Trainee: 2 hours. These hours are locked now.')).toBeVisible();
    await expect(hours.row('Priya Trainee')).toContainText('Certified: locked');
    await expect(hours.row('Sam Supervisor')).not.toContainText('Certified');

    // The same again is refused beside the date.
    await hours.certify.getByRole('button', { name: 'Certify the week of Monday 4 November 2030' }).click();
    await expect(hours.errorBeside('certify-date')).toContainText('are already certified for Priya Trainee');

    const cert = hours.certification('the week of Monday 4 November 2030', 'Priya Trainee');
    await expect(cert).toContainText('Locked');
    await cert.getByRole('button', { name: /^Reopen/ }).click();
    await page.getByRole('button', { name: 'Reopen these hours' }).click();
    await expect(hours.errorBeside('reopen-reason')).toContainText('Enter the reason.');
    await expectNoSeriousA11yProblems(page, 'hours: reopen without a reason');
    await page.getByLabel('Why reopen these hours?').fill('Priya stayed to help close up: her finish time needs changing.');
    await page.getByRole('button', { name: 'Reopen these hours' }).click();
    await expect(hours.notice('Reopened the week of Monday 4 November 2030 for Priya Trainee: the hours can change again.')).toBeVisible();
    await expect(cert).toContainText('Reopened by Maya Manager: Priya stayed to help close up');
    await expect(hours.row('Priya Trainee')).not.toContainText('Certified');

    await hours.edit('Priya Trainee');
    await hours.field('Finished').fill('12:30');
    await hours.field('Reason').fill('Stayed to help close up');
    await hours.save();
    await expect(hours.notice('Approved Priya Trainee’s shift: 2 hours 30 minutes counted.')).toBeVisible();
  });
});

test('a night shift across the October clock change is credited its real nine hours', async ({ page, apron }) => {
  await apron.setClock('2030-06-03T10:00:00Z', true);
  const login = await startWithSampleCafe(page);
  const homePage = new HomePage(page);
  await apron.setClock('2030-10-21T10:00:00Z', true);
  await login.loginWithPin('Sam Supervisor', '2222');
  await homePage.expectFor('Sam Supervisor', 'Supervisor');
  await planAndPublish(page, callFromPage, '2030-10-21', [{ date: '2030-10-26', start: '22:00', end: '06:00', endsNextDay: true, station: 'station-kitchen', person: 'Tom Trainee' }]);
  await homePage.logOut();
  const ids = await staffIds(page, callFromPage);

  // 22:00 British Summer Time is 21:00 UTC; the clocks go back at 02:00; 06:00 is GMT.
  await apron.setClock('2030-10-26T21:00:00Z', true);
  await clockFromPage(page, 'attendance.clockIn', ids['Tom Trainee'], '3333');
  await apron.setClock('2030-10-27T06:00:00Z', true);
  await clockFromPage(page, 'attendance.clockOut', ids['Tom Trainee'], '3333');

  await apron.setClock('2030-10-27T09:00:00Z', true);
  await login.loginWithPin('Sam Supervisor', '2222');
  await homePage.expectFor('Sam Supervisor', 'Supervisor');
  const hours = new HoursPage(page);
  await hours.open();
  await hours.showDay('2030-10-26', 'Saturday 26 October 2030');
  const tom = hours.row('Tom Trainee');
  // Cells after the tick box: station, planned, clocked.
  await expect(tom.getByRole('cell').nth(2)).toHaveText('22:00–06:00 next day');
  await expect(tom.getByRole('cell').nth(3)).toHaveText('22:00–06:00 next day');
  await expect(tom).toContainText('9 hours (as planned)');
  await hours.approveTicked();
  await expect(hours.notice('Approved 1 shift as planned: 9 hours counted.')).toBeVisible();
});

test('a trainee cannot open the Hours screen, and the core refuses its calls', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Tom Trainee', '3333');
  // the home first: a route typed while the log-in is still landing would be overtaken by it
  await new HomePage(page).expectFor('Tom Trainee', 'Trainee');
  await expect(page.locator('.home-tiles').getByRole('link', { name: /^Hours/ })).toHaveCount(0);
  await page.goto('/#/hours');
  await expect(page.getByText('Hours is only for supervisors or managers.')).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'hours refused to a trainee');
  const r = await callFromPage(page, 'hours.day', { day: '2030-10-29' });
  expect(r.error?.code).toBe('forbidden');
  await page.goto('/#/');
  await new MyHoursPage(page).open();
});
