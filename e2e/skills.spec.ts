import type { Page } from '@playwright/test';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test, type Apron } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { atTheCounter, sell } from './pages/CashSales.ts';
import { FrameworkPage } from './pages/FrameworkPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { staffIds } from './pages/HoursPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { RotaPage } from './pages/RotaPage.ts';
import { SkillsPage } from './pages/SkillsPage.ts';
import { openTheTill } from './pages/TillSetup.ts';

// Skills as the café lives them: a supervisor watches a trainee on shift after shift, signs a
// skill off once there is enough to go on, a food-safety skill waits for a second person, a
// sign-off is withdrawn with a reason, the manager keeps the framework, and the trainee sees
// where they are. The sample café is set up on Wednesday 13 November 2030 (GMT), so Tom has
// worked the till on Mondays, Wednesdays and Fridays of the two weeks before, with Sam on duty.

const TODAY = '2030-11-13T15:00:00.000Z';

async function startOn(page: Page, apron: Apron): Promise<LoginPage> {
  await apron.setClock(TODAY, true);
  await page.clock.setFixedTime(new Date(TODAY));
  return startWithSampleCafe(page);
}

async function logInAs(page: Page, login: LoginPage, name: string, pin: string, role: 'Trainee' | 'Supervisor' | 'Manager'): Promise<HomePage> {
  const home = new HomePage(page);
  await login.loginWithPin(name, pin);
  await home.expectFor(name, role);
  return home;
}

/** Observations and a sign-off made through the API from the page's session (as Sam), for tests about what comes after. */
async function signOffThroughApi(page: Page, traineeId: string, competencyId: string, shiftDays: readonly string[]): Promise<void> {
  const skills = await callFromPage(page, 'skills.trainee', { staffId: traineeId });
  expect(skills.ok).toBe(true);
  const shifts = (skills.value as { recentShifts: { id: string; day: string }[] }).recentShifts;
  for (const day of shiftDays) {
    const shift = shifts.find((s) => s.day === day);
    expect(shift, `a shift on ${day}`).toBeTruthy();
    const r = await callFromPage(page, 'skills.observe', { shiftId: shift?.id, competencyId, level: 'independent' });
    expect(r.ok, `skills.observe: ${r.error?.message ?? ''}`).toBe(true);
  }
  const signed = await callFromPage(page, 'skills.signOff', { traineeId, competencyId });
  expect(signed.ok, `skills.signOff: ${signed.error?.message ?? ''}`).toBe(true);
}

test('Sam observes Tom over several shifts, is refused with too few, signs off; a food-safety skill needs a second signer who is not Sam; Maya countersigns and withdraws one with a reason; the matrix by area and the rota show it', async ({ page, apron }) => {
  test.setTimeout(180_000);
  const login = await startOn(page, apron);
  const skills = new SkillsPage(page);
  let home = await logInAs(page, login, 'Sam Supervisor', '2222', 'Supervisor');
  await skills.open();

  await test.step('the matrix: every trainee, every skill, not started, in words', async () => {
    await expect(skills.row('Tom Trainee')).toBeVisible();
    await expect(skills.row('Priya Trainee')).toBeVisible();
    await expect(await skills.cell('Tom Trainee', 'TC2')).toHaveText('–Not started');
    await expectNoSeriousA11yProblems(page, 'skills matrix');
  });

  await test.step('Tom’s page: what is next, each skill with what to look for', async () => {
    await skills.chooseTrainee('Tom Trainee');
    await expect(page.getByText('0 of 23 skills signed off, 0 under way.')).toBeVisible();
    await expect(skills.skill('TC2')).toContainText('What to look for: At least 3 cash and 3 card sales correct: items, options, change, receipt');
    await expect(skills.skill('TC2')).toContainText('Not observed yet.');
    await expectNoSeriousA11yProblems(page, 'skills: a trainee’s page');
  });

  await test.step('an observation with nothing chosen is asked for beside the box; the shifts are Tom’s own', async () => {
    await skills.startObservation('Tom Trainee');
    await skills.submitObservation();
    await expect(page.locator('#observe-shift-error')).toHaveText('Problem: Choose the shift you saw them on.');
    await expect(skills.observeForm.getByLabel('Shift you saw them on')).toBeFocused();
    await expect(skills.observeForm.getByLabel('Shift you saw them on').locator('option')).toContainText(['Choose a shift', 'Wednesday 13 November 2030, 09:00–13:00, Till', 'Monday 11 November 2030, 09:00–13:00, Till']);
    await skills.chooseShift('Monday 4 November 2030');
    await expect(skills.observeForm).toContainText('Tom Trainee rang up no sales and did no cash-up on this shift.');
    await expectNoSeriousA11yProblems(page, 'skills: record an observation, a box missed');
    await skills.observeForm.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('three observations on separate shifts; with support does not count; the same shift twice is refused', async () => {
    await skills.observe('Tom Trainee', 'Monday 28 October 2030', 'TC2', 'With support', 'Needed help with the card machine');
    await skills.observe('Tom Trainee', 'Monday 4 November 2030', 'TC2', 'Independent', 'Three cash and three card sales right, change counted back');
    await expect(skills.skill('TC2')).toContainText('…Observed 1 of 3');
    await skills.observe('Tom Trainee', 'Wednesday 6 November 2030', 'TC2', 'Independent', 'Calm through the lunch queue');
    await expect(skills.skill('TC2')).toContainText('Observed 2 of 3');
    await expect(skills.skill('TC2')).toContainText('Independent, Wednesday 6 November 2030 (Till), seen by Sam Supervisor“Calm through the lunch queue”');
    await expect(skills.skill('TC2')).toContainText('With support, Monday 28 October 2030 (Till), seen by Sam Supervisor');

    await skills.startObservation('Tom Trainee');
    await skills.fillObservation('Monday 4 November 2030', 'TC2', 'Independent', 'Again');
    await skills.submitObservation();
    await expect(page.locator('#observe-skill-error')).toContainText(
      'Tom Trainee was already observed for TC2 on this shift (independent, by Sam Supervisor). Observe them on another shift.',
    );
    await skills.observeForm.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('signing off with two of three is refused beside the skill, then succeeds after a third shift', async () => {
    await skills.signOff('Tom Trainee', 'TC2');
    await expect(skills.problemFor('TC2')).toHaveText(
      'Tom Trainee has 2 observations at independent on separate shifts for TC2 Orders and payments; signing off needs 3. Observe them on 1 more shift first.',
    );
    await expectNoSeriousA11yProblems(page, 'skills: sign-off refused');
    await skills.observe('Tom Trainee', 'Friday 8 November 2030', 'TC2', 'Independent', 'Cashed up his own drawer');
    await expect(skills.skill('TC2')).toContainText('!Ready to sign off');
    await skills.signOff('Tom Trainee', 'TC2');
    await expect(skills.notice('Signed off TC2 Orders and payments for Tom Trainee.')).toBeVisible();
    await expect(skills.skill('TC2')).toContainText('✓Signed off');
    await expect(skills.skill('TC2')).toContainText('Signed off by Sam Supervisor on Wednesday 13 November 2030.');
  });

  await test.step('a food-safety skill is signed by Sam, who cannot be its second signer', async () => {
    await skills.observe('Tom Trainee', 'Monday 4 November 2030', 'FS2', 'Independent', 'Right chemical, right dilution, signed the sheet');
    await skills.observe('Tom Trainee', 'Wednesday 6 November 2030', 'FS2', 'Independent', 'Cleaned down the till area to the schedule');
    await skills.signOff('Tom Trainee', 'FS2');
    await expect(skills.notice('Signed FS2 Cleaning for Tom Trainee. It needs a second signer now: another supervisor or a manager.')).toBeVisible();
    await expect(skills.skill('FS2')).toContainText('½Waiting for second signer');
    await expect(skills.skill('FS2')).toContainText('You signed this first: the second signature must be another supervisor’s or a manager’s.');
    await skills.countersign('Tom Trainee', 'FS2');
    await expect(skills.problemFor('FS2')).toHaveText('Sam Supervisor, you signed this first: the second signature must be someone else’s (another supervisor or a manager).');
    await expectNoSeriousA11yProblems(page, 'skills: countersign refused');
  });

  await test.step('the matrix filtered by area', async () => {
    await skills.backToMatrix();
    await skills.filterArea('Food safety');
    await expect(skills.matrix.locator('thead th')).toHaveCount(7);
    await expect(await skills.cell('Tom Trainee', 'FS2')).toHaveText('½Waiting for second signer');
    await expect(await skills.cell('Tom Trainee', 'FS1')).toHaveText('–Not started');
    await expect(skills.row('Tom Trainee')).toContainText('0 signed off');
    await expect(page.getByText('0 skills are ready to sign off; 1 waits for a second signer.')).toBeVisible();
    await expectNoSeriousA11yProblems(page, 'skills matrix: food safety');
    await skills.filterArea('Till and cash');
    await expect(await skills.cell('Tom Trainee', 'TC2')).toHaveText('✓Signed off');
    await expect(skills.row('Tom Trainee')).toContainText('1 signed off');
    await expect(skills.matrix.getByText('FS2')).toHaveCount(0);
  });

  await test.step('Tom’s page opens on the area chosen on the matrix, and shows another or every area', async () => {
    await skills.chooseTrainee('Tom Trainee');
    await expect(skills.areaHeadings).toHaveText(['Till and cash']);
    await expect(skills.skill('TC2')).toBeVisible();
    await skills.filterTraineeArea('Food safety');
    await expect(skills.areaHeadings).toHaveText(['Food safety']);
    await expect(skills.skill('FS2')).toBeVisible();
    await expect(skills.skill('TC2')).toHaveCount(0);
    await expectNoSeriousA11yProblems(page, 'a trainee’s skills: one area');
    await skills.filterTraineeArea('Every area');
    await expect(skills.areaHeadings).toHaveText(['Food safety', 'Till and cash', 'Customer service', 'Barista', 'Kitchen', 'Teamwork']);
    await skills.backToMatrix();
  });

  await home.goHome();
  await home.logOut();
  home = await logInAs(page, login, 'Maya Manager', '1111', 'Manager');
  await skills.open();

  await test.step('Maya countersigns the food-safety skill', async () => {
    await skills.countersign('Tom Trainee', 'FS2');
    await expect(skills.notice('Countersigned FS2 Cleaning for Tom Trainee: it is signed off.')).toBeVisible();
    await expect(skills.skill('FS2')).toContainText('Signed off by Sam Supervisor on Wednesday 13 November 2030, countersigned by Maya Manager on Wednesday 13 November 2030.');
    await expect(skills.skill('FS2')).toContainText('✓Signed off');
  });

  const rota = new RotaPage(page);
  await test.step('Tom alone on the till next week: signed off for it, so no warning', async () => {
    const ids = await staffIds(page, callFromPage);
    const tom = await callFromPage(page, 'rota.addShift', { date: '2030-11-18', start: '09:00', end: '13:00', stationId: 'station-till', traineeId: ids['Tom Trainee'] });
    expect(tom.ok, tom.error?.message).toBe(true);
    await home.goHome();
    await home.open('Rota');
    await rota.expectShown();
    await rota.goToWeek('Next week');
    await expect(rota.weekHeading).toHaveText('Next weekWeek of Monday 18 November 2030');
    await expect(rota.grid).toBeVisible();
    await expect(await rota.shifts('Till', 'Mon 18 Nov')).toContainText(['09:00–13:00Tom Trainee']);
    await expect(await rota.shifts('Till', 'Mon 18 Nov')).not.toContainText('Not signed off');
    await home.goHome();
    await skills.open();
  });

  await test.step('withdrawing asks why, with keeping it first', async () => {
    await skills.openWithdraw('Tom Trainee', 'TC2');
    await expect(skills.dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await expectNoSeriousA11yProblems(page, 'skills: withdraw a sign-off');
    await skills.dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(skills.dialog).toHaveCount(0);
    await expect(skills.skill('TC2')).toContainText('✓Signed off');

    await skills.openWithdraw('Tom Trainee', 'TC2');
    await skills.dialog.getByRole('button', { name: 'Withdraw the sign-off' }).click();
    await expect(page.locator('#withdraw-reason-error')).toHaveText('Problem: Enter the reason.');
    await expect(skills.dialog.getByLabel('Why withdraw it?')).toBeFocused();
    await skills.dialog.getByLabel('Why withdraw it?').fill('Two of the sales were Priya’s: observe Tom again');
    await skills.dialog.getByRole('button', { name: 'Withdraw the sign-off' }).click();
    await expect(skills.notice('Withdrew the sign-off of TC2 Orders and payments for Tom Trainee. It stays on record as withdrawn.')).toBeVisible();
    await expect(skills.skill('TC2')).toContainText('Withdrawn by Maya Manager on Wednesday 13 November 2030: Two of the sales were Priya’s: observe Tom again.');
    await expect(skills.skill('TC2')).toContainText('Observed 0 of 3');
    await expectNoSeriousA11yProblems(page, 'skills: after a withdrawal');
  });

  await test.step('now the rota warns that Tom works the till alone, not signed off for it', async () => {
    await home.goHome();
    await home.open('Rota');
    await rota.expectShown();
    await rota.goToWeek('Next week');
    await expect(rota.weekHeading).toHaveText('Next weekWeek of Monday 18 November 2030');
    await expect(rota.grid).toBeVisible();
    await expect(await rota.shifts('Till', 'Mon 18 Nov')).toContainText(['Not signed off for this station']);
    await expect(rota.checks).toContainText('Not signed off for this station: Tom Trainee is not signed off for Till yet (TC2 Orders and payments) and no supervisor is on duty.');
  });
});

test('the manager keeps the framework: a changed title leaves the old sign-off as signed; areas added, renamed, moved, retired and brought back', async ({ page, apron }) => {
  test.setTimeout(120_000);
  const login = await startOn(page, apron);
  let home = await logInAs(page, login, 'Sam Supervisor', '2222', 'Supervisor');
  const ids = await staffIds(page, callFromPage);
  await signOffThroughApi(page, ids['Priya Trainee'] ?? '', 'competency-ba3', ['2030-11-05', '2030-11-07']);
  await home.logOut();

  home = await logInAs(page, login, 'Maya Manager', '1111', 'Manager');
  const framework = new FrameworkPage(page);
  await framework.open();
  await expect(page.getByText('Changing the framework never rewrites a past sign-off')).toBeVisible();
  await expect(framework.row('Barista', 'BA3')).toContainText('Core drinks at a peak');
  await expectNoSeriousA11yProblems(page, 'skills framework');

  await test.step('a competency’s title and observations needed change; a word where a number goes is said beside the box', async () => {
    await framework.changeCompetency('Barista', 'BA3');
    await expect(framework.editor).toContainText('Sign-offs already given keep the words they were signed with');
    await framework.field('Title').fill('Core drinks in the rush');
    await framework.field('Observations needed').fill('three');
    await framework.saveCompetency();
    await expect(page.locator('#competency-needed-error')).toHaveText('Problem: Type the observations needed as a whole number, like 3.');
    await expect(framework.field('Observations needed')).toBeFocused();
    await expectNoSeriousA11yProblems(page, 'skills framework: changing a skill');
    await framework.field('Observations needed').fill('3');
    await framework.saveCompetency();
    await expect(framework.notice('Saved BA3 Core drinks in the rush. Sign-offs already given keep what they were signed with.')).toBeVisible();
    await expect(framework.row('Barista', 'BA3')).toContainText('Core drinks in the rush');
    await expect(framework.row('Barista', 'BA3').getByRole('cell').nth(1)).toHaveText('3');
  });

  await test.step('a food-safety skill without a second signer is refused beside the box', async () => {
    await framework.area('Food safety').getByRole('button', { name: 'Add a skill to Food safety' }).click();
    await framework.field('Code').fill('FS7');
    await framework.field('Title').fill('Pest control');
    await framework.field('What an observer must see').fill('Spots and reports signs of pests; keeps doors and food covered');
    await framework.field('Needs a second signer').uncheck();
    await framework.saveCompetency();
    await expect(page.locator('#competency-second-error')).toHaveText('Problem: Every food-safety skill needs a second signer.');
    await framework.field('Needs a second signer').check();
    await framework.editor.getByRole('checkbox', { name: 'Kitchen' }).check();
    await framework.saveCompetency();
    await expect(framework.notice('Added FS7 Pest control to Food safety.')).toBeVisible();
    await expect(framework.row('Food safety', 'FS7')).toContainText('Kitchen');
  });

  await test.step('a skill moved up within its area, the top one cannot go higher', async () => {
    await expect(framework.codes('Food safety')).toHaveText(['FS1', 'FS2', 'FS3', 'FS4', 'FS5', 'FS6', 'FS7']);
    await expect(framework.row('Food safety', 'FS1').getByRole('button', { name: 'Move up FS1' })).toBeDisabled();
    await framework.row('Food safety', 'FS7').getByRole('button', { name: 'Move up FS7' }).click();
    await expect(framework.notice('Moved FS7 Pest control up in Food safety.')).toBeVisible();
    await expect(framework.codes('Food safety')).toHaveText(['FS1', 'FS2', 'FS3', 'FS4', 'FS5', 'FS7', 'FS6']);
    await expectNoSeriousA11yProblems(page, 'skills framework: a skill moved');
  });

  await test.step('an area added, renamed, moved up, retired and brought back', async () => {
    await page.getByRole('button', { name: 'Add an area' }).click();
    await page.getByLabel('Area name', { exact: true }).fill('Barista');
    await page.getByRole('button', { name: 'Add the area' }).click();
    await expect(page.locator('#area-name-error')).toContainText('There is already a skill area called Barista.');
    await page.getByLabel('Area name', { exact: true }).fill('Cleaning up');
    await page.getByRole('button', { name: 'Add the area' }).click();
    await expect(framework.notice('Added the area Cleaning up.')).toBeVisible();
    await framework.area('Cleaning up').getByRole('button', { name: /^Rename/ }).click();
    await page.getByLabel('Area name', { exact: true }).fill('Back of house');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await expect(framework.notice('Renamed the area to Back of house.')).toBeVisible();
    await framework.area('Back of house').getByRole('button', { name: /^Move up/ }).click();
    await expect(framework.notice('Moved Back of house up.')).toBeVisible();
    await expect.poll(() => framework.areaNames()).toEqual(['Food safety', 'Till and cash', 'Customer service', 'Barista', 'Kitchen', 'Back of house', 'Teamwork']);
    await framework.area('Back of house').getByRole('button', { name: /^Stop using/ }).click();
    await expect(framework.notice(/^Back of house is no longer in use/)).toBeVisible();
    await expect(framework.area('Back of house')).toContainText('(no longer in use)');
    await page.getByRole('button', { name: 'Use Back of house again' }).click();
    await expect(framework.notice('Back of house is in use again.')).toBeVisible();
    await expect(framework.area('Back of house')).not.toContainText('(no longer in use)');
  });

  await test.step('Priya’s sign-off still shows what was signed', async () => {
    await home.goHome();
    const skills = new SkillsPage(page);
    await skills.open();
    await skills.chooseTrainee('Priya Trainee');
    await expect(skills.skill('BA3 Core drinks in the rush')).toContainText('Signed as “BA3 Core drinks at a peak” (the framework has changed since)');
    await expect(skills.skill('BA3')).toContainText('Signed off by Sam Supervisor on Wednesday 13 November 2030.');
  });

  await home.goHome();
  await home.logOut();

  await test.step('Priya sees My skills, kindly, and is refused the supervisors’ screen', async () => {
    home = await logInAs(page, login, 'Priya Trainee', '4444', 'Trainee');
    await home.open('My skills');
    await expect(page.getByRole('heading', { level: 1, name: 'My skills' })).toBeVisible();
    const signed = page.getByRole('region', { name: 'Signed off' });
    await expect(signed).toContainText('Core drinks at a peak');
    await expect(signed).toContainText('Signed off by Sam Supervisor on Wednesday 13 November 2030.');
    await expect(page.getByRole('region', { name: 'What is next' })).toContainText('Personal hygiene (Food safety): Something new to try when you are ready.');
    await expect(page.getByRole('region', { name: 'Your qualifications' })).toContainText('None recorded yet.');
    await expectNoSeriousA11yProblems(page, 'my skills');
    await page.goto('/#/skills');
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await expect(page.getByText('Skills sign-off is only for supervisors or managers. You are logged in as Priya Trainee, a trainee.')).toBeVisible();
    await expectNoSeriousA11yProblems(page, 'skills sign-off refused to a trainee');
  });
});

test('qualifications: added with a date that must exist, removed with a reason (keeping it first), and the trainee sees theirs; a trainee sees observations under way', async ({ page, apron }) => {
  test.setTimeout(120_000);
  const login = await startOn(page, apron);
  let home = await logInAs(page, login, 'Sam Supervisor', '2222', 'Supervisor');
  const skills = new SkillsPage(page);
  await skills.open();
  await skills.chooseTrainee('Jordan Trainee');
  const part = skills.qualifications;

  await test.step('a qualification with a day that does not exist, then right', async () => {
    await part.getByRole('button', { name: 'Add a qualification' }).click();
    await part.getByLabel('Qualification', { exact: true }).fill('Level 2 Food Safety and Hygiene for Catering');
    await part.getByLabel(/^Awarding body/).fill('Highfield');
    const awarded = part.getByRole('group', { name: 'Date awarded' });
    await awarded.getByLabel('Day').fill('31');
    await awarded.getByLabel('Month').fill('9');
    await awarded.getByLabel('Year').fill('2030');
    await part.getByLabel(/^Certificate number/).fill('HF-2030-4471');
    const expiry = part.getByRole('group', { name: /^Expiry date/ });
    await expiry.getByLabel('Day').fill('2');
    await expiry.getByLabel('Month').fill('9');
    await expiry.getByLabel('Year').fill('2033');
    await part.getByRole('button', { name: 'Add the qualification' }).click();
    await expect(page.locator('#qualification-awarded-error')).toHaveText('Problem: 31 September 2030 does not exist: September has 30 days.');
    await expectNoSeriousA11yProblems(page, 'skills: a qualification with a problem');
    await awarded.getByLabel('Day').fill('2');
    await part.getByRole('button', { name: 'Add the qualification' }).click();
    await expect(skills.notice('Added Level 2 Food Safety and Hygiene for Catering for Jordan Trainee.')).toBeVisible();
    await expect(part).toContainText('Awarded by Highfield on Monday 2 September 2030, certificate HF-2030-4471, expires on Friday 2 September 2033.');
  });

  await test.step('removing asks why, keeping it first', async () => {
    await part.getByRole('button', { name: 'Add a qualification' }).click();
    await part.getByLabel('Qualification', { exact: true }).fill('Barista Level 1');
    const awarded = part.getByRole('group', { name: 'Date awarded' });
    await awarded.getByLabel('Day').fill('1');
    await awarded.getByLabel('Month').fill('11');
    await awarded.getByLabel('Year').fill('2030');
    await part.getByRole('button', { name: 'Add the qualification' }).click();
    await expect(skills.notice('Added Barista Level 1 for Jordan Trainee.')).toBeVisible();

    await part.getByRole('button', { name: 'Remove Barista Level 1' }).click();
    await expect(skills.dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await expectNoSeriousA11yProblems(page, 'skills: remove a qualification');
    await skills.dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(part.getByRole('button', { name: 'Remove Barista Level 1' })).toBeVisible();
    await part.getByRole('button', { name: 'Remove Barista Level 1' }).click();
    await skills.dialog.getByLabel('Why remove it?').fill('Recorded for the wrong trainee');
    await skills.dialog.getByRole('button', { name: 'Remove the qualification' }).click();
    await expect(skills.notice('Removed Barista Level 1. It stays on record as removed.')).toBeVisible();
    await expect(part).toContainText('Removed by Sam Supervisor on Wednesday 13 November 2030: Recorded for the wrong trainee');
  });

  await test.step('an observation of Jordan in the kitchen', async () => {
    await skills.observe('Jordan Trainee', 'Tuesday 12 November 2030', 'KI1', 'With support', 'Used the right boards; needed a reminder about portions');
  });

  await home.goHome();
  await home.logOut();
  home = await logInAs(page, login, 'Jordan Trainee', '5555', 'Trainee');
  await home.open('My skills');
  const underWay = page.getByRole('region', { name: 'Under way' });
  await expect(underWay).toContainText('Preparation');
  await expect(underWay).toContainText('You have made a start. It needs you to do it on your own on 2 shifts.');
  await expect(underWay).toContainText('Tuesday 12 November 2030: you did it with some help (with support). Seen by Sam Supervisor.“Used the right boards; needed a reminder about portions”');
  const mine = page.getByRole('region', { name: 'Your qualifications' });
  await expect(mine).toContainText('Level 2 Food Safety and Hygiene for Catering');
  await expect(mine).not.toContainText('Barista Level 1');
  await expectNoSeriousA11yProblems(page, 'my skills with observations and a qualification');
});

test('the till’s evidence: Tom’s own sales on his shift are ticked and attached to the observation', async ({ page, apron }) => {
  test.setTimeout(120_000);
  await apron.setClock('2030-11-13T08:50:00Z', true);
  await page.clock.setFixedTime(new Date('2030-11-13T15:00:00Z'));
  const login = await startWithSampleCafe(page);
  await openTheTill(apron.url);
  const ids = await staffIds(page, callFromPage);

  await apron.setClock('2030-11-13T09:00:00Z', true);
  const clockIn = await callFromPage(page, 'attendance.clockIn', { credential: { staffId: ids['Tom Trainee'], pin: '3333' } });
  expect(clockIn.ok, clockIn.error?.message).toBe(true);
  await apron.setClock('2030-11-13T10:00:00Z', true);
  const tom = await atTheCounter(apron.url, 'Tom Trainee', '3333');
  await sell(tom, { orderType: 'takeaway', lines: [{ productId: 'prod-crisps-ready-salted' }], payments: [{ tender: 'cash', amountPence: 110 }], totalPence: 110 });
  await apron.setClock('2030-11-13T10:01:00Z', true);
  await sell(tom, { orderType: 'takeaway', lines: [{ productId: 'prod-tea' }], payments: [{ tender: 'card', amountPence: 180 }], totalPence: 180 });
  await apron.setClock('2030-11-13T13:00:00Z', true);
  const clockOut = await callFromPage(page, 'attendance.clockOut', { credential: { staffId: ids['Tom Trainee'], pin: '3333' } });
  expect(clockOut.ok, clockOut.error?.message).toBe(true);

  await apron.setClock('2030-11-13T15:00:00Z', true);
  await logInAs(page, login, 'Sam Supervisor', '2222', 'Supervisor');
  const skills = new SkillsPage(page);
  await skills.open();
  await skills.startObservation('Tom Trainee');
  await skills.fillObservation('Wednesday 13 November 2030', 'TC2', 'Independent', 'One cash and one card sale, both right');
  const sales = skills.observeForm.getByRole('group', { name: 'Attach Tom Trainee’s sales on this shift (optional)' });
  await expect(sales.getByRole('checkbox')).toHaveCount(2);
  const crisps = sales.getByRole('checkbox', { name: /, 10:00, £1\.10 \(cash\)$/ });
  const tea = sales.getByRole('checkbox', { name: /, 10:01, £1\.80 \(card\)$/ });
  await crisps.check();
  await tea.check();
  await tea.uncheck();
  await expectNoSeriousA11yProblems(page, 'skills: an observation with the till’s evidence');
  await skills.submitObservation();
  await expect(skills.notice(/^Recorded Tom Trainee on TC2 Orders and payments: independent/)).toBeVisible();
  const observation = skills.skill('TC2').getByRole('listitem');
  await expect(observation).toHaveCount(1);
  await expect(observation).toContainText(/Till evidence: Sale \d+, 10:00, £1\.10 \(cash\)$/);
});
