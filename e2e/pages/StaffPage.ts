import { expect, type Locator, type Page } from '@playwright/test';

export interface NewPerson {
  name: string;
  role: 'Trainee' | 'Supervisor' | 'Manager';
  pin: string;
  badge?: string;
}

export class StaffPage {
  readonly addForm: Locator;
  readonly editor: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.addForm = page.getByRole('region', { name: 'Add a person' });
    this.editor = page.locator('.panel-editor');
    this.table = page.getByRole('table');
  }

  async expectShown(heading = 'Staff'): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The "Logs in with" cell of a person's row. */
  loginWays(name: string): Locator {
    return this.row(name).locator('td').nth(2);
  }

  async fillNewPerson(person: NewPerson): Promise<void> {
    await this.addForm.getByLabel('Name', { exact: true }).fill(person.name);
    await this.addForm.getByLabel('Role').selectOption({ label: person.role });
    await this.addForm.getByLabel('PIN', { exact: true }).fill(person.pin);
    await this.addForm.getByLabel('Badge (optional)').fill(person.badge ?? '');
  }

  async add(person: NewPerson): Promise<void> {
    await this.fillNewPerson(person);
    await this.addForm.getByRole('button', { name: 'Add this person' }).click();
    await expect(this.addForm.getByRole('status')).toHaveText(new RegExp(`Added ${person.name} as a ${person.role.toLowerCase()}`));
    await expect(this.row(person.name)).toBeVisible();
  }

  async change(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Change ${name}` }).click();
    await expect(this.editor.getByRole('heading', { name: `Change ${name}` })).toBeVisible();
  }
}
