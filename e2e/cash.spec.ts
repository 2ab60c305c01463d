import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { CashPage } from './pages/CashPage.ts';
import { atTheCounter, sell } from './pages/CashSales.ts';
import { HomePage } from './pages/HomePage.ts';

test('a supervisor counts in a float, pays out, lifts, closes the day to the penny, and a closed day stays closed', async ({ page, apron }) => {
  // A whole journey with several axe checks: room for a busy machine.
  test.setTimeout(60_000);
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Sam Supervisor', '2222');
  await home.open('Cash-up');

  const cash = new CashPage(page);
  await cash.expectShown();
  await cash.expectClosed();
  await expectNoSeriousA11yProblems(page, 'cash-up (till closed)');

  // A £100 float: typed counts, + taps, and a slip put right.
  await cash.typeCount('£20 notes', 2);
  await cash.typeCount('£10 notes', 4);
  await cash.tap('£5 note', 3);
  await cash.typeCount('£1 coins', 5);
  await cash.typeCount('50p coins', 'x');
  await expect(cash.box('50p coins')).toHaveAccessibleDescription(/Type how many 50p coins there are, as a whole number/);
  await cash.box('50p coins').fill('');
  await cash.expectCountTotal('£100.00');
  await cash.openTill('£100.00');
  await cash.expectDrawerShouldHold('£100.00');
  await expectNoSeriousA11yProblems(page, 'cash-up (till open)');

  // Tom takes two sales at the counter: £6.90 in cash (paid with £10, £3.10 change) and £1.80 on card.
  await expect(page.locator('html')).toHaveAttribute('data-events', 'connected');
  const tom = await atTheCounter(apron.url, 'Tom Trainee', '3333');
  const first = await sell(tom, {
    orderType: 'eat_in',
    lines: [{ productId: 'prod-cola', quantity: 2 }, { productId: 'prod-cheese-sandwich' }],
    payments: [{ tender: 'cash', amountPence: 1000 }],
    totalPence: 690,
  });
  expect(first.changePence).toBe(310);
  await sell(tom, { orderType: 'takeaway', lines: [{ productId: 'prod-tea' }], payments: [{ tender: 'card', amountPence: 180 }], totalPence: 180 });
  await cash.expectDrawerShouldHold('£106.90');

  // Milk from the shop, then most of the notes to the safe, then the drawer opened for change.
  await cash.recordPayOut('4.50', 'milk from the corner shop');
  await expect(cash.notice('Paid out £4.50 for milk from the corner shop.')).toBeVisible();
  await cash.expectDrawerShouldHold('£102.40');

  // More than the drawer holds is refused beside the amount, and Cancel leaves everything as it was.
  await cash.start('Lift to safe');
  await cash.task.getByLabel('Amount').fill('500');
  await cash.task.getByRole('button', { name: 'Lift £500.00 to the safe' }).click();
  await expect(cash.task.getByLabel('Amount')).toHaveAccessibleDescription(/There is only £102\.40 in the drawer\./);
  await cash.task.getByRole('button', { name: 'Cancel' }).click();
  await cash.expectDrawerShouldHold('£102.40');

  await cash.recordLift('50.00');
  await expect(cash.notice('Lifted £50.00 to the safe.')).toBeVisible();
  await cash.expectDrawerShouldHold('£52.40');
  await cash.recordNoSale('change for the float');
  await expect(cash.notice('No sale recorded: change for the float.')).toBeVisible();

  // The X report: figures so far, nothing closed.
  await cash.start('X report');
  await expect(page.getByRole('article', { name: 'X report' })).toBeVisible();
  await expect(cash.reportFigure('Sales', 'Net sales')).toHaveText('£8.70');
  await expect(cash.reportFigure('Cash in the drawer', 'Expected in the drawer')).toHaveText('£52.40');
  await cash.task.getByRole('button', { name: 'Cancel' }).click();

  // Close: count £52.30 (10p short). Half-way through Sam is called away and the till is
  // locked; the count is still there when Sam comes back.
  await cash.start('Close the day');
  await cash.typeCount('£20 notes', 1);
  await cash.typeCount('£10 notes', 2);
  await home.logOut();
  await login.loginWithPin('Sam Supervisor', '2222');
  await home.open('Cash-up');
  await cash.start('Close the day');
  await expect(cash.box('£20 notes')).toHaveValue('1');
  await expect(cash.box('£10 notes')).toHaveValue('2');
  await cash.typeCount('£5 notes', 2);
  await cash.typeCount('£1 coins', 2);
  await cash.typeCount('20p coins', 1);
  await cash.typeCount('10p coins', 1);
  await cash.expectCountTotal('£52.30');
  await page.getByRole('button', { name: 'Check the count' }).click();
  await expect(page.getByRole('heading', { name: 'Check before closing the day' })).toBeFocused();
  await expect(cash.checkRow('Expected in the drawer')).toHaveText('£52.40');
  await expect(cash.checkRow('Counted')).toHaveText('£52.30');
  await expect(cash.checkRow('Variance')).toHaveText('-£0.10 (£0.10 short)');
  await expectNoSeriousA11yProblems(page, 'cash-up (check before closing)');
  expect((await callFromPage(page, 'cash.current', {})).value, 'the till is still open while checking').not.toBeNull();

  // Back to counting keeps the boxes; the count stands, so close with a note.
  await page.getByRole('button', { name: 'Back to counting' }).click();
  await expect(cash.box('10p coins')).toHaveValue('1');
  await page.getByRole('button', { name: 'Check the count' }).click();
  await page.getByLabel('Note for the Z report (optional)').fill('10p short, probably change');
  await page.getByRole('button', { name: 'Close the day and issue the Z report' }).click();

  const z = page.getByRole('article', { name: 'Z report 1' });
  await expect(z).toBeVisible();
  await expect(cash.notice(/The day is closed\. Z report 1 is kept exactly as issued/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print Z report 1' })).toBeVisible();
  await expect(cash.reportFigure('Sales', 'Gross sales')).toHaveText('£8.70');
  await expect(cash.reportFigure('Sales', 'Net sales')).toHaveText('£8.70');
  await expect(z.getByText('Receipts 1 to 2.')).toBeVisible();
  await expect(cash.reportFigure('By tender', 'Cash')).toHaveText(['£6.90', '£0.00', '£6.90']);
  await expect(cash.reportFigure('By tender', 'Card')).toHaveText(['£1.80', '£0.00', '£1.80']);
  await expect(cash.reportFigure('By VAT rate', '20%')).toHaveText(['£7.25', '£1.45', '£8.70']);
  await expect(cash.reportFigure('Cash in the drawer', 'Float')).toHaveText('£100.00');
  await expect(cash.reportFigure('Cash in the drawer', /^Paid out/)).toHaveText('£4.50');
  await expect(cash.reportFigure('Cash in the drawer', /^Lifted to the safe/)).toHaveText('£50.00');
  await expect(cash.reportFigure('Cash in the drawer', /^No sales/)).toHaveText('1');
  await expect(cash.reportFigure('Cash in the drawer', 'Expected in the drawer')).toHaveText('£52.40');
  await expect(cash.reportFigure('Cash in the drawer', 'Counted in the drawer')).toHaveText('£52.30');
  await expect(cash.reportFigure('Cash in the drawer', 'Variance')).toHaveText('-£0.10 (£0.10 short)');
  await expect(z.getByText('Note: 10p short, probably change')).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'Z report');

  // The day is closed for good: no sale can be taken, and the screen only offers a new float.
  const refused = await tom.call('sales.complete', { clientRef: 'e2e-cash-after-close', basket: { orderType: 'takeaway', lines: [{ productId: 'prod-tea', quantity: 1 }] }, payments: [{ tender: 'card', amountPence: 180 }], expectedTotalPence: 180 });
  expect(refused.error?.code).toBe('conflict');
  await page.getByRole('button', { name: 'Done' }).click();
  await cash.expectClosed();
  await expect(cash.zList.getByRole('row', { name: /^1 / })).toContainText('£8.70');
  await expect(cash.zList.getByRole('row', { name: /^1 / })).toContainText('£0.10 short');

  // The Z report opens again exactly as issued.
  await cash.zList.getByRole('button', { name: 'Open Z report 1' }).click();
  await expect(cash.reportFigure('Cash in the drawer', 'Counted in the drawer')).toHaveText('£52.30');
  await page.getByRole('button', { name: 'Close the report' }).click();

  // The next day starts a new session with its own float; yesterday's sales are not in it.
  await cash.typeCount('£10 notes', 5);
  await cash.openTill('£50.00');
  await cash.expectDrawerShouldHold('£50.00');
  await expect(cash.drawer).toContainText('£0.00 (0 sales)');
});

test('a trainee is refused the cash-up screen, and the core refuses the till’s cash methods', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin('Tom Trainee', '3333');
  await home.expectFor('Tom Trainee', 'Trainee');
  await expect(home.tile('Cash-up')).toHaveCount(0);

  await page.goto('/#/cash');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByText('Cash-up is only for supervisors or managers.')).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'cash-up refused');

  for (const [method, input] of [
    ['cash.open', { floatCounts: { '2000': 5 } }],
    ['cash.xReport', {}],
    ['cash.close', { countedCounts: { '2000': 5 } }],
  ] as const) {
    const r = await callFromPage(page, method, input);
    expect(r.ok, method).toBe(false);
    expect(r.error?.code, method).toBe('forbidden');
  }
});
