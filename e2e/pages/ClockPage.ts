import { expect, type Locator, type Page } from '@playwright/test';

export type ClockChoice = 'Clock in' | 'Start break' | 'End break' | 'Clock out';

/** Clocking in and out at the log-in screen, as a trainee at the counter does it. */
export class ClockPage {
  readonly entry: Locator;
  readonly heading: Locator;
  readonly choices: Locator;
  readonly people: Locator;
  readonly pinPad: Locator;
  readonly pinProblem: Locator;
  readonly badgeBox: Locator;
  readonly badgeProblem: Locator;
  readonly chooseProblem: Locator;
  readonly answer: Locator;
  private label: ClockChoice = 'Clock in';

  constructor(readonly page: Page) {
    this.entry = page.getByRole('button', { name: /^Clock in or out/ });
    this.heading = page.getByRole('heading', { level: 1, name: 'Clock in or out' });
    this.choices = page.getByRole('list', { name: 'What are you doing?' });
    this.people = page.getByRole('list', { name: 'People' });
    this.pinPad = page.getByRole('group', { name: 'PIN pad' });
    this.pinProblem = page.locator('.pin-area').getByRole('alert');
    this.badgeBox = page.getByLabel('Scan or type your badge');
    this.badgeProblem = page.locator('#clock-badge-code-error');
    this.chooseProblem = page.locator('#clock-choose-problem');
    this.answer = page.locator('.clock-answer');
  }

  /** From the log-in screen. */
  async open(): Promise<void> {
    await this.entry.click();
    await expect(this.heading).toBeVisible();
  }

  async choose(label: ClockChoice): Promise<void> {
    this.label = label;
    await this.choices.getByRole('button', { name: new RegExp(`^${label}`) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `${label}: who are you?` })).toBeVisible();
  }

  async chooseName(name: string): Promise<void> {
    await this.people.getByRole('button', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `${this.label}: ${name}` })).toBeVisible();
  }

  async tapPin(pin: string): Promise<void> {
    for (const digit of pin) await this.pinPad.getByRole('button', { name: digit, exact: true }).click();
    await this.pinPad.getByRole('button', { name: 'OK', exact: true }).click();
  }

  /** The whole thing by name and PIN: open, choose, name, PIN. */
  async withPin(label: ClockChoice, name: string, pin: string): Promise<void> {
    await this.open();
    await this.choose(label);
    await this.chooseName(name);
    await this.tapPin(pin);
  }

  async typeBadge(code: string): Promise<void> {
    await this.badgeBox.fill(code);
    await this.page.getByRole('button', { name: `${this.label} with badge` }).click();
  }

  /** The core's kind words, shown big. */
  async expectDone(message: string | RegExp): Promise<void> {
    await expect(this.answer).toHaveClass(/clock-answer-done/);
    await expect(this.answer.getByRole('heading', { level: 1 })).toHaveText(message);
  }

  /** A refusal about the shift, shown big. */
  async expectRefused(message: string | RegExp): Promise<void> {
    await expect(this.answer).toHaveClass(/clock-answer-refused/);
    await expect(this.answer.getByRole('alert')).toHaveText(message);
  }

  /** Tap Done: back to the log-in screen for the next person. */
  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Who is using the till?' })).toBeVisible();
  }
}
