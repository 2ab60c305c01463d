import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { keyboardScan } from './keyboardScanner.ts';
import { ClockPage } from './pages/ClockPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { HoursPage, MyHoursPage, planAndPublish } from './pages/HoursPage.ts';
import { MyShiftsPage } from './pages/MyShiftsPage.ts';
import { TillPage } from './pages/TillPage.ts';
import { openTheTill } from './pages/TillSetup.ts';

// A placement week as the café lives it: the rota is published, a trainee clocks in late
// at the counter, takes a break, serves, forgets to clock out; the supervisor puts it right
// and approves the day; the manager certifies the month; the trainee sees their hours.
// After 27 October 2030 the café's clock is GMT, so café times and UTC are the same. The
// sample café is set up in June, so its own sample rota stays out of October.

const CRISPS = '5012345000046';

/** "27 hours 25 minutes", as the screen says a total of many hours and some minutes. */
function hoursAndMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)} hours ${minutes % 60} minutes`;
}

test('the placement week: late by badge, a break, a sale on the shift, a forgotten clock-out put right, the month certified, the trainee’s hours are right', async ({ page, apron }) => {
  test.setTimeout(150_000);
  await apron.setClock('2030-06-03T10:00:00Z', true);
  const login = await startWithSampleCafe(page);
  await apron.setClock('2030-10-24T10:00:00Z', true);
  const home = new HomePage(page);
  const clock = new ClockPage(page);
  // Tom's hours from the sample café's past weeks, before this one.
  let hoursBefore = 0;

  await test.step('Sam Supervisor plans and publishes next week', async () => {
    await login.loginWithPin('Sam Supervisor', '2222');
    await home.expectFor('Sam Supervisor', 'Supervisor');
    await planAndPublish(page, callFromPage, '2030-10-28', [
      { date: '2030-10-29', start: '09:00', end: '13:00', station: 'station-till', person: 'Tom Trainee' },
      { date: '2030-10-29', start: '09:00', end: '13:00', station: 'station-barista', person: 'Priya Trainee' },
      { date: '2030-11-01', start: '10:00', end: '14:00', station: 'station-kitchen', person: 'Jordan Trainee' },
    ]);
    await home.logOut();
  });

  await test.step('Priya clocks in on time with her PIN; Tom badges in 20 minutes late', async () => {
    await apron.setClock('2030-10-29T08:50:00Z', true);
    await openTheTill(apron.url);
    await apron.setClock('2030-10-29T08:58:00Z', true);
    await clock.open();
    await expectNoSeriousA11yProblems(page, 'clock in or out: the choice');
    await clock.choose('Clock in');
    await expectNoSeriousA11yProblems(page, 'clock in: who are you');
    await clock.chooseName('Priya Trainee');
    await expectNoSeriousA11yProblems(page, 'clock in: PIN pad');
    await clock.tapPin('4444');
    await clock.expectDone("Welcome, Priya. You're clocked in for Barista, 09:00 to 13:00.");
    await expectNoSeriousA11yProblems(page, 'clocked in');
    await clock.finish();

    await apron.setClock('2030-10-29T09:20:00Z', true);
    await login.waitForScanner();
    await clock.open();
    await clock.choose('Clock in');
    await apron.scanBadge('APRON-TOM-0003');
    await clock.expectDone("Welcome, Tom. You're clocked in for Till, 09:00 to 13:00.");
    await clock.finish();
  });

  await test.step('Tom starts and ends a break with his badge on the counter’s scanner', async () => {
    await apron.setClock('2030-10-29T11:00:00Z', true);
    await clock.open();
    await clock.choose('Start break');
    // The same code again within 800 ms would be dropped as a double read.
    await page.waitForTimeout(900);
    await keyboardScan(page, 'APRON-TOM-0003');
    await clock.expectDone('Enjoy your break, Tom. Started at 11:00.');
    await clock.finish();

    await apron.setClock('2030-10-29T11:15:00Z', true);
    await clock.open();
    await clock.choose('End break');
    await page.waitForTimeout(900);
    await keyboardScan(page, 'APRON-TOM-0003');
    await clock.expectDone('Welcome back, Tom. Break ended at 11:15.');
    await clock.finish();
  });

  await test.step('Tom logs in and sells a bag of crisps: the sale belongs to his shift', async () => {
    await apron.setClock('2030-10-29T11:20:00Z', true);
    await login.loginWithPin('Tom Trainee', '3333');
    await home.expectFor('Tom Trainee', 'Trainee');
    const till = new TillPage(page);
    await till.open();
    await till.wedgeScan(CRISPS);
    await till.expectLines(['1 × Crisps (ready salted)']);
    await till.pay();
    await till.payment.getByRole('button', { name: /^Exact/ }).click();
    await till.completeSale();
    await expect(page.getByRole('heading', { level: 1, name: 'Sale complete' })).toBeVisible();

    const before = await callFromPage(page, 'hours.mine', {});
    hoursBefore = (before.value as { totalCreditedMinutes: number }).totalCreditedMinutes;
    const mine = await callFromPage(page, 'rota.myShifts', {});
    const shiftId = (mine.value as { clockedIn: { shift: { id: string } } | null }).clockedIn?.shift.id;
    expect(shiftId).toBeTruthy();
    const found = await callFromPage(page, 'sales.find', {});
    const saleId = (found.value as { sales: { id: string }[] }).sales[0]?.id;
    const sale = await callFromPage(page, 'sales.get', { saleId });
    expect((sale.value as { shiftId: string | null }).shiftId).toBe(shiftId);
    await till.nextCustomer();
    await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
    await home.logOut();
  });

  await test.step('Priya clocks out at 13:03; Tom goes home without clocking out', async () => {
    await apron.setClock('2030-10-29T13:03:00Z', true);
    await clock.withPin('Clock out', 'Priya Trainee', '4444');
    await clock.expectDone("Thank you, Priya. You're clocked out at 13:03.");
    await clock.finish();
  });

  const hours = new HoursPage(page);
  await test.step('next morning Sam sees the forgotten clock-out and the lateness, approves Priya’s shift as planned', async () => {
    await apron.setClock('2030-10-30T09:00:00Z', true);
    await login.loginWithPin('Sam Supervisor', '2222');
    await home.expectFor('Sam Supervisor', 'Supervisor');
    await hours.open();
    await hours.showDay('2030-10-29', 'Tuesday 29 October 2030');
    await expect(hours.waiting).toHaveText('2 shifts to approve.');
    const tom = hours.row('Tom Trainee');
    await expect(tom).toContainText('Forgot to clock out');
    await expect(tom).toContainText('Late by 20 minutes');
    await expect(tom).toContainText('09:20 – no clock-out');
    await expect(tom).toContainText('15 minutes');
    await expect(hours.tick('Tom Trainee')).toHaveCount(0);
    await expect(hours.tick('Priya Trainee')).toBeChecked();
    await expect(hours.row('Priya Trainee')).toContainText('4 hours (as planned)');
    await expectNoSeriousA11yProblems(page, 'hours: a day to approve');

    await hours.approveTicked();
    await expect(hours.notice('Approved 1 shift as planned: 4 hours counted.')).toBeVisible();
    await expect(hours.row('Priya Trainee')).toContainText('by Sam Supervisor');
  });

  await test.step('Sam puts Tom’s finish time right with a reason and marks him late, kindly', async () => {
    await hours.edit('Tom Trainee');
    await expect(hours.editor.getByRole('radio', { name: 'Late' })).toBeChecked();
    await expect(hours.field('Started')).toHaveValue('09:20');
    await expect(hours.field('Finished')).toHaveValue('');
    await expect(hours.field('Minutes late')).toHaveValue('20');
    await expect(hours.field('Unpaid break (minutes)')).toHaveValue('15');
    await hours.save();
    await expect(hours.errorBeside('approve-end')).toContainText('Enter the time they finished: they did not clock out.');
    await expectNoSeriousA11yProblems(page, 'hours: a shift with a problem beside a box');

    await hours.field('Finished').fill('13:00');
    await hours.save();
    await expect(hours.errorBeside('approve-reason')).toContainText('Say why the times differ from the clock');
    await hours.field('Reason').fill('Forgot to clock out, left at 13:00. The bus was late.');
    await hours.save();
    await expect(hours.notice('Approved Tom Trainee’s shift: 3 hours 25 minutes counted.')).toBeVisible();
    await expect(hours.waiting).toHaveText('Every shift of this day is settled.');
    await expect(hours.row('Tom Trainee')).toContainText('3 hours 25 minutes');
    await expect(hours.row('Tom Trainee')).toContainText('Late by 20 minutes: Forgot to clock out, left at 13:00. The bus was late.');
    await expectNoSeriousA11yProblems(page, 'hours: the day approved');
    await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
    await home.logOut();
  });

  await test.step('Maya Manager certifies October for everyone; a certified day cannot change', async () => {
    await apron.setClock('2030-10-31T17:00:00Z', true);
    await login.loginWithPin('Maya Manager', '1111');
    await home.expectFor('Maya Manager', 'Manager');
    await hours.open();
    await hours.showDay('2030-10-29', 'Tuesday 29 October 2030');
    await hours.certifyPeriod('Month', '2030-10-29', 'Everyone');
    await expect(hours.certify.locator('.certify-preview')).toHaveText(
      'This certifies 7 hours 25 minutes of approved hours for everyone, Tuesday 1 October 2030 to Thursday 31 October 2030.',
    );
    await expectNoSeriousA11yProblems(page, 'hours: certify a month');
    await hours.certify.getByRole('button', { name: 'Certify October 2030' }).click();
    await expect(hours.notice('Certified October 2030 for everyone: 7 hours 25 minutes. These hours are locked now.')).toBeVisible();
    await expect(hours.certification('October 2030', 'Everyone')).toContainText('Locked');
    await expect(hours.row('Tom Trainee')).toContainText('Certified: locked');

    await hours.edit('Tom Trainee');
    await expect(hours.editor).toContainText('These hours are certified. A manager must reopen them before they can change.');
    await hours.field('Finished').fill('13:30');
    await hours.save();
    await expect(hours.editor.locator('#approve-problem')).toContainText('are certified, so they cannot change. A manager can reopen them with a reason.');
    await expectNoSeriousA11yProblems(page, 'hours: a certified shift refused');
    await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
    await home.logOut();
  });

  await test.step('Tom’s hours: 3 hours 25 minutes this week, this month and in all', async () => {
    await apron.setClock('2030-10-31T17:30:00Z', true);
    await login.loginWithPin('Tom Trainee', '3333');
    const mine = new MyHoursPage(page);
    await mine.open();
    await expect(mine.total('This week')).toHaveText('3 hours 25 minutes');
    await expect(mine.total('This month')).toHaveText('3 hours 25 minutes');
    await expect(mine.total('All your hours')).toHaveText(hoursAndMinutes(hoursBefore + 205));
    const row = mine.row('Tuesday 29 October 2030');
    await expect(row.getByRole('cell')).toHaveText(['Till', '09:20–13:00', '15 minutes', '3 hours 25 minutes', /^Worked, arrived 20 minutes late/]);
    await expectNoSeriousA11yProblems(page, 'my hours');
  });
});

test('a trainee sees next week’s shifts with a change marked, adds them to a calendar, and swaps shifts with another trainee', async ({ page, apron }) => {
  test.setTimeout(90_000);
  await apron.setClock('2030-06-03T10:00:00Z', true);
  const login = await startWithSampleCafe(page);
  await apron.setClock('2030-10-24T10:00:00Z', true);
  const home = new HomePage(page);
  const shifts = new MyShiftsPage(page);

  await login.loginWithPin('Sam Supervisor', '2222');
  await home.expectFor('Sam Supervisor', 'Supervisor');
  const made = await planAndPublish(page, callFromPage, '2030-10-28', [
    { date: '2030-10-29', start: '09:00', end: '13:00', station: 'station-till', person: 'Tom Trainee' },
    { date: '2030-10-30', start: '09:00', end: '13:00', station: 'station-kitchen', person: 'Tom Trainee' },
    { date: '2030-10-31', start: '12:00', end: '16:00', station: 'station-barista', person: 'Priya Trainee' },
  ]);
  // Wednesday moves an hour later after publishing: Tom sees it at once, marked as a change.
  const moved = await callFromPage(page, 'rota.moveShift', { shiftId: made['Tom Trainee 2030-10-30'], start: '10:00', end: '14:00' });
  expect(moved.ok, moved.error?.message).toBe(true);
  await home.logOut();

  await login.loginWithPin('Priya Trainee', '4444');
  await shifts.open();
  await shifts.shift('Thursday 31 October 2030').getByRole('button', { name: /^Offer for a swap/ }).click();
  await expect(shifts.shift('Thursday 31 October 2030')).toContainText('You offered this shift for a swap. Nobody has taken it yet.');
  await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
  await home.logOut();

  await login.loginWithPin('Tom Trainee', '3333');
  await shifts.open();
  await expect(shifts.coming.getByRole('listitem')).toHaveCount(2);
  await expect(shifts.shift('Tuesday 29 October 2030, 09:00–13:00')).toContainText('Till');
  const wednesday = shifts.shift('Wednesday 30 October 2030, 10:00–14:00');
  await expect(wednesday).toContainText('Changed');
  await expect(wednesday).toContainText('Changed since the rota was published: it was 09:00–13:00.');
  await expect(shifts.offer('Thursday 31 October 2030, 12:00–16:00')).toContainText('offered by Priya Trainee');
  await expectNoSeriousA11yProblems(page, 'my shifts');

  const calendar = await shifts.downloadCalendar();
  expect(calendar.name).toBe('apron-shifts-tom-trainee.ics');
  expect(calendar.text).toContain('BEGIN:VCALENDAR\r\n');
  expect(calendar.text).toContain('DTSTART:20301029T090000Z');
  expect(calendar.text).toContain('DTSTART:20301030T100000Z');
  await expect(page.getByRole('status').filter({ hasText: 'Your calendar file apron-shifts-tom-trainee.ics is downloading.' })).toBeVisible();

  await shifts.offer('Thursday 31 October 2030').getByRole('button', { name: /^Take this shift/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You took Priya Trainee’s shift on Thursday 31 October 2030, 12:00–16:00. It is yours once a supervisor approves.' })).toBeVisible();
  await expect(shifts.taken.getByRole('listitem')).toContainText('from Priya Trainee');
  await shifts.shift('Tuesday 29 October 2030').getByRole('button', { name: /^Offer for a swap/ }).click();
  await expect(shifts.shift('Tuesday 29 October 2030')).toContainText('You offered this shift for a swap. Nobody has taken it yet.');
  await expectNoSeriousA11yProblems(page, 'my shifts with swaps');

  // Sam approves the swap (from the office): Thursday is Tom's now, marked as a change.
  await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
  await home.logOut();
  await login.loginWithPin('Sam Supervisor', '2222');
  await home.expectFor('Sam Supervisor', 'Supervisor');
  const offers = await callFromPage(page, 'swaps.list', {});
  const swap = (offers.value as { id: string; state: string }[]).find((o) => o.state === 'taken');
  expect((await callFromPage(page, 'swaps.approve', { swapId: swap?.id })).ok).toBe(true);
  await home.logOut();
  await login.loginWithPin('Tom Trainee', '3333');
  await shifts.open();
  await expect(shifts.coming.getByRole('listitem')).toHaveCount(3);
  await expect(shifts.shift('Thursday 31 October 2030, 12:00–16:00')).toContainText('Changed');
});
