import { expect, type Locator, type Page } from '@playwright/test';

/** The manager's Hardware screen, used as a manager would: toggles, boxes, Save, Print test page. */
export class HardwarePage {
  readonly heading: Locator;
  readonly printerForm: Locator;
  readonly receipt: Locator;
  readonly check: Locator;
  readonly scanners: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Hardware' });
    this.printerForm = page.getByRole('form', { name: 'Printer settings' });
    this.receipt = this.printerForm.getByRole('group', { name: 'Receipt printer' });
    this.check = page.getByRole('region', { name: 'Is the printer working?' });
    this.scanners = page.getByRole('form', { name: 'Badge and barcode scanners' });
  }

  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Hardware/ }).click();
    await expect(this.heading).toBeVisible();
  }

  async connectBy(kind: 'None' | 'Network' | 'USB' | 'Serial'): Promise<void> {
    await this.receipt.getByRole('group', { name: 'How is it connected?' }).getByRole('button', { name: kind, exact: true }).click();
  }

  async networkPrinter(address: string, port: string): Promise<void> {
    await expect(this.printerForm).toBeVisible();
    await this.connectBy('Network');
    await this.receipt.getByLabel('Network address').fill(address);
    await this.receipt.getByLabel('Port').fill(port);
  }

  async paper(label: RegExp): Promise<void> {
    await this.receipt.getByRole('radio', { name: label }).check();
  }

  async footer(text: string): Promise<void> {
    await this.printerForm.getByLabel('Words at the bottom').fill(text);
  }

  async save(): Promise<void> {
    await this.printerForm.getByRole('button', { name: 'Save printer settings' }).click();
  }

  async expectSaved(): Promise<void> {
    await expect(this.printerForm.getByRole('status')).toHaveText('Printer settings saved.');
  }

  async printTestPage(openDrawer = false): Promise<void> {
    if (openDrawer) await this.check.getByLabel('Open the drawer too').check();
    await this.check.getByRole('button', { name: 'Print test page' }).click();
    await expect(this.check.getByText(/^Test page sent to the printer\./)).toBeVisible();
  }

  /** The manager's whole printer set-up: a network printer, its paper, a footer, saved. */
  async setUpNetworkPrinter(port: number, opts: { footer?: string; paper?: RegExp } = {}): Promise<void> {
    await this.networkPrinter('127.0.0.1', String(port));
    await this.paper(opts.paper ?? /42 letters/);
    if (opts.footer) await this.footer(opts.footer);
    await this.save();
    await this.expectSaved();
  }
}
