import type { Page } from '@playwright/test';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { fieldsOf, fillDate, recordsOf } from './pages/EvidenceFiles.ts';
import { HomePage } from './pages/HomePage.ts';
import { staffIds } from './pages/HoursPage.ts';
import { TraineesPage } from './pages/TraineesPage.ts';

// A manager keeps Tom's trainee record: the record itself, his status, the readiness
// checklist, an outcome and its 6-week check, his progress and his evidence. The sample café is
// set up on Monday 3 June 2030: Tom worked and had approved the till on Mondays, Wednesdays and
// Fridays of the two weeks before.

async function home(page: Page): Promise<void> {
  await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
}

test('a manager fills in a record, keeps the checklist, records an outcome (not before the start) with its 6-week check, ticks readiness and sees progress and evidence', async ({ page, apron }) => {
  test.setTimeout(150_000);
  await apron.setClock('2030-06-03T10:00:00Z', true);
  const login = await startWithSampleCafe(page);
  const homePage = new HomePage(page);
  const trainees = new TraineesPage(page);

  await login.loginWithPin('Maya Manager', '1111');
  await homePage.expectFor('Maya Manager', 'Manager');
  await trainees.open();

  await test.step('the list: every trainee with status, start and hours credited', async () => {
    await expect(trainees.row('Tom Trainee')).toContainText('Active');
    await expect(trainees.row('Tom Trainee')).toContainText('Not recorded yet');
    await expect(trainees.row('Tom Trainee')).toContainText('24 hours');
    await expect(trainees.row('Priya Trainee')).toBeVisible();
    await expect(trainees.row('Jordan Trainee')).toBeVisible();
    await expect(trainees.row('Sam Supervisor')).toHaveCount(0);
    await expectNoSeriousA11yProblems(page, 'trainees: the list');
  });

  await test.step('the readiness checklist: added, reworded, reordered, stopped and put back', async () => {
    for (const item of ['Has a CV', 'Practised an interview', 'Knows the way to work', 'Has a bank account']) await trainees.addChecklistItem(item);
    await trainees.checklistItem('Has a CV').getByRole('button', { name: /^Reword/ }).click();
    await trainees.checklist.getByLabel('New wording').fill('Has a CV ready to send');
    await trainees.checklist.getByRole('button', { name: 'Save the wording' }).click();
    await expect(trainees.checklist.getByRole('status')).toHaveText('Reworded to “Has a CV ready to send”.');
    await trainees.checklistItem('Knows the way to work').getByRole('button', { name: /^Up/ }).click();
    await expect(trainees.checklist.getByRole('status')).toHaveText('Moved “Knows the way to work” up: it is number 2 of 4.');
    await expect.poll(() => trainees.checklistInUse()).toEqual(['Has a CV ready to send', 'Knows the way to work', 'Practised an interview', 'Has a bank account']);
    await trainees.checklistItem('Has a bank account').getByRole('button', { name: /^Stop using/ }).click();
    await expect(trainees.checklist.getByRole('status')).toContainText('Stopped using “Has a bank account”. Ticks already given are kept.');
    await expect.poll(() => trainees.checklistInUse()).toEqual(['Has a CV ready to send', 'Knows the way to work', 'Practised an interview']);
    await expectNoSeriousA11yProblems(page, 'trainees: an item stopped, with Put it back');
    await trainees.checklist.getByRole('button', { name: 'Put it back' }).click();
    await expect(trainees.checklist.getByRole('status')).toHaveText('Put back “Has a bank account”.');
    await expect.poll(() => trainees.checklistInUse()).toEqual(['Has a CV ready to send', 'Knows the way to work', 'Practised an interview', 'Has a bank account']);
  });

  await test.step('Tom’s record: a day that does not exist and a referral after the start said beside their boxes, then saved', async () => {
    await trainees.openTrainee('Tom Trainee');
    const f = trainees.recordForm;
    await f.getByRole('group', { name: /^Start date/ }).getByLabel('Day', { exact: true }).fill('31');
    await f.getByRole('group', { name: /^Start date/ }).getByLabel('Month', { exact: true }).fill('4');
    await f.getByRole('group', { name: /^Start date/ }).getByLabel('Year', { exact: true }).fill('2030');
    await trainees.saveRecord();
    await expect(trainees.errorBeside('record-start')).toHaveText('Problem: 31 April 2030 does not exist: April has 30 days.');
    await expect(f.getByRole('group', { name: /^Start date/ }).getByLabel('Day', { exact: true })).toBeFocused();
    await expectNoSeriousA11yProblems(page, 'trainees: a day that does not exist beside the start date');

    await trainees.fillRecord({
      preferredName: 'Tommy',
      startDate: '2030-05-20',
      programme: 'Café skills, 12 weeks',
      referredBy: 'Probation',
      referralDate: '2030-05-25',
      goal: 'A job in a kitchen by the summer',
      gender: 'Man',
    });
    await trainees.saveRecord();
    await expect(trainees.errorBeside('record-referral-date')).toContainText('The referral date must be on or before the start date (');
    await trainees.fillRecord({ referralDate: '2030-05-02' });
    await trainees.saveRecord();
    await expect(trainees.notice(trainees.recordForm, 'Saved Tom Trainee’s record.')).toBeVisible();
    await expect(trainees.detail.getByRole('heading', { level: 2 })).toHaveText('Tom Trainee (Tommy)');
    await expect(trainees.row('Tom Trainee')).toContainText('Monday 20 May 2030');
    await expectNoSeriousA11yProblems(page, 'trainees: a record saved');
  });

  await test.step('Tom’s status: paused with a reason, then active again, with its history', async () => {
    await trainees.setStatus('Withdrawn', '', '');
    await expect(trainees.errorBeside('status-reason')).toContainText('Say why they withdrew');
    await trainees.setStatus('Paused', '2030-05-28', 'Family emergency');
    await expect(trainees.notice(trainees.statusPart, 'Tom Trainee is now paused.')).toBeVisible();
    await expect(trainees.statusPart.locator('.status-now')).toHaveText('Now: Paused since Tuesday 28 May 2030 (Family emergency).');
    await trainees.setStatus('Active', '', '');
    await expect(trainees.notice(trainees.statusPart, 'Tom Trainee is now active.')).toBeVisible();
    const history = trainees.statusPart.getByRole('list', { name: 'Status history' }).getByRole('listitem');
    await expect(history.first()).toContainText('Active from Monday 3 June 2030. Recorded by Maya Manager.');
    await expect(history.nth(1)).toContainText('Paused from Tuesday 28 May 2030: Family emergency. Recorded by Maya Manager.');
    await expect(trainees.row('Tom Trainee')).toContainText('Active');
    await expectNoSeriousA11yProblems(page, 'trainees: status and its history');
  });

  await test.step('an outcome dated before Tom started is refused beside the date; a paid job is recorded; one recorded by mistake is removed with a reason', async () => {
    await trainees.part('Outcomes');
    await trainees.recordOutcome({ kind: 'Paid job', date: '2030-05-01', employer: 'Leeds Kitchen Co', hoursPerWeek: '16', evidence: 'Letter' });
    await expect(trainees.errorBeside('outcome-date')).toContainText('Tom Trainee started on');
    await expect(trainees.errorBeside('outcome-date')).toContainText('an outcome cannot be before that');
    await expectNoSeriousA11yProblems(page, 'trainees: an outcome before the start refused');

    await trainees.recordOutcome({ kind: 'Paid job', date: '2030-06-01', employer: 'Leeds Kitchen Co', hoursPerWeek: '16', evidence: 'Letter' });
    await expect(trainees.notice(trainees.outcomesPart, 'Recorded: Paid job at Leeds Kitchen Co, from Saturday 1 June 2030.')).toBeVisible();
    const job = trainees.outcome('Paid job at Leeds Kitchen Co, from Saturday 1 June 2030');
    await expect(job).toContainText('16 hours a week. 12 days after starting. Evidence: letter.');
    await expect(job).toContainText('6-week check: due on Saturday 13 July 2030.');
    await expect(job).toContainText('6-month check: due on Sunday 1 December 2030.');
    await expect(job.getByRole('button', { name: /^Record the/ })).toHaveCount(0);

    await trainees.recordOutcome({ kind: 'Volunteering', date: '2030-06-02', employer: 'Food bank', evidence: 'Self-declaration' });
    const mistake = 'Volunteering at Food bank, from Sunday 2 June 2030';
    await expect(trainees.outcome(mistake)).toBeVisible();
    let change = await trainees.startChangingOutcome(mistake);
    await expect(change.getByLabel('Employer or provider')).toHaveValue('Food bank');
    await fillDate(change, 'Date it started', '2030-05-01');
    await change.getByRole('button', { name: 'Save the change' }).click();
    await expect(trainees.errorBeside('outcome-date')).toContainText('an outcome cannot be before that');
    await change.getByRole('button', { name: 'Keep it as it was' }).click();
    await expect(trainees.outcomesPart.getByRole('form', { name: 'Record an outcome' })).toBeVisible();
    change = await trainees.startChangingOutcome(mistake);
    await change.getByLabel('Evidence', { exact: true }).selectOption({ label: 'Letter' });
    await change.getByRole('button', { name: 'Save the change' }).click();
    await expect(trainees.notice(trainees.outcomesPart, `Changed: ${mistake}.`)).toBeVisible();
    await expect(trainees.outcome(mistake)).toContainText('Evidence: letter.');
    await expectNoSeriousA11yProblems(page, 'trainees: an outcome changed');
    await trainees.removeOutcome(mistake, null);
    await expect(trainees.outcome(mistake)).toBeVisible();
    await trainees.outcome(mistake).getByRole('button', { name: /^Remove this outcome/ }).click();
    await trainees.outcome(mistake).getByRole('button', { name: 'Remove the outcome' }).click();
    await expect(trainees.outcome(mistake).locator('.field-error')).toContainText('Enter the reason');
    await expectNoSeriousA11yProblems(page, 'trainees: removing an outcome needs a reason');
    await trainees.outcome(mistake).getByLabel('Why remove it').fill('Recorded by mistake: it was Priya');
    await trainees.outcome(mistake).getByRole('button', { name: 'Remove the outcome' }).click();
    await expect(trainees.notice(trainees.outcomesPart, `Removed: ${mistake}. It stays on record as removed.`)).toBeVisible();
    await expect(trainees.outcome(mistake)).toHaveCount(0);
    await trainees.showRemovedOutcomes();
    await expect(trainees.removedOutcome(mistake)).toContainText('Removed by Maya Manager on');
    await expect(trainees.removedOutcome(mistake)).toContainText('Recorded by mistake: it was Priya. It does not count in reports.');
    await expectNoSeriousA11yProblems(page, 'trainees: removed outcomes shown');
    await expect(trainees.row('Tom Trainee').locator('td').nth(3)).toHaveText('1');
  });

  await test.step('readiness ticked', async () => {
    await trainees.part('Ready for work');
    await trainees.tick('Has a CV ready to send').check();
    await expect(trainees.notice(trainees.readinessPart, 'Ticked “Has a CV ready to send”: 1 of 4 done.')).toBeVisible();
    await trainees.tick('Practised an interview').check();
    await expect(trainees.notice(trainees.readinessPart, 'Ticked “Practised an interview”: 2 of 4 done.')).toBeVisible();
    await expect(trainees.readinessPart).toContainText('Ticked by Maya Manager on Monday 3 June 2030');
    await expect(trainees.tick('Knows the way to work')).not.toBeChecked();
    await expectNoSeriousA11yProblems(page, 'trainees: readiness ticked');
    await home(page);
    await homePage.logOut();
  });

  await test.step('six weeks on, the 6-week check is due and recorded', async () => {
    await apron.setClock('2030-07-15T10:00:00Z', true);
    await page.reload();
    await login.loginWithPin('Maya Manager', '1111');
    await trainees.open();
    await trainees.openTrainee('Tom Trainee');
    await trainees.part('Outcomes');
    const job = trainees.outcome('Paid job at Leeds Kitchen Co, from Saturday 1 June 2030');
    await expect(job).toContainText('6-week check: due now (since Saturday 13 July 2030).');
    await job.getByRole('button', { name: /^Record the 6-week check/ }).click();
    await job.getByRole('button', { name: 'Save the 6-week check' }).click();
    await expect(job.getByRole('group', { name: 'Date checked' }).locator('.field-error')).toContainText('Enter the date checked');
    await expectNoSeriousA11yProblems(page, 'trainees: a 6-week check with a problem');
    await job.getByRole('button', { name: 'Cancel' }).click();
    await trainees.recordCheck('Paid job at Leeds Kitchen Co, from Saturday 1 June 2030', '6-week', '2030-07-15', true, 'Payslip');
    await expect(trainees.notice(trainees.outcomesPart, 'Recorded the 6-week check: 6-week check: still in it on Monday 15 July 2030, payslip. Checked by Maya Manager.')).toBeVisible();
    await expect(job).toContainText('6-week check: still in it on Monday 15 July 2030, payslip.');
    await expectNoSeriousA11yProblems(page, 'trainees: a 6-week check recorded');
  });

  await test.step('Tom’s progress: hours, stations, readiness and the outcome, with simple charts in words', async () => {
    const ids = await staffIds(page, callFromPage);
    const summary = await callFromPage(page, 'hours.summary', { from: '2030-01-01', to: '2030-12-31', staffId: ids['Tom Trainee'] });
    const credited = (summary.value as { creditedMinutes: number }).creditedMinutes;
    expect(credited).toBe(24 * 60);

    await trainees.part('Progress');
    await expect(trainees.total('Hours credited')).toHaveText('24 hours');
    await expect(trainees.total('Shifts attended')).toHaveText('6');
    await expect(trainees.total('Ready for work')).toHaveText('2 of 4');
    await expect(trainees.chart('Shifts by station')).toHaveText(['Till: 6 shifts, 24 hours']);
    await expect(trainees.chart('Hours credited each month')).toHaveText(['May 2030: 24 hours', 'June 2030: 0 hours', 'July 2030: 0 hours']);
    await expect(trainees.detail.getByRole('list', { name: 'Outcomes' })).toContainText('Paid job at Leeds Kitchen Co, from Saturday 1 June 2030');
    await expect(trainees.detail.getByRole('list', { name: 'Readiness checklist' })).toContainText('Has a CV ready to send: Ticked by Maya Manager');
    await expectNoSeriousA11yProblems(page, 'trainees: progress');
  });

  await test.step('evidence for Tom: the PDF and CSV carry his shifts, hours and the sustained outcome', async () => {
    await trainees.part('Evidence');
    await expectNoSeriousA11yProblems(page, 'trainees: evidence for this trainee');
    const files = await trainees.downloadEvidence('2030-05-01', '2030-07-31');
    expect(files.csvName).toMatch(/^apron-evidence-tom-trainee-2030-05-01-to-2030-07-31\.csv$/);
    expect(files.pdfName).toMatch(/\.pdf$/);
    expect(files.shifts.map((s) => [s.Date, s.Station, s['Credited minutes']])).toEqual([
      ['2030-05-20', 'Till', '240'],
      ['2030-05-22', 'Till', '240'],
      ['2030-05-24', 'Till', '240'],
      ['2030-05-27', 'Till', '240'],
      ['2030-05-29', 'Till', '240'],
      ['2030-05-31', 'Till', '240'],
      ['2030-06-03', 'Till', ''],
      ['2030-06-05', 'Till', ''],
      ['2030-06-07', 'Till', ''],
    ]);
    expect(fieldsOf(files.csv.get('Totals'))['Credited minutes']).toBe('1440');
    const outcomes = recordsOf(files.csv.get('Outcomes'));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ 'Employer or provider': 'Leeds Kitchen Co' });
    expect(Object.values(outcomes[0] ?? {})).toContain('2030-06-01');
    expect(files.pdf.text).toContain('Leeds Kitchen Co');
    expect(files.pdf.text).toContain('Credited hours 24 h (24.00 hours)');
    expect(files.pdf.text).toContain('Programme Café skills, 12 weeks');
  });
});

test('a manager erases a trainee who left long ago, behind their name typed, keeping the anonymous totals', async ({ page, apron }) => {
  test.setTimeout(90_000);
  await apron.setClock('2030-06-03T10:00:00Z', true);
  const login = await startWithSampleCafe(page);
  const homePage = new HomePage(page);
  const trainees = new TraineesPage(page);
  await login.loginWithPin('Maya Manager', '1111');
  await homePage.expectFor('Maya Manager', 'Manager');
  await trainees.open();
  await trainees.openTrainee('Jordan Trainee');
  await expect(trainees.detail.getByRole('region', { name: 'Erase this record' })).toHaveCount(0);

  await trainees.setStatus('Withdrawn', '', 'Moved to Hull');
  await expect(trainees.notice(trainees.statusPart, 'Jordan Trainee is now withdrawn.')).toBeVisible();
  const erase = trainees.detail.getByRole('region', { name: 'Erase this record' });
  await erase.getByRole('button', { name: 'Erase this record…' }).click();
  await erase.getByLabel('Type their name to confirm: Jordan Trainee').fill('Jordan Trainee');
  await erase.getByRole('button', { name: 'Erase it for good' }).click();
  await expect(erase.getByRole('alert')).toContainText('a record can be erased 6 months after that');
  await expectNoSeriousA11yProblems(page, 'trainees: erasing too soon refused');
  await erase.getByRole('button', { name: 'Keep the record' }).click();
  await expect(erase.getByRole('button', { name: 'Erase this record…' })).toBeVisible();
  await home(page);
  await homePage.logOut();

  await apron.setClock('2030-12-09T10:00:00Z', true);
  await page.reload();
  await login.loginWithPin('Maya Manager', '1111');
  await trainees.open();
  await trainees.openTrainee('Jordan Trainee');
  await erase.getByRole('button', { name: 'Erase this record…' }).click();
  await erase.getByLabel('Type their name to confirm: Jordan Trainee').fill('Jordan');
  await erase.getByRole('button', { name: 'Erase it for good' }).click();
  await expect(trainees.errorBeside('erase-confirm')).toHaveText('Problem: To confirm, type their name exactly as the staff list has it.');
  await expect(erase.getByLabel('Type their name to confirm: Jordan Trainee')).toBeFocused();
  await expectNoSeriousA11yProblems(page, 'trainees: erasing with the name mistyped');
  await erase.getByLabel('Type their name to confirm: Jordan Trainee').fill('Jordan Trainee');
  await erase.getByRole('button', { name: 'Erase it for good' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Erased\. The record is now “Former trainee \w+”\. Kept, without a name: \d+ shifts?, .+ credited/ })).toBeVisible();
  await expect(trainees.row('Jordan Trainee')).toHaveCount(0);
  await expect(trainees.detail).toHaveCount(0);
  await expectNoSeriousA11yProblems(page, 'trainees: a record erased');
  await trainees.page.getByLabel('Show trainees who have left the staff list').check();
  await expect(trainees.list.getByRole('rowheader', { name: /^Former trainee \w+ \(left\)$/ })).toBeVisible();
});
