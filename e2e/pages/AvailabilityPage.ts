import { expect, type Locator, type Page } from '@playwright/test';

type Day = [day: string, month: string, year: string];

/** The availability screen: weekly times someone cannot work, and their days off. */
export class AvailabilityPage {
  readonly weekly: Locator;
  readonly daysOff: Locator;
  readonly weeklyForm: Locator;
  readonly daysOffForm: Locator;

  constructor(readonly page: Page) {
    this.weekly = page.getByRole('list', { name: 'Times each week' });
    this.daysOff = page.getByRole('list', { name: 'Days off' });
    this.weeklyForm = page.getByRole('form', { name: /^Add a time/ });
    this.daysOffForm = page.getByRole('form', { name: 'Add days off' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Availability and time off' })).toBeVisible();
  }

  async choosePerson(label: string): Promise<void> {
    await this.page.getByLabel('Whose availability').selectOption({ label });
  }

  async fillWeekly(t: { day?: string; from: string; to: string; note?: string }): Promise<void> {
    if (t.day) await this.weeklyForm.getByLabel('Day of the week').selectOption({ label: t.day });
    await this.weeklyForm.getByLabel('From', { exact: true }).fill(t.from);
    await this.weeklyForm.getByLabel('Until', { exact: true }).fill(t.to);
    await this.weeklyForm.getByLabel('What for (optional)').fill(t.note ?? '');
    await this.weeklyForm.getByRole('button', { name: 'Add this time' }).click();
  }

  private async fillDay(group: string, day: Day | null): Promise<void> {
    const g = this.daysOffForm.getByRole('group', { name: new RegExp(`^${group}`) });
    const [d, m, y] = day ?? ['', '', ''];
    await g.getByLabel('Day', { exact: true }).fill(d);
    await g.getByLabel('Month', { exact: true }).fill(m);
    await g.getByLabel('Year', { exact: true }).fill(y);
  }

  async fillDaysOff(t: { from: Day; to?: Day; reason?: string }): Promise<void> {
    await this.fillDay('First day', t.from);
    await this.fillDay('Last day', t.to ?? null);
    await this.daysOffForm.getByLabel('Reason (optional)').fill(t.reason ?? '');
    await this.daysOffForm.getByRole('button', { name: 'Add the days off' }).click();
  }

  /** The reason shown beside a box (or a group of boxes), read out with it too. */
  problemBeside(form: Locator, label: string): Locator {
    return form.locator('.field-has-error').filter({ hasText: label }).locator('.field-error');
  }

  notice(): Locator {
    return this.page.locator('.notice[role="status"]');
  }
}
