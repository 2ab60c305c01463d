import { startWithSampleCafe } from './journeys.ts';
import { CashPage } from './pages/CashPage.ts';
import { atTheCounter, sell } from './pages/CashSales.ts';
import { HistoryPage } from './pages/HistoryPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { TillPage } from './pages/TillPage.ts';
import { openTheTill } from './pages/TillSetup.ts';
import { expect, heading, lastPrinted, paper, printedJobs, setUpReceiptPrinter, test } from './printingFixtures.ts';
import { expectNoSeriousA11yProblems } from './a11y.ts';

// Printing what is asked for on a screen: a receipt again from sales history (marked COPY,
// so nobody takes it for a second sale), and the X and Z reports from cash-up.

const cafeName = 'Back Yard Café (sample)';

test('a receipt printed again from sales history says COPY and leaves the drawer shut', async ({ page, apron, printer }) => {
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await openTheTill(apron.url);
  await login.loginWithPin('Maya Manager', '1111');
  await setUpReceiptPrinter(page, printer);
  await home.goHome();
  await home.logOut();

  await login.loginWithPin('Tom Trainee', '3333');
  const till = new TillPage(page);
  await till.open();
  await till.tap('Cakes', 'Flapjack');
  await till.pay();
  await till.cashButton('£5');
  await till.completeSale();
  await till.expectSaleComplete(1, '£2.80');
  const original = await lastPrinted(printer, 1);
  expect(paper(original)).not.toContain('*** COPY ***');
  await till.nextCustomer();
  await home.goHome();

  // The customer comes back for a receipt for their expenses.
  const history = new HistoryPage(page);
  await history.open();
  await history.findReceipt(1);
  const detail = await history.openReceipt(1);
  await detail.getByRole('button', { name: 'Reprint' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Sent to the printer.' })).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'sales history (reprinted)');

  const copy = await lastPrinted(printer, 2);
  const lines = paper(copy);
  expect(heading(copy)).toBe(cafeName);
  expect(lines).toContain('*** COPY ***');
  expect(lines).toContain('This is a copy, not a new sale');
  expect(lines).toContainEqual(expect.stringMatching(/^Receipt 1 +Eat in$/));
  expect(lines).toContainEqual(expect.stringMatching(/^1 x Flapjack +£2\.20$/));
  expect(lines).toContainEqual(expect.stringMatching(/^TOTAL +£2\.20$/));
  expect(copy.decode().cut).toBe(true);
  expect(copy.decode().drawerPulses, 'a copy never opens the drawer').toEqual([]);
  expect(printedJobs(printer)).toHaveLength(2);
});

test('a supervisor prints the X report from cash-up, closes the day, and the Z report prints by itself; printed again it says COPY', async ({ page, apron, printer }) => {
  test.setTimeout(60_000);
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await openTheTill(apron.url);
  await login.loginWithPin('Maya Manager', '1111');
  await setUpReceiptPrinter(page, printer);
  await home.goHome();
  await home.logOut();

  // Tom's morning at the counter: £6.90 in cash (a £10 note) and £1.80 on card.
  const tom = await atTheCounter(apron.url, 'Tom Trainee', '3333');
  await sell(tom, { orderType: 'eat_in', lines: [{ productId: 'prod-cola', quantity: 2 }, { productId: 'prod-cheese-sandwich' }], payments: [{ tender: 'cash', amountPence: 1000 }], totalPence: 690 });
  await sell(tom, { orderType: 'takeaway', lines: [{ productId: 'prod-tea' }], payments: [{ tender: 'card', amountPence: 180 }], totalPence: 180 });
  await lastPrinted(printer, 2);

  await login.loginWithPin('Sam Supervisor', '2222');
  await home.open('Cash-up');
  const cash = new CashPage(page);
  await cash.expectShown();

  await test.step('the X report: figures so far, on paper', async () => {
    await cash.start('X report');
    await expect(page.getByRole('article', { name: 'X report' })).toBeVisible();
    await cash.task.getByRole('button', { name: 'Print X report' }).click();
    await expect(cash.task.getByRole('status').filter({ hasText: 'Sent to the printer.' })).toBeVisible();
    await expectNoSeriousA11yProblems(page, 'cash-up (X report printed)');

    const x = await lastPrinted(printer, 3);
    const lines = paper(x);
    expect(heading(x)).toBe(cafeName);
    expect(lines).toContain('X REPORT');
    expect(lines).toContain('Figures so far; the drawer stays open');
    expect(lines).toContain('Printed by Sam Supervisor');
    expect(lines).toContainEqual(expect.stringMatching(/^Sales \(2\) +£8\.70$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Net sales +£8\.70$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Cash +£6\.90$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Card +£1\.80$/));
    expect(lines).toContainEqual(expect.stringMatching(/^VAT at 20% +£1\.45$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Cash expected +£106\.90$/));
    expect(lines).not.toContain('*** COPY ***');
    expect(x.decode().cut).toBe(true);
    expect(x.decode().drawerPulses, 'an X report leaves the drawer shut').toEqual([]);
    await cash.task.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('closing the day prints the Z report without anyone asking', async () => {
    await cash.start('Close the day');
    await cash.typeCount('£20 notes', 5);
    await cash.typeCount('£5 notes', 1);
    await cash.typeCount('£1 coins', 1);
    await cash.typeCount('50p coins', 1);
    await cash.typeCount('20p coins', 2);
    await cash.expectCountTotal('£106.90');
    await page.getByRole('button', { name: 'Check the count' }).click();
    await page.getByRole('button', { name: 'Close the day and issue the Z report' }).click();
    await expect(page.getByRole('article', { name: 'Z report 1' })).toBeVisible();

    const z = await lastPrinted(printer, 4);
    const lines = paper(z);
    expect(heading(z)).toBe(cafeName);
    expect(lines).toContain('Z REPORT 1');
    expect(lines).toContainEqual(expect.stringMatching(/^Net sales +£8\.70$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Cash counted +£106\.90$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Over \/ short +£0\.00$/));
    expect(lines).toContain('Printed by Sam Supervisor');
    expect(lines).not.toContain('*** COPY ***');
    expect(z.decode().cut).toBe(true);
  });

  await test.step('printed again, the Z report says COPY', async () => {
    await page.getByRole('button', { name: 'Print Z report 1 again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Sent to the printer.' })).toBeVisible();
    const again = await lastPrinted(printer, 5);
    const lines = paper(again);
    expect(lines).toContain('*** COPY ***');
    expect(lines).toContainEqual(expect.stringMatching(/^Cash counted +£106\.90$/));
    await expectNoSeriousA11yProblems(page, 'cash-up (Z report printed again)');
  });
  expect(printedJobs(printer)).toHaveLength(5);
});
