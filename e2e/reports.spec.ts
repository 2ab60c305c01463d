import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { atTheCounter, sell } from './pages/CashSales.ts';
import { HomePage } from './pages/HomePage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ReportsPage } from './pages/ReportsPage.ts';

test('a manager downloads last quarter’s VAT summary as CSV; reversed dates are refused beside the box', async ({ page, apron }) => {
  // Trading on 15 October 2026: a latte eaten in (20%), a sandwich and coffee beans taken away (0%).
  await apron.setClock('2026-10-15T10:00:00Z');
  await startWithSampleCafe(page);
  const sam = await atTheCounter(apron.url, 'Sam Supervisor', '2222');
  await sam.must('cash.open', { floatCounts: { '2000': 5 } });
  const tom = await atTheCounter(apron.url, 'Tom Trainee', '3333');
  await sell(tom, { orderType: 'eat_in', lines: [{ productId: 'prod-latte', optionIds: ['opt-milk-whole'] }], payments: [{ tender: 'card', amountPence: 330 }], totalPence: 330 });
  await sell(tom, { orderType: 'takeaway', lines: [{ productId: 'prod-cheese-sandwich' }, { productId: 'prod-coffee-beans' }], payments: [{ tender: 'cash', amountPence: 1100 }], totalPence: 1100 });
  // A practice sale never reaches the VAT return.
  await tom.must('till.setPractice', { practice: true });
  await sell(tom, { orderType: 'eat_in', lines: [{ productId: 'prod-mocha', optionIds: ['opt-milk-oat'] }], payments: [{ tender: 'card', amountPence: 380 }], totalPence: 380 });
  await tom.must('till.setPractice', { practice: false });

  // A month later, on the screen and the server alike.
  await apron.setClock('2026-11-14T10:00:00Z');
  await page.clock.setFixedTime(new Date('2026-11-14T10:00:00Z'));
  await page.reload();
  await new LoginPage(page).loginWithPin('Maya Manager', '1111');
  const home = new HomePage(page);
  await home.open('Reports');
  const reports = new ReportsPage(page);
  await reports.expectShown();

  // Last quarter: August to October.
  await reports.quickPick('Last quarter');
  await expect(reports.from).toHaveValue('2026-08-01');
  await expect(reports.to).toHaveValue('2026-10-31');
  await expect(reports.vat.getByRole('heading', { name: 'VAT from 1 Aug to 31 Oct 2026' })).toBeVisible();
  await expect(reports.rate('20%')).toHaveText(['£2.75', '£0.55', '£3.30']);
  await expect(reports.rate('0%')).toHaveText(['£11.00', '£0.00', '£11.00']);
  await expect(reports.rate('All rates')).toHaveText(['£13.75', '£0.55', '£14.30']);
  await expectNoSeriousA11yProblems(page, 'reports (VAT summary)');

  const csv = await reports.downloadCsv();
  expect(csv.name).toBe('apron-vat-2026-08-01-to-2026-10-31.csv');
  expect(csv.text).toBe(
    [
      '"From","To","VAT rate (%)","Net sales (GBP)","VAT (GBP)","Gross sales (GBP)"',
      '"2026-08-01","2026-10-31","20","2.75","0.55","3.30"',
      '"2026-08-01","2026-10-31","0","11.00","0.00","11.00"',
      '"2026-08-01","2026-10-31","All rates","13.75","0.55","14.30"',
      '',
    ].join('\r\n'),
  );

  // This month has no sales yet.
  await reports.quickPick('This month');
  await expect(reports.from).toHaveValue('2026-11-01');
  await expect(reports.to).toHaveValue('2026-11-30');
  await expect(reports.vat.getByText('No sales in these days.')).toBeVisible();

  // The end before the start: the core's reason beside the To box, and nothing to download.
  await reports.show('2026-10-31', '2026-08-01');
  await expect(reports.to).toHaveAccessibleDescription(/The end date must be on or after the start date\./);
  await expect(reports.vat.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
  await expectNoSeriousA11yProblems(page, 'reports (date refused)');

  // Changing a date takes the figures away until they are asked for again.
  await reports.show('2026-10-01', '2026-10-31');
  await expect(reports.rate('All rates')).toHaveText(['£13.75', '£0.55', '£14.30']);
  await reports.from.fill('2026-10-16');
  await expect(reports.table).toHaveCount(0);
});

test('a supervisor cannot open reports, and the core refuses them the VAT summary', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Sam Supervisor', '2222');
  // the home first: a route typed while the log-in is still landing would be overtaken by it
  await new HomePage(page).expectFor('Sam Supervisor', 'Supervisor');
  await expect(new HomePage(page).tile('Reports')).toHaveCount(0);
  await page.goto('/#/reports');
  await expect(page.getByText('Reports is only for managers.')).toBeVisible();
  const r = await callFromPage(page, 'reports.vatSummary', { from: '2026-08-01', to: '2026-10-31' });
  expect(r.error?.code).toBe('forbidden');
});
