import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test, type Apron } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { atTheCounter } from './pages/CashSales.ts';
import type { Page } from '@playwright/test';
import { HomePage } from './pages/HomePage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { MyShiftsPage } from './pages/MyShiftsPage.ts';
import { RotaPage } from './pages/RotaPage.ts';

// The café's clock, on the server and in the browser alike: Wednesday 18 March 2026, so
// "next week" is Monday 23 to Sunday 29 March, the night the clocks go forward.
const WEDNESDAY = '2026-03-18T10:00:00.000Z';

async function fixToday(page: Page, apron: Apron): Promise<void> {
  await apron.setClock(WEDNESDAY);
  await page.clock.setFixedTime(new Date(WEDNESDAY));
}

async function openRotaAs(page: Page, name: string, pin: string, role: 'Supervisor' | 'Manager'): Promise<RotaPage> {
  const home = new HomePage(page);
  await new LoginPage(page).loginWithPin(name, pin);
  await home.expectFor(name, role);
  await home.open('Rota');
  const rota = new RotaPage(page);
  await rota.expectShown();
  return rota;
}

test('a supervisor plans next week: an open shift, a night shift, a copy, a move and a removal; slips and conflicts said in words', async ({ page, apron }) => {
  await fixToday(page, apron);
  const login = await startWithSampleCafe(page);
  // Priya has college on Wednesday mornings.
  const priya = await atTheCounter(apron.url, 'Priya Trainee', '4444');
  await priya.must('availability.addUnavailable', { weekday: 3, from: '09:00', to: '12:00', note: 'College' });

  await login.loginWithPin('Sam Supervisor', '2222');
  const home = new HomePage(page);
  await home.expectFor('Sam Supervisor', 'Supervisor');
  await home.open('Rota');
  const rota = new RotaPage(page);
  await rota.expectShown();
  await expect(rota.weekHeading).toHaveText('This weekWeek of Monday 16 March 2026');
  // The sample café's week, published.
  await expect(rota.weekState).toHaveText('10 shifts, all published.');
  await expect(await rota.shifts('Till', 'Wed 18 Mar')).toContainText(['09:00–13:00Tom TraineeSupervisor: Sam SupervisorPublished']);
  await expectNoSeriousA11yProblems(page, 'rota (this week)');

  await rota.goToWeek('Next week');
  await expect(rota.weekHeading).toHaveText('Next weekWeek of Monday 23 March 2026');
  await expect(rota.weekState).toHaveText('Nothing planned this week yet.');

  // Tom on the till on Monday morning, with Sam on duty.
  await rota.addShift({ day: 'Monday 23 March 2026', start: '09:00', end: '13:00', station: 'Till', who: 'Tom Trainee', supervisor: 'Sam Supervisor', note: 'Show Tom the card machine' });
  await expect(rota.notice()).toContainText('Added a draft shift: Tom Trainee on Till, Monday 23 March, 09:00–13:00.');
  const tomMonday = (await rota.shifts('Till', 'Mon 23 Mar')).filter({ hasText: 'Tom Trainee' });
  await expect(tomMonday).toContainText('09:00–13:00');
  await expect(tomMonday).toContainText('Supervisor: Sam Supervisor');
  await expect(tomMonday).toContainText('Draft');

  // An open shift, added from its cell in the grid: the station and day are filled in.
  await (await rota.cell('Kitchen', 'Tue 24 Mar')).getByRole('button', { name: 'Add a shift: Kitchen, Tuesday 24 March' }).click();
  await expect(rota.field('Day')).toHaveValue('2026-03-24');
  await rota.fillShift({ start: '10:00', end: '14:00' });
  await rota.press('Add the shift');
  await expect(await rota.shifts('Kitchen', 'Tue 24 Mar')).toContainText(['10:00–14:00Open shift']);

  // An overnight shift into the night the clocks go forward: 22:00 to 06:00 is 7 hours.
  await rota.addShift({ day: 'Saturday 28 March 2026', start: '22:00', end: '06:00', nextDay: true, station: 'Front of house', who: 'Jordan Trainee' });
  await rota.openShift('Front of house', 'Sat 28 Mar', 'Jordan Trainee');
  await expect(rota.dialog).toContainText('Times22:00–06:00 next day (7 hours)');
  await expectNoSeriousA11yProblems(page, 'rota (a shift’s details)');
  await rota.press('Close');

  // Slips the core explains beside the box: a time that does not exist, an end before the start, Tom twice at once.
  await rota.startAdding();
  await rota.fillShift({ day: 'Sunday 29 March 2026', start: '01:30', end: '06:00', station: 'Pot wash' });
  await rota.press('Add the shift');
  await rota.expectFieldProblem('Start time', 'There is no 01:30 on Sunday 29 March 2026: the clocks go forward an hour that night.');
  await rota.fillShift({ start: '13:00', end: '09:00' });
  await rota.press('Add the shift');
  await rota.expectFieldProblem('End time', 'The shift must end after it starts. For a night shift, say it ends the next day.');
  await expect(rota.field('Start time')).not.toHaveAttribute('aria-invalid', 'true');
  await rota.fillShift({ day: 'Monday 23 March 2026', start: '12:00', end: '15:00', station: 'Barista', who: 'Tom Trainee' });
  await rota.press('Add the shift');
  await rota.expectFieldProblem('Who works it', 'Tom Trainee is already on Till 09:00–13:00 on Monday 23 March 2026.');
  await expectNoSeriousA11yProblems(page, 'rota (shift form with a problem)');
  await rota.press('Cancel');
  await expect(rota.dialog).toHaveCount(0);
  await expect(await rota.shifts('Barista', 'Mon 23 Mar')).toHaveCount(0);

  // Priya is planned in her college time: saved, and flagged in words.
  await rota.addShift({ day: 'Wednesday 25 March 2026', start: '09:00', end: '13:00', station: 'Barista', who: 'Priya Trainee' });
  await expect(rota.notice()).toContainText('Check – Not available: Priya Trainee cannot work Wednesdays 09:00–12:00 (College).');
  await expect(await rota.shifts('Barista', 'Wed 25 Mar')).toContainText(['Not available']);
  await expect(rota.checks).toContainText('Not available: Priya Trainee cannot work Wednesdays 09:00–12:00 (College).');

  // Copy Tom's Monday to Thursday.
  await rota.openShift('Till', 'Mon 23 Mar', 'Tom Trainee');
  await rota.press('Copy to another day');
  await rota.field('Copy it to').selectOption({ label: 'Thursday 26 March 2026' });
  await rota.press('Copy the shift');
  await expect(rota.notice()).toContainText('Copied as a draft: Tom Trainee on Till, Thursday 26 March, 09:00–13:00.');
  await expect(await rota.shifts('Till', 'Thu 26 Mar')).toContainText(['09:00–13:00Tom Trainee']);

  // Move the open kitchen shift to Friday, an hour later.
  await rota.openShift('Kitchen', 'Tue 24 Mar', 'Open shift');
  await rota.press('Change or move');
  await rota.fillShift({ day: 'Friday 27 March 2026', start: '11:00', end: '15:00' });
  await rota.press('Save the changes');
  await expect(await rota.shifts('Kitchen', 'Tue 24 Mar')).toHaveCount(0);
  await expect(await rota.shifts('Kitchen', 'Fri 27 Mar')).toContainText(['11:00–15:00Open shift']);

  // Remove Thursday's copy: keeping it is the safe first button, and a removal can be put back.
  await rota.openShift('Till', 'Thu 26 Mar', 'Tom Trainee');
  await rota.press('Remove');
  await expect(rota.dialog.getByRole('heading', { name: 'Remove this shift?' })).toBeVisible();
  await expect(rota.dialog.getByRole('button', { name: 'Keep the shift' })).toBeFocused();
  await expectNoSeriousA11yProblems(page, 'rota (remove a shift)');
  await rota.press('Remove the shift');
  await expect(rota.notice()).toContainText('Removed Tom Trainee on Till, Thursday 26 March, 09:00–13:00.');
  await expect(await rota.shifts('Till', 'Thu 26 Mar')).toHaveCount(0);
  await rota.notice().getByRole('button', { name: 'Put it back' }).click();
  await expect(rota.notice()).toContainText('Put back as a draft: Tom Trainee on Till, Thursday 26 March, 09:00–13:00.');
  await expect(await rota.shifts('Till', 'Thu 26 Mar')).toHaveCount(1);

  // Days × people: Tom's row holds his two till shifts, the open shift its own row.
  await rota.showBy('By person');
  await expect(await rota.shifts('Tom Trainee', 'Mon 23 Mar')).toContainText(['09:00–13:00Till']);
  await expect(await rota.shifts('Tom Trainee', 'Thu 26 Mar')).toContainText(['09:00–13:00Till']);
  await expect(await rota.shifts('Open shifts', 'Fri 27 Mar')).toContainText(['11:00–15:00Kitchen']);
  await expectNoSeriousA11yProblems(page, 'rota (by person)');
});

test('a supervisor publishes next week; the trainee sees his shifts, and a change after publishing is marked on both sides', async ({ page, apron }) => {
  await fixToday(page, apron);
  const login = await startWithSampleCafe(page);
  const sam = await atTheCounter(apron.url, 'Sam Supervisor', '2222');
  const tiles = await sam.must<{ id: string; displayName: string }[]>('auth.loginTiles', {});
  const id = (name: string) => tiles.find((t) => t.displayName === name)?.id ?? null;
  const plan = (date: string, start: string, end: string, stationId: string, who: string | null, note?: string) =>
    sam.must('rota.addShift', { date, start, end, stationId, traineeId: who ? id(who) : null, supervisorId: id('Sam Supervisor'), ...(note ? { note } : {}) });
  await plan('2026-03-23', '09:00', '13:00', 'station-till', 'Tom Trainee', 'Show Tom the card machine');
  await plan('2026-03-26', '09:00', '13:00', 'station-till', 'Tom Trainee');
  await plan('2026-03-25', '10:00', '14:00', 'station-barista', 'Priya Trainee');
  await plan('2026-03-27', '11:00', '15:00', 'station-kitchen', null);
  await sam.must('rota.addShift', { date: '2026-03-28', start: '22:00', end: '06:00', endsNextDay: true, stationId: 'station-front', traineeId: id('Jordan Trainee') });

  const home = new HomePage(page);
  const rota = await openRotaAs(page, 'Sam Supervisor', '2222', 'Supervisor');
  await rota.goToWeek('Next week');
  const tomMonday = (await rota.shifts('Till', 'Mon 23 Mar')).filter({ hasText: 'Tom Trainee' });
  // Publish: the screen says how many shifts trainees will see.
  await expect(rota.weekState).toHaveText('5 draft shifts not published yet: trainees cannot see them until you publish.');
  await page.getByRole('button', { name: 'Publish the week' }).click();
  await expect(rota.dialog).toContainText('Publish 5 new shifts? 5 shifts become visible to trainees on My shifts.');
  await expect(rota.dialog).toContainText('It tells Jordan Trainee, Priya Trainee, Tom Trainee about their shifts.');
  await expectNoSeriousA11yProblems(page, 'rota (publish)');
  await rota.press('Publish the week');
  await expect(rota.notice()).toContainText('Published: 5 shifts are now visible to trainees.');
  await expect(rota.weekState).toHaveText('5 shifts, all published.');
  await expect(tomMonday).toContainText('Published');

  // A change after publishing is marked as one, with what was published.
  await rota.openShift('Till', 'Mon 23 Mar', 'Tom Trainee');
  await rota.press('Change or move');
  await rota.fillShift({ start: '10:00', end: '14:00' });
  await rota.press('Save the changes');
  await expect(rota.notice()).toContainText('It is marked as a change until you publish the week.');
  await expect(tomMonday).toContainText('10:00–14:00');
  await expect(tomMonday).toContainText('Changed');
  await expect(rota.weekState).toHaveText('1 change not published yet: trainees cannot see it until you publish.');
  await rota.openShift('Till', 'Mon 23 Mar', 'Tom Trainee');
  await expect(rota.dialog).toContainText('Published as 09:00–13:00.');
  await rota.press('Close');

  // Removing a published shift keeps it on the rota as cancelled, so Priya does not come in for it.
  await rota.openShift('Barista', 'Wed 25 Mar', 'Priya Trainee');
  await rota.press('Remove');
  await expect(rota.dialog).toContainText('It is published, so Priya Trainee has been shown it. It stays on the rota marked as cancelled by the café');
  await rota.press('Remove the shift');
  await expect(rota.notice()).toContainText('Cancelled Priya Trainee on Barista, Wednesday 25 March, 10:00–14:00.');
  await expect(await rota.shifts('Barista', 'Wed 25 Mar')).toContainText([/^10:00–14:00Priya Trainee.*Cancelled$/]);
  await expect(rota.weekState).toHaveText('2 changes not published yet: trainees cannot see them until you publish.');

  // Tom sees his published shifts, the moved one marked as a change.
  await home.logOut();
  await login.loginWithPin('Tom Trainee', '3333');
  await home.expectFor('Tom Trainee', 'Trainee');
  const myShifts = new MyShiftsPage(page);
  await myShifts.open();
  const monday = myShifts.shift('Monday 23 March 2026');
  await expect(monday).toContainText('10:00–14:00');
  await expect(monday).toContainText('Till');
  await expect(monday).toContainText('Show Tom the card machine');
  await expect(monday).toContainText('Changed since the rota was published');
  await expect(myShifts.shift('Thursday 26 March 2026, 09:00–13:00')).toContainText('Till');
  // Only his own shifts: Priya's, Jordan's and the open one are not his.
  const mine = (await callFromPage(page, 'rota.myShifts', {})).value as { upcoming: { day: string; start: string; state: string; changedSincePublished: boolean }[] };
  expect(mine.upcoming.filter((s) => s.day >= '2026-03-23').map((s) => [s.day, s.start, s.state, s.changedSincePublished])).toEqual([
    ['2026-03-23', '10:00', 'published', true],
    ['2026-03-26', '09:00', 'published', false],
  ]);
});

test('a trainee cannot open the rota or plan a shift', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Tom Trainee', '3333');
  const home = new HomePage(page);
  // the home first: a route typed while the log-in is still landing would be overtaken by it
  await home.expectFor('Tom Trainee', 'Trainee');
  await expect(home.tile('Rota')).toHaveCount(0);
  await page.goto('/#/rota');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByText('Rota is only for supervisors or managers.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  const refused = await callFromPage(page, 'rota.addShift', { date: '2026-03-23', start: '09:00', end: '13:00', stationId: 'station-till' });
  expect(refused.error?.code).toBe('forbidden');
});

test('a supervisor approves one swap and declines another with a kind reason', async ({ page, apron }) => {
  await fixToday(page, apron);
  await startWithSampleCafe(page);
  const sam = await atTheCounter(apron.url, 'Sam Supervisor', '2222');
  const tiles = await sam.must<{ id: string; displayName: string }[]>('auth.loginTiles', {});
  const id = (name: string) => tiles.find((t) => t.displayName === name)?.id ?? '';
  const plan = (date: string, stationId: string, who: string) => sam.must<{ shift: { id: string } }>('rota.addShift', { date, start: '09:00', end: '13:00', stationId, traineeId: id(who) });
  const tomsShift = await plan('2026-03-23', 'station-till', 'Tom Trainee');
  const priyasShift = await plan('2026-03-24', 'station-barista', 'Priya Trainee');
  await sam.must('rota.publish', { week: '2026-03-23' });
  const tom = await atTheCounter(apron.url, 'Tom Trainee', '3333');
  const priya = await atTheCounter(apron.url, 'Priya Trainee', '4444');
  const jordan = await atTheCounter(apron.url, 'Jordan Trainee', '5555');
  const tomOffer = await tom.must<{ id: string }>('swaps.offer', { shiftId: tomsShift.shift.id, note: 'Dentist' });
  await jordan.must('swaps.take', { swapId: tomOffer.id });
  const priyaOffer = await priya.must<{ id: string }>('swaps.offer', { shiftId: priyasShift.shift.id });
  await tom.must('swaps.take', { swapId: priyaOffer.id });

  const rota = await openRotaAs(page, 'Sam Supervisor', '2222', 'Supervisor');
  await expect(page.getByRole('button', { name: 'Swaps to decide (2)' })).toBeVisible();
  await rota.showPart('Swaps');
  const waiting = page.getByRole('list', { name: 'Swaps waiting for you' });
  const tomToJordan = waiting.getByRole('listitem', { name: 'Tom Trainee to Jordan Trainee' });
  const priyaToTom = waiting.getByRole('listitem', { name: 'Priya Trainee to Tom Trainee' });
  await expect(tomToJordan).toContainText('Till, Monday 23 March, 09:00–13:00.');
  await expect(tomToJordan).toContainText('Tom Trainee offered it (“Dentist”). Jordan Trainee wants to take it.');
  await expectNoSeriousA11yProblems(page, 'rota (swaps)');

  await tomToJordan.getByRole('button', { name: /^Approve/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Approved: Jordan Trainee now works Tom Trainee’s shift.' })).toBeVisible();

  // Declining needs a reason, said beside the box when it is missing.
  await priyaToTom.getByRole('button', { name: /^Decline/ }).click();
  await priyaToTom.getByRole('button', { name: 'Decline the swap' }).click();
  await expect(priyaToTom.getByLabel('Why not?')).toHaveAccessibleDescription(/Enter the reason\./);
  await priyaToTom.getByLabel('Why not?').fill('Tom needs his rest after Monday');
  await priyaToTom.getByRole('button', { name: 'Decline the swap' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Declined: Priya Trainee keeps the shift.' })).toBeVisible();
  await expect(waiting).toHaveCount(0);
  const decided = page.getByRole('list', { name: 'Swaps decided lately' });
  await expect(decided).toContainText('Approved by Sam Supervisor: Jordan Trainee works it.');
  await expect(decided).toContainText('Declined by Sam Supervisor: Tom needs his rest after Monday');
  await expect(page.getByRole('button', { name: 'Swaps', exact: true })).toBeVisible();

  // On the grid, Monday's till shift is Jordan's now, marked as a change.
  await rota.showPart('Plan the week');
  await rota.goToWeek('Next week');
  const monday = await rota.shifts('Till', 'Mon 23 Mar');
  await expect(monday).toContainText(['09:00–13:00Jordan Trainee']);
  await expect(monday).toContainText(['Changed']);
});

test('a manager keeps the stations and rota rules; a new station is a row on the grid and the rules flag a long shift', async ({ page, apron }) => {
  await fixToday(page, apron);
  await startWithSampleCafe(page);
  const rota = await openRotaAs(page, 'Maya Manager', '1111', 'Manager');
  await rota.showPart('Stations and rules');
  const stations = page.getByRole('table', { name: 'Stations, in rota order' });
  await expect(stations.getByRole('rowheader')).toHaveText(['Till', 'Barista', 'Kitchen', 'Front of house', 'Pot wash']);

  // A name already used is refused beside the box.
  await page.getByRole('button', { name: 'Add a station' }).click();
  await page.getByLabel('Station name').fill('till');
  await page.getByRole('button', { name: 'Add the station' }).click();
  await expect(page.getByLabel('Station name')).toHaveAccessibleDescription(/There is already a station called till\./);
  await page.getByLabel('Station name').fill('Catering');
  await page.getByRole('button', { name: 'Add the station' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the station Catering.' })).toBeVisible();
  await expect(stations.getByRole('rowheader')).toHaveText(['Till', 'Barista', 'Kitchen', 'Front of house', 'Pot wash', 'Catering']);

  await page.getByRole('button', { name: 'Move up Catering' }).click();
  await expect(stations.getByRole('rowheader')).toHaveText(['Till', 'Barista', 'Kitchen', 'Front of house', 'Catering', 'Pot wash']);
  await page.getByRole('button', { name: 'Change Barista' }).click();
  await page.getByLabel('Station name').fill('Coffee bar');
  await page.getByRole('button', { name: 'Save the station' }).click();
  await page.getByRole('button', { name: 'Change Pot wash' }).click();
  await page.getByLabel('In use on the rota').uncheck();
  await page.getByRole('button', { name: 'Save the station' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the station Pot wash: no longer in use.' })).toBeVisible();
  await expect(stations.getByRole('row').filter({ hasText: 'Pot wash' })).toContainText('No');
  await expectNoSeriousA11yProblems(page, 'rota (stations and rules)');

  // Rules: a word where minutes go is refused beside the box; five hours is saved.
  await page.getByLabel('Longest shift, in minutes').fill('five hours');
  await page.getByRole('button', { name: 'Save the rota rules' }).click();
  await expect(page.getByLabel('Longest shift, in minutes')).toHaveAccessibleDescription(/The longest shift must be a number of minutes\./);
  await page.getByLabel('Longest shift, in minutes').fill('300');
  await expect(page.getByLabel('Longest shift, in minutes')).toHaveAccessibleDescription(/300 minutes is 5 hours\./);
  await page.getByRole('button', { name: 'Save the rota rules' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rota rules saved.' })).toBeVisible();

  await rota.showPart('Plan the week');
  await rota.goToWeek('Next week');
  await expect(rota.grid.getByRole('rowheader')).toHaveText(['Till', 'Coffee bar', 'Kitchen', 'Front of house', 'Catering']);
  await rota.addShift({ day: 'Monday 23 March 2026', start: '09:00', end: '15:00', station: 'Catering', who: 'Priya Trainee' });
  await expect(await rota.shifts('Catering', 'Mon 23 Mar')).toContainText(['Too long']);
  await expect(rota.checks).toContainText('Too long: This shift is 6 hours, longer than the 5 hours the café allows.');
});

test('a supervisor copies last week, keeps it as a template, uses it for another week and removes it', async ({ page, apron }) => {
  await fixToday(page, apron);
  await startWithSampleCafe(page);
  const rota = await openRotaAs(page, 'Sam Supervisor', '2222', 'Supervisor');
  await expect(rota.weekState).toHaveText('10 shifts, all published.');
  await rota.goToWeek('Next week');
  await page.getByRole('button', { name: 'Copy last week' }).click();
  await expect(rota.notice()).toContainText('Copied last week: 10 shifts added as drafts.');
  await expect(await rota.shifts('Kitchen', 'Mon 23 Mar')).toContainText(['08:00–12:00Jordan TraineeSupervisor: Sam SupervisorDraft']);
  await expect(await rota.shifts('Pot wash', 'Fri 27 Mar')).toContainText(['12:00–16:00Open shift']);
  // Pressed twice by mistake: nothing is planned twice.
  await page.getByRole('button', { name: 'Copy last week' }).click();
  await expect(rota.notice()).toContainText('Copied last week: 0 shifts added as drafts, 10 not copied.');
  await expect(rota.notice()).toContainText('Already on the rota, Monday 23 March 2026 09:00–13:00 on Till.');
  await expect(await rota.shifts('Kitchen', 'Mon 23 Mar')).toHaveCount(1);

  await page.getByRole('button', { name: 'Templates' }).click();
  await rota.press('Save as a template');
  await expect(rota.field('Template name')).toHaveAccessibleDescription(/Enter the template name\./);
  await rota.field('Template name').fill('Term-time week');
  await rota.press('Save as a template');
  await expect(rota.dialog).toContainText('Kept this week as the template “Term-time week” (10 shifts).');
  await expectNoSeriousA11yProblems(page, 'rota (templates)');
  await rota.press('Close');

  await rota.goToWeek('Next week');
  await expect(rota.weekHeading).toContainText('Week of Monday 30 March 2026');
  await page.getByRole('button', { name: 'Templates' }).click();
  await rota.press('Use Term-time week for this week');
  await expect(rota.notice()).toContainText('Used the template “Term-time week”: 10 shifts added as drafts.');
  await expect(await rota.shifts('Kitchen', 'Mon 30 Mar')).toContainText(['08:00–12:00Jordan Trainee']);

  // Removing asks first; keeping it is one tap away.
  await page.getByRole('button', { name: 'Templates' }).click();
  await rota.press('Remove Term-time week');
  await rota.press('Keep it');
  await rota.press('Remove Term-time week');
  await rota.press('Yes, remove it');
  await expect(rota.dialog).toContainText('Removed the template “Term-time week”.');
  await expect(rota.dialog).toContainText('There are no templates yet.');
});
