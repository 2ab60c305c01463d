import type { Page } from '@playwright/test';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test, type Apron } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { AvailabilityPage } from './pages/AvailabilityPage.ts';
import { atTheCounter } from './pages/CashSales.ts';
import { HomePage } from './pages/HomePage.ts';
import { RotaPage } from './pages/RotaPage.ts';

// Wednesday 18 March 2026 on the server and in the browser: next week starts Monday 23 March.
const WEDNESDAY = '2026-03-18T10:00:00.000Z';

async function fixToday(page: Page, apron: Apron): Promise<void> {
  await apron.setClock(WEDNESDAY);
  await page.clock.setFixedTime(new Date(WEDNESDAY));
}

test('a trainee says when they cannot work; the supervisor planning the week sees it flagged on the grid', async ({ page, apron }) => {
  await fixToday(page, apron);
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Jordan Trainee', '5555');
  await home.expectFor('Jordan Trainee', 'Trainee');
  await home.open('Availability');
  const availability = new AvailabilityPage(page);
  await availability.expectShown();
  // A trainee keeps only their own: nobody else to choose.
  await expect(page.getByLabel('Whose availability')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Times you cannot work each week' })).toBeVisible();
  await expect(page.getByText('None yet: you can work any day.')).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'availability (trainee, empty)');

  // Slips, said beside the box: no day chosen, an end before the start.
  await availability.fillWeekly({ from: '09:00', to: '12:00', note: 'College' });
  await expect(availability.weeklyForm.getByLabel('Day of the week')).toHaveAccessibleDescription(/Choose a day of the week\./);
  await availability.fillWeekly({ day: 'Tuesday', from: '12:00', to: '9:00', note: 'College' });
  await expect(availability.weeklyForm.getByLabel('Until', { exact: true })).toHaveAccessibleDescription(/The until time must be after the from time\./);
  await expect(availability.weeklyForm.getByLabel('Until', { exact: true })).toBeFocused();
  await expectNoSeriousA11yProblems(page, 'availability (a problem)');
  await availability.fillWeekly({ day: 'Tuesday', from: '9:00', to: '12:00', note: 'College' });
  await expect(availability.notice()).toContainText('Added: Tuesdays 09:00–12:00 (College).');
  await expect(availability.weekly.getByRole('listitem')).toHaveText([/^Tuesdays 09:00–12:00 \(College\)/]);

  // Days off: a day that does not exist is refused before it is sent; one day needs only the first day.
  await availability.fillDaysOff({ from: ['30', '2', '2026'], reason: 'Family visit' });
  await expect(availability.problemBeside(availability.daysOffForm, 'First day')).toHaveText('Problem: 30 February 2026 does not exist: February has 28 days that year.');
  await availability.fillDaysOff({ from: ['26', '3', '2026'], to: ['24', '3', '2026'], reason: 'Family visit' });
  await expect(availability.problemBeside(availability.daysOffForm, 'Last day')).toHaveText('Problem: The last day must be on or after the first day.');
  await availability.fillDaysOff({ from: ['26', '3', '2026'], reason: 'Family visit' });
  await expect(availability.notice()).toContainText('Added time off: Thursday 26 March 2026 (Family visit).');
  await expect(availability.daysOff.getByRole('listitem')).toHaveText([/^Thursday 26 March 2026 \(Family visit\)/]);

  // A slip of the finger on Remove is put right with one tap.
  await availability.weekly.getByRole('button', { name: 'Remove Tuesdays 09:00–12:00 (College)' }).click();
  await expect(availability.notice()).toContainText('Removed: Tuesdays 09:00–12:00 (College).');
  await expect(availability.weekly).toHaveCount(0);
  await availability.notice().getByRole('button', { name: 'Put it back' }).click();
  await expect(availability.weekly.getByRole('listitem')).toHaveText([/^Tuesdays 09:00–12:00 \(College\)/]);
  await expectNoSeriousA11yProblems(page, 'availability (trainee, filled in)');

  // Sam plans Jordan into both: the shifts are saved, and flagged in words.
  await home.logOut();
  await login.loginWithPin('Sam Supervisor', '2222');
  await home.expectFor('Sam Supervisor', 'Supervisor');
  await home.open('Rota');
  const rota = new RotaPage(page);
  await rota.expectShown();
  await rota.goToWeek('Next week');
  await rota.addShift({ day: 'Tuesday 24 March 2026', start: '10:00', end: '14:00', station: 'Kitchen', who: 'Jordan Trainee' });
  await rota.addShift({ day: 'Thursday 26 March 2026', start: '10:00', end: '14:00', station: 'Kitchen', who: 'Jordan Trainee' });
  await expect(await rota.shifts('Kitchen', 'Tue 24 Mar')).toContainText(['Not available']);
  await expect(await rota.shifts('Kitchen', 'Thu 26 Mar')).toContainText(['Time off']);
  await expect(rota.checks).toContainText('Not available: Jordan Trainee cannot work Tuesdays 09:00–12:00 (College).');
  await expect(rota.checks).toContainText('Time off: Jordan Trainee has time off on Thursday 26 March 2026 (Family visit).');
  await expectNoSeriousA11yProblems(page, 'rota (availability flagged)');
});

test('a supervisor chooses a trainee and keeps their availability for them', async ({ page, apron }) => {
  await fixToday(page, apron);
  const login = await startWithSampleCafe(page);
  const jordan = await atTheCounter(apron.url, 'Jordan Trainee', '5555');
  await jordan.must('availability.addUnavailable', { weekday: 2, from: '09:00', to: '12:00', note: 'College' });
  await login.loginWithPin('Sam Supervisor', '2222');
  const home = new HomePage(page);
  await home.expectFor('Sam Supervisor', 'Supervisor');
  await home.open('Availability');
  const availability = new AvailabilityPage(page);
  await availability.expectShown();
  await expect(page.getByRole('heading', { name: 'Times you cannot work each week' })).toBeVisible();

  await availability.choosePerson('Jordan Trainee (trainee)');
  await expect(page.getByRole('heading', { name: 'Times Jordan Trainee cannot work each week' })).toBeVisible();
  await expect(availability.weekly.getByRole('listitem')).toHaveText([/^Tuesdays 09:00–12:00 \(College\)/]);
  await availability.fillWeekly({ day: 'Friday', from: '14:00', to: '24:00', note: 'Probation appointment' });
  await expect(availability.weekly.getByRole('listitem')).toHaveText([/^Tuesdays 09:00–12:00/, /^Fridays 14:00–24:00 \(Probation appointment\)/]);
  await availability.fillDaysOff({ from: ['6', '4', '2026'], to: ['10', '4', '2026'] });
  await expect(availability.daysOff.getByRole('listitem')).toHaveText([/^Monday 6 April 2026 to Friday 10 April 2026/]);
  await expectNoSeriousA11yProblems(page, 'availability (supervisor, someone else)');

  // Jordan reads the same list as his own.
  const seen = await jordan.must<{ unavailable: { weekday: number; note: string | null }[]; timeOff: { from: string; to: string }[] }>('availability.list', {});
  expect(seen.unavailable.map((u) => [u.weekday, u.note])).toEqual([
    [2, 'College'],
    [5, 'Probation appointment'],
  ]);
  expect(seen.timeOff).toMatchObject([{ from: '2026-04-06', to: '2026-04-10' }]);
});

test('a trainee cannot see or change someone else’s availability', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Tom Trainee', '3333');
  const home = new HomePage(page);
  await home.expectFor('Tom Trainee', 'Trainee');
  const tiles = (await callFromPage(page, 'auth.loginTiles', {})).value as { id: string; displayName: string }[];
  const priya = tiles.find((t) => t.displayName === 'Priya Trainee')?.id;
  const seen = await callFromPage(page, 'availability.list', { staffId: priya });
  expect(seen.error).toMatchObject({ code: 'forbidden', message: "Tom Trainee, you can only see and change your own availability. A supervisor can change anyone's." });
  const added = await callFromPage(page, 'availability.addTimeOff', { staffId: priya, from: '2026-04-01', to: '2026-04-01' });
  expect(added.error?.code).toBe('forbidden');
});
