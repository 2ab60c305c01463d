import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { EvidencePage } from './pages/EvidencePage.ts';
import { fieldsOf, recordsOf } from './pages/EvidenceFiles.ts';
import { HomePage } from './pages/HomePage.ts';
import { SkillsPage } from './pages/SkillsPage.ts';
import { TraineesPage } from './pages/TraineesPage.ts';

// Issue 6's 'done when', as the café lives it: Sam watches Tom on shift after shift and signs
// two skills off (one, food safety, countersigned by Maya); Maya records the job Tom moves
// into; then Tom's evidence, read back from the PDF and the CSV the browser saved, holds
// exactly his approved hours and those sign-offs, and the cohort report adds up. The sample
// café is set up on Wednesday 13 November 2030 (GMT): Tom worked the till on Mondays,
// Wednesdays and Fridays of the two weeks before, approved, with Sam on duty.

const TODAY = '2030-11-13T15:00:00.000Z';
const PERIOD = { from: '2030-10-01', to: '2030-11-13' };
const EMPLOYER = 'Northern Quarter Coffee, "NQ" Ltd';

interface MyShift {
  id: string;
  day: string;
  creditedMinutes: number | null;
  station: { name: string } | null;
  approval: { by: { displayName: string } } | null;
}

const sum = (values: readonly (string | number | undefined)[]) => values.reduce<number>((total, v) => total + Number(v ?? 0), 0);

/** A shift's day as the PDF writes it, less the year: "Mon 4 Nov". */
function pdfDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return `${d.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${d.getUTCDate()} ${d.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' })}`;
}

/** Credited time as the PDF writes it: "4 h", "3 h 45 min". */
function pdfHours(minutes: number): string {
  return `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? '' : ` ${minutes % 60} min`}`;
}

test('done when: Sam observes and signs off Tom’s skills over several shifts, Maya countersigns and records his job; his evidence PDF and CSV match his approved hours and sign-offs exactly, and the cohort report adds up', async ({ page, apron }) => {
  test.setTimeout(180_000);
  await apron.setClock(TODAY, true);
  await page.clock.setFixedTime(new Date(TODAY));
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  const skills = new SkillsPage(page);
  let approved: MyShift[] = [];

  await test.step('Tom’s approved hours, as he sees them', async () => {
    await login.loginWithPin('Tom Trainee', '3333');
    await home.expectFor('Tom Trainee', 'Trainee');
    const mine = await callFromPage(page, 'hours.mine', PERIOD);
    expect(mine.ok).toBe(true);
    approved = (mine.value as { shifts: MyShift[] }).shifts.filter((s) => s.creditedMinutes !== null).sort((a, b) => a.day.localeCompare(b.day));
    expect(approved.length).toBeGreaterThanOrEqual(3);
    await home.logOut();
  });

  await test.step('Sam observes Tom greeting and serving on three shifts, and cleaning on two, then signs both off', async () => {
    await login.loginWithPin('Sam Supervisor', '2222');
    await home.expectFor('Sam Supervisor', 'Supervisor');
    await skills.open();
    await skills.observe('Tom Trainee', 'Monday 4 November 2030', 'CS1', 'Independent', 'Greeted every table within a minute');
    await skills.signOff('Tom Trainee', 'CS1');
    await expect(skills.problemFor('CS1')).toContainText('3');
    await skills.observe('Tom Trainee', 'Wednesday 6 November 2030', 'CS1', 'Independent', 'Repeated a large order back without a slip');
    await skills.observe('Tom Trainee', 'Friday 8 November 2030', 'CS1', 'Independent', 'Calm and friendly in the lunchtime queue');
    await skills.signOff('Tom Trainee', 'CS1');
    await expect(skills.notice(/^Signed off CS1/)).toBeVisible();
    await expect(skills.skill('CS1')).toContainText('Signed off');

    await skills.observe('Tom Trainee', 'Monday 4 November 2030', 'FS2', 'Independent', 'Followed the schedule, right dilution');
    await skills.observe('Tom Trainee', 'Friday 8 November 2030', 'FS2', 'Independent', 'Signed the cleaning record');
    await skills.signOff('Tom Trainee', 'FS2');
    await expect(skills.skill('FS2')).toContainText(/second sign/i);
    await expectNoSeriousA11yProblems(page, 'journey: skills signed off, one waiting for a second signer');
    await home.logOut();
  });

  await test.step('Maya countersigns the food-safety skill and records the job Tom moves into', async () => {
    await login.loginWithPin('Maya Manager', '1111');
    await home.expectFor('Maya Manager', 'Manager');
    await skills.open();
    await skills.countersign('Tom Trainee', 'FS2');
    await expect(skills.notice(/^Countersigned FS2 Cleaning for Tom Trainee: it is signed off./)).toBeVisible();
    await expect(skills.skill('FS2')).toContainText('Maya Manager');
    await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();

    const trainees = new TraineesPage(page);
    await trainees.open();
    await trainees.openTrainee('Tom Trainee');
    await trainees.fillRecord({ startDate: '2030-09-30', referredBy: 'Probation', gender: 'Man' });
    await trainees.saveRecord();
    await expect(trainees.notice(trainees.recordForm, 'Saved Tom Trainee’s record.')).toBeVisible();
    await trainees.part('Outcomes');
    await trainees.recordOutcome({ kind: 'Paid job', date: '2030-11-12', employer: EMPLOYER, hoursPerWeek: '16', evidence: 'Letter' });
    await expect(trainees.outcome(/Paid job/)).toContainText(EMPLOYER);
    await expectNoSeriousA11yProblems(page, 'journey: an outcome recorded');
    await page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
  });

  await test.step('Tom’s evidence: every approved shift and its hours, both sign-offs with who and when, and the job, in the CSV and the PDF', async () => {
    const evidence = new EvidencePage(page);
    await evidence.open();
    const files = await evidence.downloadTraineeEvidence('Tom Trainee', PERIOD.from, PERIOD.to);

    const credited = files.shifts.filter((s) => s['Credited minutes'] !== '');
    expect(credited.map((s) => [s.Date, s.Station, Number(s['Credited minutes']), s['Approved by']])).toEqual(
      approved.map((s) => [s.day, s.station?.name ?? '', s.creditedMinutes, s.approval?.by.displayName ?? '']),
    );
    const totals = fieldsOf(files.csv.get('Totals'));
    expect(Number(totals['Credited minutes'])).toBe(sum(approved.map((s) => s.creditedMinutes ?? 0)));

    const signed = recordsOf(files.csv.get('Skills signed off'));
    expect(signed.map((s) => [s.Code, s.Observations, s['Observed by'], s['Signed off by'], s['Second signer'], (s['Signed off at'] ?? '').slice(0, 10)])).toEqual([
      ['CS1', '3', 'Sam Supervisor', 'Sam Supervisor', '', '2030-11-13'],
      ['FS2', '2', 'Sam Supervisor', 'Sam Supervisor', 'Maya Manager', '2030-11-13'],
    ]);
    const outcomes = recordsOf(files.csv.get('Outcomes'));
    expect(outcomes.map((o) => [o['Started on'], o['Employer or provider'], Number(o['Hours a week']), o['Sustained at 6 weeks']])).toEqual([['2030-11-12', EMPLOYER, 16, 'not checked']]);
    expect(outcomes[0]?.['Days from start']).toBe('43');

    for (const s of approved) {
      const line = files.pdf.lines.find((l) => l.startsWith(`${pdfDay(s.day)} `));
      expect(line, `the PDF's line for ${s.day}`).toBeDefined();
      expect(line).toContain(` ${pdfHours(s.creditedMinutes ?? 0)} `);
    }
    const cs1 = files.pdf.lines.find((l) => l.startsWith('CS1 '));
    expect(cs1).toContain('Greeting and serving');
    expect(cs1).toContain('Sam Supervisor');
    const fs2 = files.pdf.lines.find((l) => l.startsWith('FS2 '));
    expect(fs2).toContain('Maya Manager');
    expect(files.pdf.text).toContain('Northern Quarter Coffee');
  });

  await test.step('the cohort report for the same period adds up, and counts Tom’s sign-offs and job', async () => {
    const evidence = new EvidencePage(page);
    const cohort = await evidence.downloadCohortReport(PERIOD.from, PERIOD.to);
    const report = fieldsOf(cohort.csv.get('Cohort report'));
    const credited = Number(report['Credited minutes']);
    expect(sum(recordsOf(cohort.csv.get('Hours by month')).map((m) => m['Credited minutes']))).toBe(credited);
    for (const table of ['By gender', 'By referral source']) {
      const groups = recordsOf(cohort.csv.get(table));
      expect(sum(groups.map((g) => g.Participants)), table).toBe(Number(report.Participants));
      expect(sum(groups.map((g) => g['Credited minutes'])), table).toBe(credited);
    }
    const summary = await callFromPage(page, 'hours.summary', PERIOD);
    expect(credited).toBe((summary.value as { creditedMinutes: number }).creditedMinutes);
    expect(Number(report['Skills signed off'])).toBeGreaterThanOrEqual(2);
    expect(Number(report.Outcomes)).toBeGreaterThanOrEqual(1);
    expect(Number(report['Participants with an outcome'])).toBeGreaterThanOrEqual(1);
    expect(cohort.pdf.text).toContain('Cohort report');
    await expectNoSeriousA11yProblems(page, 'journey: the cohort report');
  });
});
