import { expect, type Locator, type Page } from '@playwright/test';

export class AuditPage {
  readonly rows: Locator;
  readonly person: Locator;
  readonly action: Locator;
  readonly olderEntries: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByRole('table').locator('tbody tr');
    this.person = page.getByLabel('Person');
    this.action = page.getByLabel('Action');
    this.olderEntries = page.getByRole('button', { name: 'Older entries' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  async filterByPerson(label: string): Promise<void> {
    await this.person.selectOption({ label });
  }

  async filterByAction(label: string): Promise<void> {
    await this.action.selectOption({ label });
  }

  /** One entry: who, what, result and the summary, as the table shows them. */
  entry(who: string, action: string, result: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: who, exact: true }) }).filter({ has: this.page.getByRole('cell', { name: action, exact: true }) }).filter({ has: this.page.getByRole('cell', { name: result, exact: true }) });
  }

  column(index: number): Locator {
    return this.rows.locator(`td:nth-child(${index})`);
  }
}
