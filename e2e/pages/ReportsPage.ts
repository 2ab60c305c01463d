import { expect, type Locator, type Page } from '@playwright/test';

/** The reports screen: the VAT summary for a range of days, and its CSV. */
export class ReportsPage {
  readonly vat: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.vat = page.getByRole('region', { name: 'VAT summary' });
    this.from = this.vat.getByLabel('From');
    this.to = this.vat.getByLabel('To (included)');
    this.table = this.vat.getByRole('table');
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  }

  async quickPick(label: 'Last quarter' | 'This month'): Promise<void> {
    await this.vat.getByRole('group', { name: 'Quick picks' }).getByRole('button', { name: new RegExp(`^${label}`) }).click();
  }

  async show(from: string, to: string): Promise<void> {
    await this.from.fill(from);
    await this.to.fill(to);
    await this.vat.getByRole('button', { name: 'Show VAT summary' }).click();
  }

  /** Net, VAT and gross for a rate ("20%", "0%", "All rates"). */
  rate(label: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
  }

  /** Presses Download CSV: the file's name and text. */
  async downloadCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.vat.getByRole('button', { name: 'Download CSV' }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
