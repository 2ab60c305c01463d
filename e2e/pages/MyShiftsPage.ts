import { expect, type Locator, type Page } from '@playwright/test';

/** A trainee's coming shifts, their calendar file and swaps. */
export class MyShiftsPage {
  readonly heading: Locator;
  readonly coming: Locator;
  readonly offered: Locator;
  readonly taken: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My shifts' });
    this.coming = page.getByRole('list', { name: 'Coming shifts' });
    this.offered = page.getByRole('list', { name: 'Shifts others offer' });
    this.taken = page.getByRole('list', { name: 'Shifts you took' });
  }

  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^My shifts/ }).click();
    await expect(this.heading).toBeVisible();
  }

  shift(when: string): Locator {
    return this.coming.getByRole('listitem').filter({ hasText: when });
  }

  offer(when: string): Locator {
    return this.offered.getByRole('listitem').filter({ hasText: when });
  }

  /** "Add to my calendar": the .ics file the page hands to the browser. */
  async downloadCalendar(): Promise<{ name: string; text: string }> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Add to my calendar' }).click();
    const download = await waiting;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
