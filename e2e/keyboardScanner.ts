import type { Page } from '@playwright/test';

// Plays a scanner that types like a keyboard: every key at once (a real one sends a key
// every few milliseconds), then its end key, to whatever has focus. The keys are dispatched
// in the page: Playwright's own typing is too slow and uneven on a busy 2-core machine to
// stay under a scanner's key gap.
export async function keyboardScan(page: Page, text: string, endKey: 'Enter' | 'Tab' | null = 'Enter'): Promise<void> {
  await page.evaluate(
    ({ keys }) => {
      const target = document.activeElement ?? document.body;
      for (const key of keys) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    },
    { keys: endKey ? [...text, endKey] : [...text] },
  );
}
