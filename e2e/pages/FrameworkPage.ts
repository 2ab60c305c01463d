import { expect, type Locator, type Page } from '@playwright/test';

/** The manager's Skills framework screen: areas in order and the skills in each. */
export class FrameworkPage {
  readonly heading: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Skills framework' });
    this.editor = page.locator('.competency-editor');
  }

  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Skills framework/ }).click();
    await expect(this.heading).toBeVisible();
  }

  area(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}( \\(no longer in use\\))?$`) });
  }

  /** The area headings, top to bottom. */
  async areaNames(): Promise<string[]> {
    return this.page.locator('.framework-area h2').allTextContents();
  }

  /** The skills' codes in one area, top to bottom. */
  codes(area: string): Locator {
    return this.area(area).locator('tbody th');
  }

  row(area: string, code: string): Locator {
    return this.area(area).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: code, exact: true }) });
  }

  async changeCompetency(area: string, code: string): Promise<void> {
    await this.row(area, code).getByRole('button', { name: /^Change/ }).click();
    await expect(this.editor).toBeVisible();
  }

  field(label: string): Locator {
    return this.editor.getByLabel(label, { exact: true });
  }

  async saveCompetency(): Promise<void> {
    await this.editor.getByRole('button', { name: /^(Save|Add) the skill$/ }).click();
  }

  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
