import { expect, type Locator, type Page } from '@playwright/test';

/** The cash-up screen, used as a supervisor would: count, record, check, close. */
export class CashPage {
  readonly heading: Locator;
  readonly countTotal: Locator;
  readonly drawer: Locator;
  readonly actions: Locator;
  readonly task: Locator;
  readonly zList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Cash-up' });
    this.countTotal = page.locator('.count-total');
    this.drawer = page.getByRole('region', { name: 'The till is open' });
    this.actions = page.getByRole('list', { name: 'What do you want to do?' });
    this.task = page.locator('.cash-task');
    this.zList = page.getByRole('region', { name: 'Past Z reports' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async expectClosed(): Promise<void> {
    await expect(this.page.getByText('The till is closed.')).toBeVisible();
    await expect(this.page.getByRole('heading', { name: 'Open the till: count the float' })).toBeVisible();
  }

  /** The box for "£20 notes", "10p coins". */
  box(name: string): Locator {
    return this.page.getByLabel(name, { exact: true });
  }

  async typeCount(name: string, count: number | string): Promise<void> {
    await this.box(name).fill(String(count));
  }

  /** Taps + (or − with a negative number) beside a note or coin, e.g. "£5 note". */
  async tap(one: string, times: number): Promise<void> {
    const button = this.page.getByRole('button', { name: `${times > 0 ? 'One more' : 'One fewer'} ${one}`, exact: true });
    for (let i = 0; i < Math.abs(times); i += 1) await button.click();
  }

  async expectCountTotal(amount: string): Promise<void> {
    await expect(this.countTotal.locator('.count-total-amount')).toHaveText(amount);
  }

  async openTill(amount: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open the till with ${amount}` }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `The till is open with a float of ${amount}.` })).toBeVisible();
    await expect(this.drawer).toBeVisible();
  }

  async expectDrawerShouldHold(amount: string): Promise<void> {
    await expect(this.drawer.locator('.drawer-expected')).toHaveText(amount);
  }

  async start(label: 'No sale' | 'Paid out' | 'Lift to safe' | 'X report' | 'Close the day'): Promise<void> {
    await this.actions.getByRole('button', { name: new RegExp(`^${label}`) }).click();
  }

  async recordPayOut(amount: string, what: string): Promise<void> {
    await this.start('Paid out');
    await this.task.getByLabel('Amount').fill(amount);
    await this.task.getByLabel('What was it for?').fill(what);
    await this.task.getByRole('button', { name: `Pay out £${amount}` }).click();
  }

  async recordLift(amount: string): Promise<void> {
    await this.start('Lift to safe');
    await this.task.getByLabel('Amount').fill(amount);
    await this.task.getByRole('button', { name: `Lift £${amount} to the safe` }).click();
  }

  async recordNoSale(reason: string): Promise<void> {
    await this.start('No sale');
    await this.task.getByLabel('Why is the drawer being opened?').fill(reason);
    await this.task.getByRole('button', { name: 'Record no sale' }).click();
  }

  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The "Check before closing" table's row: Expected in the drawer, Counted, Variance. */
  checkRow(label: string): Locator {
    return this.page.locator('.close-check').getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
  }

  /** A figure of a report on screen, by its row heading within a part ("Sales", "Cash in the drawer"). */
  reportFigure(part: string, row: string | RegExp): Locator {
    return this.page.getByRole('region', { name: part, exact: true }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: row }) }).getByRole('cell');
  }
}
