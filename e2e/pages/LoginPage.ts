import { expect, type Locator, type Page } from '@playwright/test';

/** The login screen: name tiles, the PIN pad and the badge box, used as a person would. */
export class LoginPage {
  readonly heading: Locator;
  readonly people: Locator;
  readonly pinPad: Locator;
  readonly pinProblem: Locator;
  readonly badgeBox: Locator;
  readonly idleMessage: Locator;
  readonly sampleNote: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Who is using the till?' });
    this.people = page.getByRole('list', { name: 'People' });
    this.pinPad = page.getByRole('group', { name: 'PIN pad' });
    this.pinProblem = page.locator('.pin-area').getByRole('alert');
    this.badgeBox = page.getByLabel('Scan or type your badge');
    this.idleMessage = page.getByText('The till locked itself because nobody used it for a while.');
    this.sampleNote = page.getByRole('complementary', { name: 'This is a sample café' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Badge scans reach the screen over the event socket; wait until it is open. */
  async waitForScanner(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-events', 'connected');
  }

  tile(name: string): Locator {
    return this.people.getByRole('button', { name });
  }

  async choose(name: string): Promise<void> {
    await this.tile(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Hello, ${name}` })).toBeVisible();
  }

  async tapPin(pin: string): Promise<void> {
    for (const digit of pin) await this.pinPad.getByRole('button', { name: digit, exact: true }).click();
  }

  async pressOk(): Promise<void> {
    await this.pinPad.getByRole('button', { name: 'OK', exact: true }).click();
  }

  async loginWithPin(name: string, pin: string): Promise<void> {
    await this.expectShown();
    await this.choose(name);
    await this.tapPin(pin);
    await this.pressOk();
  }

  async loginWithBadgeBox(code: string): Promise<void> {
    await this.badgeBox.fill(code);
    await this.page.getByRole('button', { name: 'Log in with badge' }).click();
  }

  async chooseSomeoneElse(): Promise<void> {
    await this.page.getByRole('button', { name: /Choose someone else/ }).click();
  }
}
