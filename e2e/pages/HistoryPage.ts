import { expect, type Locator, type Page } from '@playwright/test';

/** Sales history, used as a supervisor or trainee would: find, open, refund, void. */
export class HistoryPage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sales history' });
    this.rows = page.getByRole('table').first().locator('tbody tr');
    this.dialog = page.locator('dialog[open]');
  }

  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Sales history/ }).click();
    await expect(this.heading).toBeVisible();
  }

  async findReceipt(receipt: number): Promise<void> {
    await this.page.getByLabel('Receipt number').fill(String(receipt));
    await this.page.getByRole('button', { name: 'Find', exact: true }).click();
    await expect(this.rows).toHaveCount(1);
    await expect(this.rows.first().getByRole('rowheader')).toHaveText(String(receipt));
  }

  async findAmount(amount: string): Promise<void> {
    await this.page.getByLabel('Receipt number').fill('');
    await this.page.getByLabel('Amount (£)').fill(amount);
    await this.page.getByRole('button', { name: 'Find', exact: true }).click();
  }

  detail(receipt: number): Locator {
    // "Receipt 3", or "Refund, receipt 4" / "Void, receipt 6".
    return this.page.getByRole('region', { name: new RegExp(`^(Receipt|Refund, receipt|Void, receipt) ${receipt}$`) });
  }

  async openReceipt(receipt: number): Promise<Locator> {
    await this.page.getByRole('button', { name: `Open receipt ${receipt}`, exact: true }).click();
    const detail = this.detail(receipt);
    await expect(detail).toBeVisible();
    return detail;
  }

  /** Chooses quantities (tapping + as a person would), where the money goes and why, and presses Refund. */
  async refund(detail: Locator, items: Record<string, number>, to: 'original' | 'cash', reason: string, typedReason?: string): Promise<void> {
    await detail.getByRole('button', { name: 'Refund', exact: true }).click();
    const form = detail.getByRole('form', { name: 'Refund' });
    for (const [name, quantity] of Object.entries(items)) {
      for (let i = 0; i < quantity; i++) await form.getByRole('button', { name: `One more ${name} to refund` }).click();
    }
    await form.getByRole('radio', { name: to === 'cash' ? 'All in cash' : /^The way they paid/ }).check();
    await form.getByRole('radio', { name: reason }).check();
    if (typedReason) await form.getByLabel('The reason').fill(typedReason);
    await form.getByRole('button', { name: 'Refund these items' }).click();
  }

  async void(detail: Locator, receipt: number, reason: string): Promise<void> {
    await detail.getByRole('button', { name: 'Void', exact: true }).click();
    const form = detail.getByRole('form', { name: 'Void the whole sale' });
    await form.getByRole('radio', { name: reason }).check();
    await form.getByRole('button', { name: `Void receipt ${receipt}` }).click();
  }

  /** In the supervisor dialog: tap the supervisor's name and enter their PIN. */
  async authorise(name: string, pin: string): Promise<void> {
    await expect(this.dialog.getByRole('heading', { name: 'A supervisor needs to agree' })).toBeVisible();
    const tiles = this.dialog.getByRole('list', { name: 'Supervisors' });
    if (await tiles.isVisible()) await tiles.getByRole('button', { name: new RegExp(name) }).click();
    for (const digit of pin) await this.dialog.getByRole('button', { name: digit, exact: true }).click();
    await this.dialog.getByRole('button', { name: 'OK', exact: true }).click();
  }
}
