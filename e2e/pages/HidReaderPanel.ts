import { expect, type Locator, type Page } from '@playwright/test';

/** The Hardware screen's part for a badge or barcode reader plugged in as a USB device (HID), used as a manager would. */
export class HidReaderPanel {
  readonly form: Locator;
  readonly useReader: Locator;
  /** The sentence saying how the reader is ("Reader: …"). */
  readonly readerState: Locator;
  readonly devices: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Badge and barcode scanners' });
    this.useReader = this.form.getByLabel('Use a reader plugged in as a USB device');
    this.readerState = this.form.getByRole('status').filter({ hasText: 'Reader:' });
    this.devices = this.form.getByRole('list').filter({ has: page.getByRole('button', { name: /Use this one|Chosen/ }) });
  }

  /** Ticks the reader on, types its ids as printed on it (hex, like 0c2e), chooses what it reads and saves. */
  async turnOn(ids: { vendorId: string; productId: string }, reads: 'Staff badges' | 'Product barcodes' | 'Both' = 'Staff badges'): Promise<void> {
    await this.useReader.check();
    await this.form.getByLabel('Vendor id').fill(ids.vendorId);
    await this.form.getByLabel('Product id').fill(ids.productId);
    await this.form.getByLabel('What it reads').selectOption({ label: reads });
    await this.form.getByRole('button', { name: 'Save scanner settings' }).click();
    await expect(this.form.getByRole('status').filter({ hasText: 'Scanner settings saved.' })).toBeVisible();
  }

  async expectReader(words: string | RegExp): Promise<void> {
    await expect(this.readerState).toContainText(words);
  }
}
