import type { Page } from '@playwright/test';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { EvidencePage } from './pages/EvidencePage.ts';
import { fieldsOf, recordsOf, typeDate } from './pages/EvidenceFiles.ts';
import { HomePage } from './pages/HomePage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { HoursPage, MyHoursPage, planAndPublish, staffIds } from './pages/HoursPage.ts';
import { MyProgressPage } from './pages/MyProgressPage.ts';

// Evidence for funders, colleges and probation, downloaded and read back as they would: the CSV
// parsed as a spreadsheet does, the PDF's text read with pdf.js. The sample café is set up on
// Monday 3 June 2030: Tom, Priya and Jordan have two weeks of approved shifts before it.
// Zoë's name has an accent, quotes, a comma and starts with "=", as a spreadsheet formula would.

const ZOE = '=Zoë "Zed" O\'Brien, Jr';

async function home(page: Page): Promise<void> {
  await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
}

/** "4 hours", "3 hours 45 minutes", as the screens say a duration. */
function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? '1 hour' : `${h} hours`;
  return m === 0 ? hours : h === 0 ? `${m} minutes` : `${hours} ${m} minutes`;
}

/** A shift's day as the PDF writes it, less the year (which may wrap to the next line in its cell): "Mon 20 May". */
function pdfDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return `${d.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${d.getUTCDate()} ${d.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' })}`;
}

/** Credited time as the PDF writes it: "4 h", "3 h 45 min". */
function pdfHours(minutes: number): string {
  return `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? '' : ` ${minutes % 60} min`}`;
}

/** The PDF's line for a shift of the CSV: its day, station and credited time on one line. */
function expectPdfShift(lines: readonly string[], shift: Record<string, string>): void {
  const line = lines.find((l) => l.startsWith(`${pdfDay(shift.Date ?? '')} `));
  expect(line, `the PDF's line for ${shift.Date}`).toBeDefined();
  expect(line).toContain(`${shift.Station} `);
  expect(line).toContain(` ${pdfHours(Number(shift['Credited minutes']))} `);
}

const sum = (values: readonly string[]) => values.reduce((total, v) => total + Number(v || 0), 0);

/** Zoë joins, works two shifts that Sam approves (one late), and Tom and Zoë have referral source and gender on record. */
async function zoeWorksTwoShifts(page: Page, apron: { setClock(at: string, frozen?: boolean): Promise<void> }): Promise<void> {
  const login = await startWithSampleCafe(page);
  const homePage = new HomePage(page);
  await login.loginWithPin('Maya Manager', '1111');
  await homePage.expectFor('Maya Manager', 'Manager');
  const made = await callFromPage(page, 'staff.create', { displayName: ZOE, role: 'trainee', pin: '7777' });
  expect(made.ok, made.error?.message).toBe(true);
  const ids = await staffIds(page, callFromPage);
  for (const [who, record] of [
    ['Tom Trainee', { startDate: '2030-05-20', referralSource: 'probation', gender: 'man' }],
    [ZOE, { startDate: '2030-06-04', referralSource: 'self', gender: 'woman' }],
  ] as const) {
    const saved = await callFromPage(page, 'trainees.save', { staffId: ids[who], ...record });
    expect(saved.ok, saved.error?.message).toBe(true);
  }
  await homePage.logOut();

  await login.loginWithPin('Sam Supervisor', '2222');
  await homePage.expectFor('Sam Supervisor', 'Supervisor');
  const shifts = await planAndPublish(page, callFromPage, '2030-06-03', [
    { date: '2030-06-04', start: '09:00', end: '13:00', station: 'station-till', person: ZOE },
    { date: '2030-06-05', start: '12:00', end: '16:00', station: 'station-barista', person: ZOE },
  ]);
  await homePage.logOut();
  await apron.setClock('2030-06-06T09:00:00Z', true);
  await login.loginWithPin('Sam Supervisor', '2222');
  await homePage.expectFor('Sam Supervisor', 'Supervisor');
  for (const input of [
    { shiftId: shifts[`${ZOE} 2030-06-04`], attendance: 'attended', start: '09:00', end: '13:00', breakMinutes: 15, reason: 'The scanner was broken' },
    { shiftId: shifts[`${ZOE} 2030-06-05`], attendance: 'late', start: '12:10', end: '16:00', breakMinutes: 0, lateMinutes: 10, reason: 'The bus was late' },
  ]) {
    const r = await callFromPage(page, 'hours.approveShift', input);
    expect(r.ok, r.error?.message).toBe(true);
  }
  await homePage.logOut();
}

test('a manager’s evidence matches the approved hours, names survive the CSV and PDF, the cohort report adds up, an empty period says so and still downloads', async ({ page, apron }) => {
  test.setTimeout(150_000);
  await apron.setClock('2030-06-03T10:00:00Z', true);
  await zoeWorksTwoShifts(page, apron);
  const login = new LoginPage(page);
  const homePage = new HomePage(page);
  const evidence = new EvidencePage(page);

  await login.loginWithPin('Maya Manager', '1111');
  await homePage.expectFor('Maya Manager', 'Manager');
  const hours = new HoursPage(page);
  await test.step('the Hours screen shows Zoë’s approved hours', async () => {
    await hours.open();
    await hours.showDay('2030-06-04', 'Tuesday 4 June 2030');
    await expect(hours.row(ZOE)).toContainText('3 hours 45 minutes');
    await hours.showDay('2030-06-05', 'Wednesday 5 June 2030');
    await expect(hours.row(ZOE)).toContainText('3 hours 50 minutes');
    await home(page);
  });

  await evidence.open();
  await expectNoSeriousA11yProblems(page, 'evidence: the screen');

  await test.step('period problems are said beside their boxes', async () => {
    await evidence.chooseTrainee(ZOE);
    await typeDate(evidence.traineePart, 'First day', '31', '2', '2030');
    await typeDate(evidence.traineePart, 'Last day', '30', '6', '2030');
    await evidence.traineePart.getByRole('button', { name: 'Make the evidence' }).click();
    await expect(evidence.errorBeside('trainee-evidence', 'from')).toHaveText('Problem: 31 February 2030 does not exist: February has 28 days that year.');
    await expect(evidence.traineePart.getByRole('group', { name: /^First day/ }).getByLabel('Day')).toBeFocused();
    await evidence.askTrainee('2030-06-01', '2030-05-01');
    await expect(evidence.errorBeside('trainee-evidence', 'to')).toHaveText('Problem: The last day must be on or after the first day (Saturday 1 June 2030).');
    await expect(evidence.errorBeside('trainee-evidence', 'from')).toHaveCount(0);
    await expectNoSeriousA11yProblems(page, 'evidence: an end before the start');
  });

  await test.step('Zoë’s evidence: her name survives, neutralised in the CSV; the shifts and hours match the Hours screen', async () => {
    const files = await evidence.downloadTraineeEvidence(ZOE, '2030-06-01', '2030-06-30');
    expect(files.emptyMessage).toBeNull();
    expect(files.csvText.startsWith('\uFEFF')).toBe(true);
    const details = fieldsOf(files.csv.get('Placement hours evidence'));
    expect(details.Trainee).toBe(`'${ZOE}`);
    expect(files.shifts.map((s) => [s.Date, s.Station, s['Break minutes'], s['Credited minutes'], s.Attendance, s['Minutes late'], s['Approved by']])).toEqual([
      ['2030-06-04', 'Till', '15', '225', 'attended', '', 'Sam Supervisor'],
      ['2030-06-05', 'Barista', '0', '230', 'late', '10', 'Sam Supervisor'],
    ]);
    const totals = fieldsOf(files.csv.get('Totals'));
    expect(totals['Credited minutes']).toBe('455');
    expect(sum(files.shifts.map((s) => s['Credited minutes'] ?? ''))).toBe(455);
    expect(files.pdf.text).toContain(`Trainee ${ZOE}`);
    expect(files.pdf.text).toContain('Credited hours 7 h 35 min (7.58 hours)');
    for (const s of files.shifts) expectPdfShift(files.pdf.lines, s);
    expect(files.pdf.text).toContain('Period 1 June 2030 to 30 June 2030');
    await expect(evidence.summary(evidence.traineePart, 'Hours credited')).toHaveText(duration(455));
    await expect(evidence.summary(evidence.traineePart, 'Attended')).toHaveText('2 shifts (1 late)');
    await expectNoSeriousA11yProblems(page, 'evidence: a trainee’s evidence made');
  });

  let tomShifts: Record<string, string>[] = [];
  await test.step('Tom’s evidence: every approved shift and the total', async () => {
    const files = await evidence.downloadTraineeEvidence('Tom Trainee', '2030-05-01', '2030-06-30');
    tomShifts = files.shifts.filter((s) => s['Credited minutes'] !== '');
    expect(tomShifts.map((s) => s.Date)).toEqual(['2030-05-20', '2030-05-22', '2030-05-24', '2030-05-27', '2030-05-29', '2030-05-31']);
    expect(fieldsOf(files.csv.get('Totals'))['Credited minutes']).toBe(String(sum(tomShifts.map((s) => s['Credited minutes'] ?? ''))));
    expect(files.pdf.text).toContain('Credited hours 24 h (24.00 hours)');
    for (const s of tomShifts) expectPdfShift(files.pdf.lines, s);
  });

  await test.step('the cohort report adds up', async () => {
    const summary = await callFromPage(page, 'hours.summary', { from: '2030-05-01', to: '2030-06-30' });
    const credited = (summary.value as { creditedMinutes: number }).creditedMinutes;
    const files = await evidence.downloadCohortReport('2030-05-01', '2030-06-30');
    expect(files.emptyMessage).toBeNull();
    const report = fieldsOf(files.csv.get('Cohort report'));
    expect(Number(report['Credited minutes'])).toBe(credited);
    const months = recordsOf(files.csv.get('Hours by month'));
    expect(months.map((m) => m.Month)).toEqual(['2030-05', '2030-06']);
    expect(sum(months.map((m) => m['Credited minutes'] ?? ''))).toBe(credited);
    const participants = Number(report.Participants);
    expect(participants).toBe(4);
    for (const table of ['By gender', 'By referral source']) {
      const groups = recordsOf(files.csv.get(table));
      expect(sum(groups.map((g) => g.Participants ?? '')), table).toBe(participants);
      expect(sum(groups.map((g) => g['Credited minutes'] ?? '')), table).toBe(credited);
    }
    expect(recordsOf(files.csv.get('By referral source')).map((g) => g.Group)).toEqual(expect.arrayContaining(['Probation', 'Self-referral']));
    await expect(evidence.summary(evidence.cohortPart, 'Hours credited')).toHaveText(duration(credited));
    await expect(evidence.summary(evidence.cohortPart, 'Trainees taking part')).toHaveText('4');
    expect(files.pdf.text).toContain('Cohort report');
    expect(files.pdf.text).not.toContain('Zoë');
    await expectNoSeriousA11yProblems(page, 'evidence: the cohort report made');
  });

  await test.step('an empty period says so plainly and still downloads valid files', async () => {
    const files = await evidence.downloadTraineeEvidence(ZOE, '2029-01-01', '2029-01-31');
    expect(files.emptyMessage).toContain('has no shifts, skills or outcomes on record for');
    expect(files.emptyMessage).toContain('The files are empty apart from their headings.');
    expect(files.shifts).toEqual([]);
    expect(files.csv.get('Shifts')?.header).toContain('Credited minutes');
    expect(files.pdf.text).toContain('Placement hours evidence');
    const cohort = await evidence.downloadCohortReport('2029-01-01', '2029-01-31');
    expect(cohort.emptyMessage).toContain('Nobody had a shift or an outcome from');
    expect(fieldsOf(cohort.csv.get('Cohort report'))).toMatchObject({ Participants: '0', 'Credited minutes': '0' });
    expect(sum(recordsOf(cohort.csv.get('Hours by month')).map((m) => m['Credited minutes'] ?? ''))).toBe(0);
    expect(cohort.pdf.text).toContain('Cohort report');
    await expect(evidence.result(evidence.cohortPart).locator('.evidence-empty')).toBeVisible();
    await expectNoSeriousA11yProblems(page, 'evidence: an empty period');
    await home(page);
    await homePage.logOut();
  });

  await test.step('Tom’s My hours shows the same shifts and hours as his evidence', async () => {
    await login.loginWithPin('Tom Trainee', '3333');
    await homePage.expectFor('Tom Trainee', 'Trainee');
    const mine = new MyHoursPage(page);
    await mine.open();
    await expect(mine.total('All your hours')).toHaveText(duration(sum(tomShifts.map((s) => s['Credited minutes'] ?? ''))));
    for (const s of tomShifts) {
      const day = new Date(`${s.Date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).replace(',', '');
      await expect(mine.row(day)).toContainText(duration(Number(s['Credited minutes'])));
    }
  });
});

test('a trainee sees their own progress and downloads their own record; the manager’s screens and another trainee’s record are refused', async ({ page, apron }) => {
  test.setTimeout(90_000);
  await apron.setClock('2030-06-03T10:00:00Z', true);
  const login = await startWithSampleCafe(page);
  const homePage = new HomePage(page);
  await login.loginWithPin('Tom Trainee', '3333');
  await homePage.expectFor('Tom Trainee', 'Trainee');
  const progress = new MyProgressPage(page);
  await progress.open();
  await expect(progress.welcome).toContainText('Well done, Tom: you have done 24 hours on placement over 6 shifts.');
  await expect(progress.total('Hours credited')).toHaveText('24 hours');
  await expect(progress.chart('Shifts by station')).toHaveText(['Till: 6 shifts, 24 hours']);
  await expectNoSeriousA11yProblems(page, 'my progress');

  const mine = await progress.downloadMyRecord('2030-05-01', '2030-06-30');
  expect(mine.csvName).toBe('apron-evidence-tom-trainee-2030-05-01-to-2030-06-30.csv');
  expect(sum(mine.shifts.map((s) => s['Credited minutes'] ?? ''))).toBe(24 * 60);
  expect(mine.pdf.text).toContain('Trainee Tom Trainee');
  expect(mine.pdf.text).toContain('Credited hours 24 h (24.00 hours)');
  await expectNoSeriousA11yProblems(page, 'my progress: my record made');

  const ids = await staffIds(page, callFromPage);
  const theirs = await callFromPage(page, 'evidence.trainee', { from: '2030-05-01', to: '2030-06-30', staffId: ids['Priya Trainee'] });
  expect(theirs.ok).toBe(false);
  expect(theirs.error?.code).toBe('forbidden');
  const cohort = await callFromPage(page, 'evidence.cohort', { from: '2030-05-01', to: '2030-06-30' });
  expect(cohort.error?.code).toBe('forbidden');

  await expect(page.locator('.home-tiles').getByRole('link', { name: /^(Trainees|Evidence)/ })).toHaveCount(0);
  await page.goto('/#/trainees');
  await expect(page.getByText('Trainees is only for managers.')).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'trainees refused to a trainee');
  await page.goto('/#/evidence');
  await expect(page.getByText('Evidence and reports is only for managers.')).toBeVisible();
  const list = await callFromPage(page, 'trainees.list', {});
  expect(list.error?.code).toBe('forbidden');
});
