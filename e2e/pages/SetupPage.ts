import { expect, type Locator, type Page } from '@playwright/test';

export interface CafeAndManager {
  cafeName: string;
  address: string;
  vatNumber?: string;
  charityNumber?: string;
  managerName: string;
  pin: string;
  pinAgain?: string;
  badge?: string;
}

export class SetupPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Welcome to Apron' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(details: CafeAndManager): Promise<void> {
    await this.field('Café name').fill(details.cafeName);
    await this.field('Address').fill(details.address);
    await this.field('VAT number (optional)').fill(details.vatNumber ?? '');
    await this.field('Charity number (optional)').fill(details.charityNumber ?? '');
    await this.field("Manager's name").fill(details.managerName);
    await this.field('PIN').fill(details.pin);
    await this.field('PIN again').fill(details.pinAgain ?? details.pin);
    await this.field('Badge (optional)').fill(details.badge ?? '');
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Set up the café' }).click();
  }

  /**
   * The sample café. Tests start from its staff, menu and rota without the made-up trainee
   * records (skills, outcomes), unless they ask for them, so what they check starts blank.
   */
  async trySample(options: { trainingRecords?: boolean } = {}): Promise<void> {
    await this.page.getByLabel(/^With made-up trainee records too/).setChecked(options.trainingRecords ?? false);
    await this.page.getByRole('button', { name: 'Try Apron with a sample café' }).click();
  }
}
