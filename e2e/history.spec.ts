import type { Page } from '@playwright/test';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';
import { HistoryPage } from './pages/HistoryPage.ts';
import { backOffice, openTheTill, type BackOffice } from './pages/TillSetup.ts';

// Sales history: a supervisor refunds and voids; a trainee needs a supervisor for a refund.
// The morning's sales are rung up through the API (the till's own tests ring them up on screen).

async function morningSales(url: string): Promise<BackOffice> {
  await openTheTill(url);
  const tom = backOffice(url);
  await tom.loginAs('Tom Trainee', '3333');
  const sell = (ref: string, lines: unknown[], payments: unknown[], expectedTotalPence: number) =>
    tom.must('sales.complete', { clientRef: ref, basket: { orderType: 'eat_in', lines }, payments, expectedTotalPence });
  // 1: two lattes and a scone, by card. 2: a pot of tea, cash. 3: a flapjack, cash.
  await sell('morning-sale-1', [{ productId: 'prod-latte', quantity: 2, optionIds: ['opt-milk-whole'] }, { productId: 'prod-scone', quantity: 1 }], [{ tender: 'card', amountPence: 935 }], 935);
  await sell('morning-sale-2', [{ productId: 'prod-tea', quantity: 1 }], [{ tender: 'cash', amountPence: 200 }], 180);
  await sell('morning-sale-3', [{ productId: 'prod-flapjack', quantity: 1 }], [{ tender: 'cash', amountPence: 220 }], 220);
  return tom;
}

async function logInAgain(page: Page, login: Awaited<ReturnType<typeof startWithSampleCafe>>, name: string, pin: string, role: 'Trainee' | 'Supervisor'): Promise<HistoryPage> {
  await login.loginWithPin(name, pin);
  await new HomePage(page).expectFor(name, role);
  const history = new HistoryPage(page);
  await history.open();
  return history;
}

test('a supervisor refunds one latte to the card, cannot refund more than is left, and voids a sale', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  await morningSales(apron.url);
  const history = await logInAgain(page, login, 'Sam Supervisor', '2222', 'Supervisor');
  await expect(history.rows).toHaveCount(3);
  await expectNoSeriousA11yProblems(page, 'sales history');

  await history.findReceipt(1);
  const one = await history.openReceipt(1);
  await expect(one).toContainText('served by Tom Trainee');
  await expect(one.getByRole('rowheader', { name: /Latte/ })).toContainText('Whole milk');
  await expectNoSeriousA11yProblems(page, 'a sale');

  await history.refund(one, { Latte: 1 }, 'original', 'Wrong item made');
  // A supervisor is not asked for anyone's PIN.
  await expect(one.getByRole('status')).toHaveText('Refunded £3.30 as receipt 4. Give back £3.30 back to the card (on the card machine).');
  await expect(history.dialog).toHaveCount(0);
  await expect(one.getByRole('row', { name: /Latte/ }).getByRole('cell').nth(1)).toHaveText('1');
  await expect(one).toContainText('Refund, receipt 4');
  await expect(history.rows.first()).toContainText('Part refunded');

  // Someone else refunds the other latte meanwhile; this screen still offers one.
  const office = backOffice(apron.url);
  await office.loginAs('Maya Manager', '1111');
  const sale = (await office.must<{ sales: { id: string }[] }>('sales.find', { receiptNumber: 1 })).sales[0];
  const detail = await office.must<{ lines: { id: string; name: string }[] }>('sales.get', { saleId: sale?.id });
  const latte = detail.lines.find((l) => l.name === 'Latte');
  await office.must('sales.refund', { saleId: sale?.id, lines: [{ lineId: latte?.id, quantity: 1 }], to: 'cash', reason: 'Spilt' });
  await history.refund(one, { Latte: 1 }, 'cash', 'Not right (cold, spilt, quality)');
  await expect(one.getByRole('form', { name: 'Refund' }).getByRole('alert')).toHaveText('All of Latte has already been refunded.');

  await history.findAmount('1.80');
  await expect(history.rows).toHaveCount(1);
  const two = await history.openReceipt(2);
  await history.void(two, 2, 'Rung up by mistake');
  await expect(two.getByRole('status')).toHaveText('Receipt 2 is void (receipt 6). Give back £1.80 in cash from the drawer.');
  await expect(two.getByRole('button', { name: 'Void', exact: true })).toHaveCount(0);
  await expect(two).toContainText('Void, receipt 6');
  await expectNoSeriousA11yProblems(page, 'a voided sale');
});

test('a trainee’s refund needs a supervisor: a wrong PIN is refused, Sam’s PIN lets it through; a void with Sam’s badge', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  await morningSales(apron.url);
  const history = await logInAgain(page, login, 'Tom Trainee', '3333', 'Trainee');
  await history.findReceipt(3);
  const three = await history.openReceipt(3);
  await history.refund(three, { Flapjack: 1 }, 'original', 'Other', 'Dropped on the floor');

  await expect(history.dialog).toContainText('Ask a supervisor to authorise it.');
  await history.authorise('Sam Supervisor', '9999');
  await expect(history.dialog.getByRole('alert')).toBeVisible();
  await expect(three.getByRole('status')).toHaveCount(0);
  await history.authorise('Sam Supervisor', '2222');
  await expect(history.dialog).toHaveCount(0);
  await expect(three.getByRole('status')).toHaveText('Refunded £2.20 as receipt 4. Give back £2.20 in cash from the drawer.');
  await expect(three).toContainText('Refund, receipt 4');
  const refund = await history.openReceipt(4);
  await expect(refund).toContainText('Reason: Dropped on the floor');
  await expect(refund).toContainText('authorised by Sam Supervisor');

  // Sam scans his badge at the counter instead of typing his PIN.
  await expect(page.locator('html')).toHaveAttribute('data-events', 'connected');
  await history.findReceipt(2);
  const two = await history.openReceipt(2);
  await history.void(two, 2, 'Customer changed their mind');
  await expect(history.dialog.getByRole('heading', { name: 'A supervisor needs to agree' })).toBeVisible();
  await apron.scanBadge('APRON-SAM-0002');
  await expect(history.dialog).toHaveCount(0);
  await expect(two.getByRole('status')).toHaveText('Receipt 2 is void (receipt 5). Give back £1.80 in cash from the drawer.');
});
