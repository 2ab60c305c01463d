import { expect, type Locator, type Page } from '@playwright/test';

export type SkillLevelLabel = 'Shadowing' | 'With support' | 'Independent';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The Skills sign-off screen, used as a supervisor or manager would: the matrix, a trainee's
 * page, recording observations, signing off, countersigning and withdrawing. A competency is
 * named by its code ("TC2") or its code and title ("TC2 Orders and payments").
 */
export class SkillsPage {
  readonly heading: Locator;
  readonly matrix: Locator;
  readonly areaFilter: Locator;
  readonly observeForm: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Skills sign-off' });
    this.matrix = page.getByRole('table', { name: /^Skills matrix/ });
    this.areaFilter = page.getByLabel('Show skills from');
    this.observeForm = page.getByRole('region', { name: /^Record an observation of/ });
    this.dialog = page.getByRole('dialog');
  }

  /** From home. */
  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Skills sign-off/ }).click();
    await expect(this.heading).toBeVisible();
  }

  async filterArea(area: string): Promise<void> {
    await this.areaFilter.selectOption({ label: area });
  }

  /** On a trainee's page: which areas' skills are shown. */
  async filterTraineeArea(area: string): Promise<void> {
    await this.page.getByLabel('Show skills from').selectOption({ label: area });
  }

  /** On a trainee's page: the headings of the areas shown, in order. */
  get areaHeadings(): Locator {
    return this.page.locator('.skill-area > h3');
  }

  /** A trainee's row of the matrix. */
  row(trainee: string): Locator {
    return this.matrix.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escape(trainee)}`) }) });
  }

  /** The words in one cell of the matrix, found by the column's code. */
  async cell(trainee: string, code: string): Promise<Locator> {
    await expect(this.matrix).toBeVisible();
    await expect(this.matrix.locator('thead th').filter({ hasText: new RegExp(`^${escape(code)}`) })).toHaveCount(1);
    const headings = await this.matrix.locator('thead th').allTextContents();
    const column = headings.findIndex((h) => h.startsWith(code));
    expect(column, `a column for ${code} in ${headings.join(', ')}`).toBeGreaterThan(0);
    return this.row(trainee).getByRole('cell').nth(column - 1);
  }

  traineeHeading(trainee: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: `${trainee}’s skills` });
  }

  /** Opens a trainee's page from the matrix (or stays on it when it is open). */
  async chooseTrainee(trainee: string): Promise<void> {
    if (await this.traineeHeading(trainee).isVisible()) return;
    const back = this.page.getByRole('button', { name: 'Back to the skills matrix' });
    if (await back.isVisible()) await back.click();
    await this.row(trainee).getByRole('button', { name: trainee }).click();
    await expect(this.traineeHeading(trainee)).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 3, name: 'What is next' })).toBeVisible();
  }

  async backToMatrix(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back to the skills matrix' }).click();
    await expect(this.matrix).toBeVisible();
  }

  /** One skill's card on the trainee's page. */
  skill(competency: string): Locator {
    return this.page.locator('.skill-card').filter({ has: this.page.getByRole('heading', { level: 4, name: new RegExp(`^${escape(competency)}`) }) });
  }

  /** The core's refusal shown on a skill's card, beside its buttons. */
  problemFor(competency: string): Locator {
    return this.skill(competency).getByRole('alert');
  }

  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Opens the form to record an observation (from the top of the trainee's page). */
  async startObservation(trainee: string): Promise<void> {
    await this.chooseTrainee(trainee);
    await this.page.getByRole('button', { name: 'Record an observation', exact: true }).click();
    await expect(this.observeForm).toBeVisible();
  }

  /** Chooses the shift whose words begin with the day in words: "Monday 4 November 2030". */
  async chooseShift(shiftDate: string): Promise<void> {
    const select = this.observeForm.getByLabel('Shift you saw them on');
    const label = await select.locator('option').filter({ hasText: new RegExp(`^${escape(shiftDate)}`) }).first().textContent();
    expect(label, `a shift on ${shiftDate}`).toBeTruthy();
    await select.selectOption({ label: label ?? '' });
  }

  async chooseSkill(competency: string): Promise<void> {
    const select = this.observeForm.getByLabel('Skill', { exact: true });
    const label = await select.locator('option').filter({ hasText: new RegExp(`^${escape(competency)}`) }).first().textContent();
    expect(label, `a skill called ${competency}`).toBeTruthy();
    await select.selectOption({ label: label ?? '' });
  }

  async fillObservation(shiftDate: string, competency: string, level: SkillLevelLabel, note: string): Promise<void> {
    await this.chooseShift(shiftDate);
    await this.chooseSkill(competency);
    await this.observeForm.getByRole('group', { name: /How did they do\?/ }).getByRole('radio', { name: level, exact: true }).check();
    await this.observeForm.getByLabel(/^Note/).fill(note);
  }

  async submitObservation(): Promise<void> {
    await this.observeForm.getByRole('button', { name: 'Record the observation' }).click();
  }

  /** Records what the supervisor saw on one of the trainee's shifts, and waits for it to be said. */
  async observe(trainee: string, shiftDate: string, competency: string, level: SkillLevelLabel, note: string): Promise<void> {
    await this.startObservation(trainee);
    await this.fillObservation(shiftDate, competency, level, note);
    await this.submitObservation();
    await expect(this.notice(new RegExp(`^Recorded ${escape(trainee)} on ${escape(competency)}`))).toBeVisible();
  }

  /** Presses Sign off on the skill's card; the caller reads what happened (a notice, or the core's refusal beside it). */
  async signOff(trainee: string, competency: string): Promise<void> {
    await this.chooseTrainee(trainee);
    await this.skill(competency).getByRole('button', { name: /^Sign off/ }).click();
  }

  async countersign(trainee: string, competency: string): Promise<void> {
    await this.chooseTrainee(trainee);
    await this.skill(competency).getByRole('button', { name: /^Countersign/ }).click();
  }

  async openWithdraw(trainee: string, competency: string): Promise<void> {
    await this.chooseTrainee(trainee);
    await this.skill(competency).getByRole('button', { name: /^Withdraw the sign-off/ }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Withdraw this sign-off?' })).toBeVisible();
  }

  async withdraw(trainee: string, competency: string, reason: string): Promise<void> {
    await this.openWithdraw(trainee, competency);
    await this.dialog.getByLabel('Why withdraw it?').fill(reason);
    await this.dialog.getByRole('button', { name: 'Withdraw the sign-off' }).click();
    await expect(this.notice(/^Withdrew the sign-off of/)).toBeVisible();
  }

  /** The trainee's qualifications part. */
  get qualifications(): Locator {
    return this.page.getByRole('region', { name: 'Qualifications' });
  }
}
