import { expect, type Locator, type Page } from '@playwright/test';
import { downloadBoth, fillDate, recordsOf, type EvidenceFiles } from './EvidenceFiles.ts';

export interface TraineeEvidenceRead extends EvidenceFiles {
  /** The Shifts table's rows keyed by its header. */
  shifts: Record<string, string>[];
  /** The core's words for an empty period, as the screen shows them. */
  emptyMessage: string | null;
}

/** The manager's Evidence and reports screen: one trainee's placement-hours evidence, and the cohort report. */
export class EvidencePage {
  readonly heading: Locator;
  readonly traineePart: Locator;
  readonly cohortPart: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Evidence and reports' });
    this.traineePart = page.locator('.evidence-part').filter({ has: page.locator('#trainee-evidence-heading') });
    this.cohortPart = page.locator('.evidence-part').filter({ has: page.locator('#cohort-heading') });
  }

  /** From home. */
  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Evidence/ }).click();
    await expect(this.heading).toBeVisible();
  }

  async chooseTrainee(name: string): Promise<void> {
    const select = this.page.getByLabel('Trainee', { exact: true });
    const value = await select.locator('option').filter({ hasText: name }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    await expect(this.traineePart.getByRole('heading', { level: 2 })).toHaveText(`${name}’s placement hours`);
  }

  /** The period typed as 'YYYY-MM-DD' days into a part's boxes. */
  async period(part: Locator, from: string, to: string): Promise<void> {
    await fillDate(part, 'First day', from);
    await fillDate(part, 'Last day', to);
  }

  async askTrainee(from: string, to: string): Promise<void> {
    await this.period(this.traineePart, from, to);
    await this.traineePart.getByRole('button', { name: 'Make the evidence' }).click();
  }

  result(part: Locator): Locator {
    return part.getByRole('region');
  }

  /** The problem said beside a box of the trainee part ('from' or 'to'). */
  errorBeside(part: 'trainee-evidence' | 'cohort', box: 'from' | 'to'): Locator {
    return this.page.locator(`#${part}-${box}-error`);
  }

  /** A figure of a result's summary, by its label. */
  summary(part: Locator, label: string): Locator {
    return this.result(part).locator('.evidence-summary > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  /** Chooses the trainee and period, makes the evidence, downloads the PDF and CSV and reads them back. */
  async downloadTraineeEvidence(trainee: string, from: string, to: string): Promise<TraineeEvidenceRead> {
    await this.chooseTrainee(trainee);
    await this.askTrainee(from, to);
    const result = this.result(this.traineePart);
    await expect(result.getByRole('heading')).toContainText(trainee);
    const files = await downloadBoth(this.page, result);
    const empty = result.locator('.evidence-empty');
    return { ...files, shifts: recordsOf(files.csv.get('Shifts')), emptyMessage: (await empty.count()) > 0 ? await empty.innerText() : null };
  }

  /** Makes the cohort report for the period and downloads and reads both files. */
  async downloadCohortReport(from: string, to: string): Promise<EvidenceFiles & { emptyMessage: string | null }> {
    await this.period(this.cohortPart, from, to);
    await this.cohortPart.getByRole('button', { name: 'Make the cohort report' }).click();
    const result = this.result(this.cohortPart);
    await expect(result.getByRole('heading', { level: 3 })).toContainText('Cohort report');
    const files = await downloadBoth(this.page, result);
    const empty = result.locator('.evidence-empty');
    return { ...files, emptyMessage: (await empty.count()) > 0 ? await empty.innerText() : null };
  }
}
