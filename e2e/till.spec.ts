import type { Page } from '@playwright/test';
import { gs1CheckDigit } from '../shared/till/barcode.ts';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';
import { TillPage } from './pages/TillPage.ts';
import { backOffice, openTheTill } from './pages/TillSetup.ts';

// The till as a trainee uses it: taps, choices, a PIN, a scan, reading the screen.

async function traineeAtTheTill(page: Page, url: string, opts: { openTill?: boolean } = {}): Promise<TillPage> {
  const login = await startWithSampleCafe(page);
  if (opts.openTill !== false) await openTheTill(url);
  await login.loginWithPin('Tom Trainee', '3333');
  await new HomePage(page).expectFor('Tom Trainee', 'Trainee');
  const till = new TillPage(page);
  await till.open(opts.openTill !== false);
  return till;
}

test('a trainee’s morning: eat in and takeaway, choices, a price typed at the till, discounts, cash with change, card and a split', async ({ page, apron }) => {
  // A whole morning at the counter: longer than one screen's test.
  test.setTimeout(60_000);
  const till = await traineeAtTheTill(page, apron.url);
  await expectNoSeriousA11yProblems(page, 'till');

  await test.step('a latte with oat milk, large, and a cheese sandwich: VAT changes with takeaway', async () => {
    await till.tap('Hot drinks', 'Latte');
    await expect(till.dialog.getByRole('heading', { name: 'Latte' })).toBeVisible();
    await expectNoSeriousA11yProblems(page, 'choices dialog');
    // Milk must be chosen: the dialog says so and adds nothing.
    await till.dialog.getByRole('button', { name: /^Add to basket/ }).click();
    await expect(till.dialog.getByRole('alert')).toHaveText('Choose milk for Latte.');
    await till.choose('Oat milk', 'Large');
    await till.tap('Food', 'Cheese sandwich');
    await till.expectLines(['1 × Latte', '1 × Cheese sandwich']);
    await expect(till.line('Latte')).toContainText('Oat milk (+£0.30), Large (+£0.50)');
    await till.expectTotal('£8.60');
    const vat = till.basket.locator('.total-row-vat dd');
    await expect(vat).toHaveText('£1.43');
    await till.orderType('Takeaway');
    // A cold sandwich taken away is zero-rated: only the latte carries VAT.
    await expect(vat).toHaveText('£0.68');
    await till.expectTotal('£8.60');
  });

  await test.step('cash: a £10 note, £1.40 change shown large', async () => {
    await till.pay();
    await expectNoSeriousA11yProblems(page, 'payment');
    await till.cashButton('£10');
    await till.expectChangeOnPanel('£1.40');
    await till.completeSale();
    await till.expectSaleComplete(1, '£1.40');
    await expectNoSeriousA11yProblems(page, 'sale complete');
    await page.getByRole('button', { name: 'Show receipt' }).click();
    await expect(page.getByLabel('Receipt')).toContainText('Takeaway - served by Tom Trainee');
    await till.nextCustomer();
  });

  await test.step('cake of the day priced at the till (never over its most), two flapjacks with 10% off, paid by card', async () => {
    await till.orderType('Eat in');
    await till.tap('Cakes', 'Cake of the day');
    await expect(till.dialog.getByText('Up to £4.00.')).toBeVisible();
    await till.dialog.getByLabel('Price').fill('4.50');
    await till.dialog.getByRole('button', { name: /^Add to basket/ }).click();
    await expect(till.dialog.getByRole('alert')).toHaveText('Cake of the day can be at most £4.00.');
    await till.dialog.getByLabel('Price').fill('3.50');
    await till.dialog.getByRole('button', { name: 'Add to basket (£3.50)' }).click();
    await till.tap('Cakes', 'Flapjack');
    await till.line('Flapjack').getByRole('button', { name: 'One more Flapjack' }).click();
    await till.expectLines(['1 × Cake of the day', '2 × Flapjack']);
    await till.discount('Flapjack', 'Percentage', '10', 'Staff meal');
    await expect(till.line('Flapjack')).toContainText('Discount: 10% off, Staff meal −£0.44');
    await till.expectTotal('£7.46');
    await till.pay();
    await till.card();
    await till.expectChangeOnPanel(null);
    await till.completeSale();
    await till.expectSaleComplete(2, null);
    await till.nextCustomer();
  });

  await test.step('40% off the order is beyond a trainee’s limit: Sam authorises it with his PIN; split card and cash', async () => {
    await till.tap('Hot drinks', 'Pot of tea');
    await till.tap('Cakes', 'Scone with jam');
    await till.discount('order', 'Percentage', '40', 'Volunteer');
    await till.expectTotal('£2.73');
    await till.pay();
    await till.card('1.00');
    await expect(till.payment.getByText('Still to pay £1.73')).toBeVisible();
    await till.cashButton('£5');
    await till.expectChangeOnPanel('£3.27');
    await till.completeSale();
    const ask = till.dialog;
    await expect(ask.getByRole('heading', { name: 'A supervisor needs to agree' })).toBeVisible();
    await expect(ask).toContainText('A discount of 40% is more than Tom Trainee can give (10%)');
    await expectNoSeriousA11yProblems(page, 'supervisor authorisation');
    await ask.getByRole('list', { name: 'Supervisors' }).getByRole('button', { name: /Sam Supervisor/ }).click();
    for (const digit of '2222') await ask.getByRole('button', { name: digit, exact: true }).click();
    await ask.getByRole('button', { name: 'OK', exact: true }).click();
    await till.expectSaleComplete(3, '£3.27');
    await page.getByRole('button', { name: 'Show receipt' }).click();
    await expect(page.getByLabel('Receipt')).toContainText('Authorised by Sam Supervisor');
    await till.nextCustomer();
  });
});

test('a double tap on Complete sale, and a retry after the network drops the answer, each make exactly one sale', async ({ page, apron }) => {
  const till = await traineeAtTheTill(page, apron.url);

  await till.tap('Hot drinks', 'Pot of tea');
  await till.pay();
  await till.cashButton('Exact £1.80');
  await till.completeButton().dblclick();
  await till.expectSaleComplete(1, null);
  await till.nextCustomer();

  // The core writes the sale but its answer never reaches the screen.
  let dropped = false;
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { method?: string };
    if (body.method === 'sales.complete' && !dropped) {
      dropped = true;
      await route.fetch();
      await route.abort('failed');
    } else await route.continue();
  });
  await till.tap('Snacks', 'Chocolate bar');
  await till.pay();
  await till.cashButton('£5');
  await till.completeSale();
  await expect(till.payment.getByRole('alert')).toContainText('Apron did not answer, so the sale may not have gone through');
  await till.completeSale();
  // The same sale, not a second one: receipt 2, change £3.80.
  await till.expectSaleComplete(2, '£3.80');

  const office = backOffice(apron.url);
  await office.loginAs('Sam Supervisor', '2222');
  const found = await office.must<{ sales: { receiptNumber: number; kind: string }[] }>('sales.find', {});
  expect(found.sales.map((s) => [s.receiptNumber, s.kind])).toEqual([
    [2, 'sale'],
    [1, 'sale'],
  ]);
});

test('barcodes: a scan adds the product, a typed code too, a bad check digit or an unknown code says so and adds nothing', async ({ page, apron }) => {
  const till = await traineeAtTheTill(page, apron.url);
  await expect(page.locator('html')).toHaveAttribute('data-events', 'connected');

  await apron.scanBarcode('5012345000046');
  await till.expectLines(['1 × Crisps (ready salted)']);

  await apron.scanBarcode('5012345000047');
  const problem = page.locator('#barcode-error');
  await expect(problem).toHaveText('That barcode did not read properly (its last number does not match): scan it again.');

  const unknown = `501234599999${gs1CheckDigit('501234599999')}`;
  await till.barcodeBox.fill(unknown);
  await page.getByRole('button', { name: 'Add by barcode' }).click();
  await expect(problem).toHaveText(`No product has the barcode ${unknown}.`);
  await till.expectLines(['1 × Crisps (ready salted)']);

  await till.barcodeBox.fill('5012345000015');
  await till.barcodeBox.press('Enter');
  await till.expectLines(['1 × Crisps (ready salted)', '1 × Cola (can)']);
  await expect(problem).toBeHidden();

  // A keyboard-wedge scanner types fast and presses Enter, wherever the focus is.
  await till.products.getByRole('button').first().focus();
  await till.wedgeScan('5012345000015');
  await till.expectLines(['1 × Crisps (ready salted)', '2 × Cola (can)']);
  await expectNoSeriousA11yProblems(page, 'till after scans');
});

test('hold an order as Table 4, serve someone else, pick it up and pay; clear, remove and quantities are undoable slips; a reload keeps the order', async ({ page, apron }) => {
  const till = await traineeAtTheTill(page, apron.url);

  await till.tap('Food', 'Soup of the day');
  await till.tap('Hot drinks', 'Americano');
  await till.choose();
  await till.basket.getByRole('button', { name: 'Hold' }).click();
  await expectNoSeriousA11yProblems(page, 'hold dialog');
  await till.dialog.getByRole('button', { name: 'Table 4' }).click();
  await till.dialog.getByRole('button', { name: 'Hold the order' }).click();
  await expect(till.basket).toContainText('Held “Table 4”');
  await expect(till.lines).toHaveCount(0);
  await expect(till.basket.getByRole('button', { name: 'Held (1) orders' })).toBeVisible();

  // Meanwhile: a banana, then a slip: clear the basket by mistake, and Undo.
  await till.tap('Food', 'Banana');
  await till.line('Banana').getByRole('button', { name: 'One more Banana' }).click();
  await till.line('Banana').getByRole('button', { name: 'One more Banana' }).click();
  await till.line('Banana').getByRole('button', { name: 'One fewer Banana' }).click();
  await till.expectLines(['2 × Banana']);
  await till.basket.getByRole('button', { name: 'Clear basket' }).click();
  await expect(till.lines).toHaveCount(0);
  await expect(till.basket.getByRole('status').filter({ hasText: 'The basket was cleared.' })).toBeVisible();
  await till.basket.getByRole('button', { name: 'Undo' }).click();
  await till.expectLines(['2 × Banana']);
  await till.line('Banana').getByRole('button', { name: 'Remove Banana' }).click();
  await expect(till.lines).toHaveCount(0);
  await till.basket.getByRole('button', { name: 'Undo' }).click();
  await till.expectLines(['2 × Banana']);
  await till.pay();
  await till.cashButton('Exact £1.20');
  await till.completeSale();
  await till.expectSaleComplete(1, null);
  await till.nextCustomer();

  await till.basket.getByRole('button', { name: 'Held (1) orders' }).click();
  await expect(till.dialog.getByRole('list', { name: 'Waiting orders' })).toContainText('Table 4');
  await expect(till.dialog).toContainText('2 items, held by Tom Trainee');
  await expectNoSeriousA11yProblems(page, 'held orders');
  await till.dialog.getByRole('button', { name: 'Pick up Table 4' }).click();
  await till.expectLines(['1 × Soup of the day', '1 × Americano']);
  await till.expectTotal('£7.10');
  await expect(till.basket.getByRole('button', { name: 'Held (0) orders' })).toBeVisible();
  await till.pay();
  await till.cashTyped('10');
  await till.completeSale();
  await till.expectSaleComplete(2, '£2.90');
  await till.nextCustomer();

  // The screen reloads mid-order (or the till locks itself): the order is still there.
  await till.tap('Cakes', 'Carrot cake');
  await page.reload();
  await till.expectShown();
  await till.expectLines(['1 × Carrot cake']);
  await expect(till.basket.getByText('The order from before is back in the basket.')).toBeVisible();
});

test('practice mode: before the till is open a trainee can practise; a banner on every screen; the practice sale has no receipt number and never shows in sales history', async ({ page, apron }) => {
  const till = await traineeAtTheTill(page, apron.url, { openTill: false });
  await expect(page.getByRole('heading', { name: 'The till is not open yet. A supervisor needs to count the float.' })).toBeVisible();
  await expect(till.banner).toBeHidden();
  await expectNoSeriousA11yProblems(page, 'till not open');

  await page.getByRole('button', { name: 'Practise (not real money)' }).click();
  await expect(till.banner).toHaveText('Practice mode — nothing here is real money');
  await till.tap('Hot drinks', 'Flat white');
  await till.choose('Whole milk');
  await till.pay();
  await till.cashButton('£5');
  await till.completeSale();
  await till.expectSaleComplete(null, '£1.80');
  await expect(page.getByText('Practice sales have no receipt number.')).toBeVisible();
  await expect(till.banner).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'practice sale complete');
  await till.nextCustomer();

  const home = new HomePage(page);
  await home.goHome();
  await expect(till.banner).toBeVisible();
  await page.locator('.home-tiles').getByRole('link', { name: /^Sales history/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales history' })).toBeVisible();
  await expect(till.banner).toBeVisible();
  await expect(page.getByText('No sales match.')).toBeVisible();

  // Sam counts the float meanwhile; practice off, the next sale is real and is receipt 1.
  await openTheTill(apron.url);
  await page.getByRole('link', { name: 'Back to the till' }).click();
  await page.getByRole('button', { name: 'Stop practising' }).click();
  await expect(till.banner).toBeHidden();
  await till.expectShown();
  await till.tap('Hot drinks', 'Pot of tea');
  await till.pay();
  await till.cashButton('Exact £1.80');
  await till.completeSale();
  await till.expectSaleComplete(1, null);
  await page.goto('/#/history');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('£1.80');
});
