import { gs1CheckDigit } from '../shared/till/barcode.ts';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { keyboardScan } from './keyboardScanner.ts';
import { HardwarePage } from './pages/HardwarePage.ts';
import { HomePage } from './pages/HomePage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { TillPage } from './pages/TillPage.ts';
import { openTheTill } from './pages/TillSetup.ts';

// Scanners that type like a keyboard, as the counter uses them: a badge at the log-in
// screen, product barcodes at the till, and a person's typing never taken for a scan.

const CRISPS = '5012345000046';

test('a trainee scans their badge to log in; slow typing, half a code and a product barcode log nobody in', async ({ page }) => {
  const login = await startWithSampleCafe(page);

  // Someone types the badge code by hand, slowly, and presses Enter: not a scan.
  await page.locator('body').click();
  await page.keyboard.type('APRON-TOM-0003', { delay: 120 });
  await page.keyboard.press('Enter');
  await keyboardScan(page, 'AB');
  await keyboardScan(page, 'APRON-TOM', null);
  await page.waitForTimeout(100); // the scanner stopped half way
  await login.expectShown();

  await keyboardScan(page, CRISPS);
  await expect(page.locator('#badge-code-error')).toHaveText('That is a product barcode, not a staff badge: scan your badge.');
  await expectNoSeriousA11yProblems(page, 'log-in after a product barcode');

  await keyboardScan(page, 'APRON-TOM-0003');
  await new HomePage(page).expectFor('Tom Trainee', 'Trainee');
});

test('at the till a scanned barcode adds a line, a double read adds one, an unknown code or a badge adds nothing', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  await openTheTill(apron.url);
  await login.loginWithPin('Tom Trainee', '3333');
  const till = new TillPage(page);
  await till.open();

  // The focus on a product button: the scan must not press it.
  await till.products.getByRole('button').first().focus();
  await till.wedgeScan(CRISPS);
  await till.wedgeScan(CRISPS);
  await till.expectLines(['1 × Crisps (ready salted)']);

  const problem = page.locator('#barcode-error');
  const unknown = `501234599999${gs1CheckDigit('501234599999')}`;
  await till.wedgeScan(unknown);
  await expect(problem).toHaveText(`No product has the barcode ${unknown}.`);
  await till.wedgeScan('APRON-SAM-0002');
  await expect(problem).toHaveText('That is a staff badge. To change who is serving, log out first.');
  await till.wedgeScan('5012345000047');
  await expect(problem).toHaveText('That barcode did not read properly (its last number does not match): scan it again.');

  // The same item scanned again a moment later is a second item.
  await page.waitForTimeout(900);
  await till.wedgeScan(CRISPS);
  await till.expectLines(['2 × Crisps (ready salted)']);
  await expect(problem).toBeHidden();
});

test('a manager sets the scanner’s prefix and end key; then only codes sent that way count', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Maya Manager', '1111');
  const hardware = new HardwarePage(page);
  await hardware.open();
  const scanners = page.locator('form[aria-labelledby="scanner-heading"]');
  await scanners.getByLabel('Characters before each code').fill('%');
  await scanners.getByLabel('Key pressed after each code').selectOption('Tab');
  await scanners.getByRole('button', { name: 'Save scanner settings' }).click();
  await expect(scanners.getByText('Scanner settings saved.')).toBeVisible();
  await new HomePage(page).goHome();
  await new HomePage(page).logOut();

  const again = new LoginPage(page);
  await again.expectShown();
  await keyboardScan(page, 'APRON-TOM-0003');
  await keyboardScan(page, '%APRON-TOM-0003');
  await again.expectShown();
  await keyboardScan(page, '%APRON-TOM-0003', 'Tab');
  await new HomePage(page).expectFor('Tom Trainee', 'Trainee');
});
