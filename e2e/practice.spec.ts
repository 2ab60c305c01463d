import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { atTheCounter, sell } from './pages/CashSales.ts';
import { HomePage } from './pages/HomePage.ts';
import { PracticePage } from './pages/PracticePage.ts';

test('a supervisor goes through trainees’ practice sales and marks them; a slip is put right by pressing the other mark', async ({ page, apron }) => {
  const login = await startWithSampleCafe(page);
  // Tom and Priya practise: the till needs no float for practice.
  const tom = await atTheCounter(apron.url, 'Tom Trainee', '3333');
  await tom.must('till.setPractice', { practice: true });
  await sell(tom, { orderType: 'eat_in', lines: [{ productId: 'prod-latte', optionIds: ['opt-milk-oat', 'opt-size-large'] }], payments: [{ tender: 'cash', amountPence: 500 }], totalPence: 410 });
  await sell(tom, { orderType: 'takeaway', lines: [{ productId: 'prod-flapjack', quantity: 2 }], payments: [{ tender: 'card', amountPence: 440 }], totalPence: 440 });
  const priya = await atTheCounter(apron.url, 'Priya Trainee', '4444');
  await sell(priya, { orderType: 'takeaway', lines: [{ productId: 'prod-tea' }], payments: [{ tender: 'card', amountPence: 180 }], totalPence: 180 });
  await tom.must('till.setPractice', { practice: false });

  await login.loginWithPin('Sam Supervisor', '2222');
  await new HomePage(page).open('Practice review');
  const practice = new PracticePage(page);
  await practice.expectShown();
  await expect(practice.figures('Tom Trainee')).toHaveText(['2', '0', '0', /./]);
  await expect(practice.figures('Priya Trainee')).toHaveText(['1', '0', '0', /./]);
  await expect(practice.sales).toHaveCount(3);
  await expectNoSeriousA11yProblems(page, 'practice review');

  // Tom's latte: lines, choices, cash and change, as he rang it up.
  const latte = practice.salesBy('Tom Trainee').filter({ hasText: 'Latte' });
  await expect(latte).toContainText('1 × Latte (Oat milk, Large)');
  await expect(latte).toContainText('£4.10');
  await expect(latte).toContainText('Handed over£5.00');
  await expect(latte).toContainText('Change given£0.90');
  await expect(latte).toContainText('Not marked yet');

  // A slip: "Needs more practice" pressed by mistake, then Right.
  await practice.mark(latte, 'Needs more practice');
  await expect(latte).toContainText('Marked: needs more practice');
  await practice.mark(latte, 'Right');
  await expect(latte.getByRole('button', { name: 'Needs more practice' })).toHaveAttribute('aria-pressed', 'false');
  await expect(practice.figures('Tom Trainee')).toHaveText(['2', '1', '1', /./]);

  const flapjacks = practice.salesBy('Tom Trainee').filter({ hasText: 'Flapjack' });
  await practice.mark(flapjacks, 'Needs more practice');
  await expect(practice.figures('Tom Trainee')).toHaveText(['2', '2', '1', /./]);

  // Only what is left to look at: Priya's tea.
  await page.getByLabel('Only sales not marked yet').check();
  await expect(practice.sales).toHaveCount(1);
  await expect(practice.salesBy('Priya Trainee')).toHaveCount(1);
  await page.getByLabel('Only sales not marked yet').uncheck();
  await page.getByLabel('Show practice sales by').selectOption({ label: 'Tom Trainee' });
  await expect(practice.sales).toHaveCount(2);
  await expectNoSeriousA11yProblems(page, 'practice review (marked)');

  // Marks are kept: the core says so too.
  const review = (await callFromPage(page, 'practice.review', {})).value as { people: { displayName: string; reviewed: number; right: number }[] };
  expect(review.people.find((p) => p.displayName === 'Tom Trainee')).toMatchObject({ reviewed: 2, right: 1 });
});

test('a trainee cannot review practice sales', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Tom Trainee', '3333');
  // the home first: a route typed while the log-in is still landing would be overtaken by it
  await new HomePage(page).expectFor('Tom Trainee', 'Trainee');
  await expect(new HomePage(page).tile('Practice review')).toHaveCount(0);
  await page.goto('/#/practice');
  await expect(page.getByText('Practice review is only for supervisors or managers.')).toBeVisible();
  const r = await callFromPage(page, 'practice.mark', { saleId: 'x', review: 'right' });
  expect(r.error?.code).toBe('forbidden');
});
