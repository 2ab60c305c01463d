import { expect, type Locator, type Page } from '@playwright/test';
import { keyboardScan } from '../keyboardScanner.ts';

/** The till, used as a trainee would: tabs, product buttons, the basket, payment. */
export class TillPage {
  readonly heading: Locator;
  readonly tabs: Locator;
  readonly products: Locator;
  readonly basket: Locator;
  readonly lines: Locator;
  readonly total: Locator;
  readonly dialog: Locator;
  readonly payment: Locator;
  readonly barcodeBox: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Till/ });
    this.tabs = page.getByRole('tablist', { name: 'Categories' });
    this.products = page.getByRole('list', { name: 'Products' });
    this.basket = page.getByRole('region', { name: /^Basket/ });
    this.lines = this.basket.getByRole('list', { name: 'Basket lines' }).getByRole('listitem');
    this.total = page.getByTestId('basket-total');
    this.dialog = page.locator('dialog[open]');
    this.payment = page.getByRole('region', { name: 'Payment' });
    this.barcodeBox = page.getByLabel('Barcode', { exact: true });
    this.banner = page.getByRole('region', { name: 'Practice mode' });
  }

  /** From the home screen; `selling` when the till is open and the products show. */
  async open(selling = true): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Till/ }).click();
    if (selling) await this.expectShown();
    else await expect(this.heading).toBeVisible();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.tabs).toBeVisible();
  }

  async category(name: string): Promise<void> {
    await this.tabs.getByRole('tab', { name }).click();
  }

  product(name: string): Locator {
    return this.products.getByRole('button', { name: new RegExp(`^${escape(name)} `) });
  }

  /** Taps a product in a category (the tab first, as a person would). */
  async tap(category: string, name: string): Promise<void> {
    await this.category(category);
    await this.product(name).click();
  }

  /** In the choices dialog: tap each choice, then Add to basket. */
  async choose(...options: string[]): Promise<void> {
    await expect(this.dialog).toBeVisible();
    for (const o of options) await this.dialog.getByRole('button', { name: new RegExp(`^${escape(o)}`) }).click();
    await this.dialog.getByRole('button', { name: /^Add to basket/ }).click();
    await expect(this.dialog).toBeHidden();
  }

  line(name: string): Locator {
    return this.lines.filter({ hasText: name });
  }

  async expectLines(expected: readonly string[]): Promise<void> {
    await expect(this.lines).toHaveCount(expected.length);
    for (const [i, text] of expected.entries()) await expect(this.lines.nth(i)).toContainText(text);
  }

  async expectTotal(total: string): Promise<void> {
    await expect(this.total).toHaveText(total);
  }

  async orderType(which: 'Eat in' | 'Takeaway'): Promise<void> {
    await this.basket.getByRole('radio', { name: which }).check();
  }

  async discount(on: string | 'order', kind: 'Percentage' | 'Amount in £', value: string, reason: string): Promise<void> {
    if (on === 'order') await this.basket.getByRole('button', { name: 'Order discount' }).click();
    else await this.line(on).getByRole('button', { name: `Discount on ${on}` }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('radio', { name: kind }).check();
    await this.dialog.getByLabel(kind === 'Percentage' ? 'Percentage off' : 'Amount off (£)').fill(value);
    await this.dialog.getByRole('radio', { name: reason }).check();
    await this.dialog.getByRole('button', { name: 'Give the discount' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async pay(): Promise<void> {
    await this.basket.getByRole('button', { name: /^Pay/ }).click();
    await expect(this.payment).toBeVisible();
  }

  /** A quick cash button: "Exact £7.40", "£10", "£20"… */
  async cashButton(label: string): Promise<void> {
    await this.payment.getByRole('button', { name: label, exact: label.startsWith('£') }).click();
  }

  async cashTyped(amount: string): Promise<void> {
    await this.payment.getByLabel('Cash handed over (£)').fill(amount);
    await this.payment.getByRole('button', { name: 'Take cash' }).click();
  }

  /** Card for what is left, or for part of it; the card machine says APPROVED. */
  async card(part?: string): Promise<void> {
    if (part) {
      await this.payment.getByLabel('Only part on card (£)').fill(part);
      await this.payment.getByRole('button', { name: 'Card for this part' }).click();
    } else {
      await this.payment.getByRole('button', { name: /^Card £/ }).click();
    }
    await expect(this.dialog.getByText('Did the card machine say APPROVED?')).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Yes, approved' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async expectChangeOnPanel(change: string | null): Promise<void> {
    await expect(this.payment.locator('.change-big')).toHaveText(change === null ? 'No change to give.' : `Change to give ${change}`);
  }

  completeButton(): Locator {
    return this.payment.getByRole('button', { name: /^(Complete sale|Completing the sale…)$/ });
  }

  async completeSale(): Promise<void> {
    await this.completeButton().click();
  }

  /** The "Sale complete" screen: receipt number and change, as the core worked them out. */
  async expectSaleComplete(receipt: number | null, change: string | null): Promise<void> {
    const title = receipt === null ? 'Practice sale complete' : 'Sale complete';
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    if (receipt !== null) await expect(this.page.locator('.receipt-number')).toHaveText(String(receipt));
    await expect(this.page.locator('.change-final')).toHaveText(change === null ? 'No change to give.' : `Give change ${change}`);
  }

  async nextCustomer(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next customer' }).click();
    await this.expectShown();
    await expect(this.lines).toHaveCount(0);
  }

  /** A scan typed by a keyboard-wedge scanner: fast keys, then Enter, whatever has focus. */
  async wedgeScan(code: string): Promise<void> {
    await keyboardScan(this.page, code);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
