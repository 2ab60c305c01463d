import { expect, type Locator, type Page } from '@playwright/test';

/** The catalogue screen, used as a manager would: parts, tables, one form at a time. */
export class CataloguePage {
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('.catalogue-editor');
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  }

  async showPart(label: 'Products' | 'Categories' | 'Choice groups' | 'Discounts'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Parts of the catalogue' }).getByRole('button', { name: label }).click();
  }

  row(name: string): Locator {
    return this.page.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  field(label: string): Locator {
    return this.editor.getByLabel(label, { exact: true });
  }

  async save(label: string): Promise<void> {
    await this.editor.getByRole('button', { name: label, exact: true }).click();
  }

  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
