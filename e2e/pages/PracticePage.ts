import { expect, type Locator, type Page } from '@playwright/test';

/** The practice review screen: trainees' practice sales, marked right or needing more practice. */
export class PracticePage {
  readonly people: Locator;
  readonly sales: Locator;

  constructor(readonly page: Page) {
    this.people = page.getByRole('table');
    this.sales = page.getByRole('list', { name: 'Practice sales, newest first' }).getByRole('article');
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Practice review' })).toBeVisible();
  }

  /** Practice sales, reviewed, marked right for a trainee. */
  figures(name: string): Locator {
    return this.people.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
  }

  salesBy(name: string): Locator {
    return this.sales.filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
  }

  async mark(sale: Locator, mark: 'Right' | 'Needs more practice'): Promise<void> {
    await sale.getByRole('group', { name: 'Mark this sale' }).getByRole('button', { name: mark, exact: true }).click();
    await expect(sale.getByRole('button', { name: mark, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
}
