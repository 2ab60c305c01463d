import { expect, type Locator, type Page } from '@playwright/test';
import { downloadBoth, fillDate, recordsOf, type EvidenceFiles } from './EvidenceFiles.ts';

/** A trainee's own progress, and their record to download (their right of access). */
export class MyProgressPage {
  readonly heading: Locator;
  readonly welcome: Locator;
  readonly recordPart: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My progress' });
    this.welcome = page.locator('.progress-welcome');
    this.recordPart = page.locator('.evidence-part').filter({ has: page.getByRole('heading', { name: 'Download my record' }) });
  }

  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^My progress/ }).click();
    await expect(this.heading).toBeVisible();
  }

  /** A figure at the top ("Hours credited", "Shifts attended", "Skills signed off", "Ready for work"). */
  total(label: string): Locator {
    return this.page.locator('.progress-totals > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  /** A simple chart's rows ("Hours credited each month", "Shifts by station") as label and words. */
  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title }).getByRole('listitem');
  }

  /** Downloads their own record for the period and reads it back. */
  async downloadMyRecord(from: string, to: string): Promise<EvidenceFiles & { shifts: Record<string, string>[] }> {
    await fillDate(this.recordPart, 'First day', from);
    await fillDate(this.recordPart, 'Last day', to);
    await this.recordPart.getByRole('button', { name: 'Get my record' }).click();
    const files = await downloadBoth(this.page, this.recordPart.getByRole('region'));
    return { ...files, shifts: recordsOf(files.csv.get('Shifts')) };
  }
}
