import { expectNoSeriousA11yProblems } from './a11y.ts';
import { startWithSampleCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';
import { StaffPage } from './pages/StaffPage.ts';
import { TillPage } from './pages/TillPage.ts';
import { openTheTill } from './pages/TillSetup.ts';
import { expect, heading, lastPrinted, paper, printedJobs, setUpReceiptPrinter, test } from './printingFixtures.ts';

// Printing end to end: the manager sets the printer up on the Hardware screen, trainees
// sell, and the test reads what a real printer on the counter would have been sent
// (a capture printer on 127.0.0.1), decoded back into lines, cuts and drawer pulses.

const cafeName = 'Back Yard Café (sample)';

test('a manager sets up the network printer and the drawer, and a test page prints the café’s name and a pound sign, then cuts', async ({ page, printer }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Maya Manager', '1111');
  const hardware = await setUpReceiptPrinter(page, printer);
  await expectNoSeriousA11yProblems(page, 'hardware (printer set up)');

  // The saved printer answers: the screen says it is ready.
  await expect(hardware.check.getByRole('status').filter({ hasText: 'Receipt printer:' })).toHaveText('Receipt printer: Ready');
  await expect(hardware.check.getByText('Saved: ')).toContainText(`127.0.0.1:${printer.port}`);

  await hardware.printTestPage(true);
  const job = await lastPrinted(printer, 1);
  const lines = paper(job);
  expect(heading(job), 'the café’s name, large, at the top').toBe(cafeName);
  expect(lines).toContain('TEST PAGE');
  expect(lines).toContain('£1.23 prints as a pound sign');
  expect(lines).toContain(`Printer: Network printer 127.0.0.1:${printer.port}`);
  expect(lines).toContain('Paper: 42 characters a line');
  const decoded = job.decode();
  expect(decoded.drawerPulses, 'the drawer opens on pin 2 with the test').toEqual([{ pin: 2 }]);
  expect(decoded.cut).toBe(true);
  expect(decoded.commands.at(-1)?.name, 'the page ends in a cut').toBe('cut');

  // The job is on the screen's list as printed, and the printer is still ready.
  await expect(hardware.check.getByRole('row', { name: /^Test page and drawer/ })).toContainText('Printed');
  await expect(hardware.check.getByRole('status').filter({ hasText: 'Receipt printer:' })).toHaveText('Receipt printer: Ready');
  await expectNoSeriousA11yProblems(page, 'hardware (test page printed)');
});

test('receipts name only the trainees who agreed; cash opens the drawer, card does not', async ({ page, apron, printer }) => {
  test.setTimeout(60_000);
  const login = await startWithSampleCafe(page);
  const home = new HomePage(page);
  await openTheTill(apron.url);

  await test.step('the manager sets up the printer, ticks that Tom agreed to be named, and adds Jess who agreed too', async () => {
    await login.loginWithPin('Maya Manager', '1111');
    await setUpReceiptPrinter(page, printer);
    await home.goHome();
    await home.open('Staff');
    const staff = new StaffPage(page);
    await staff.expectShown();
    await staff.change('Tom Trainee');
    const named = staff.editor.getByLabel('May be named on receipts');
    await expect(named).not.toBeChecked();
    await expect(named).toHaveAccessibleDescription('Only if they agreed. Their receipts then say “Served by Tom”: the first name only.');
    await named.check();
    await staff.editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(staff.editor.getByRole('status')).toHaveText('Saved the changes to Tom Trainee.');
    await expect(staff.row('Tom Trainee')).toContainText('First name on receipts');
    await expect(staff.row('Priya Trainee')).not.toContainText('First name on receipts');
    await expectNoSeriousA11yProblems(page, 'staff (change a person)');
    await staff.editor.getByRole('button', { name: 'Close' }).click();

    await staff.fillNewPerson({ name: 'Jess Taylor', role: 'Trainee', pin: '7373' });
    await staff.addForm.getByLabel('May be named on receipts').check();
    await expect(staff.addForm.getByLabel('May be named on receipts')).toHaveAccessibleDescription(/“Served by Jess”/);
    await staff.addForm.getByRole('button', { name: 'Add this person' }).click();
    await expect(staff.addForm.getByRole('status')).toHaveText(/Added Jess Taylor as a trainee/);
    await expect(staff.addForm.getByLabel('May be named on receipts'), 'the form is ready for the next person').not.toBeChecked();
    await expect(staff.row('Jess Taylor')).toContainText('First name on receipts');
    await home.logOut();
  });

  const till = new TillPage(page);

  await test.step('Tom: a latte and a cheese sandwich to take away, paid with a £10 note', async () => {
    await login.loginWithPin('Tom Trainee', '3333');
    await till.open();
    await till.orderType('Takeaway');
    await till.tap('Hot drinks', 'Latte');
    await till.choose('Whole milk');
    await till.tap('Food', 'Cheese sandwich');
    await till.expectTotal('£7.80');
    await till.pay();
    await till.cashButton('£10');
    await till.completeSale();
    await till.expectSaleComplete(1, '£2.20');
    await expect(page.getByRole('status').filter({ hasText: 'Receipt printing.' })).toBeVisible();

    const job = await lastPrinted(printer, 1);
    const lines = paper(job);
    expect(heading(job), 'the café’s name, large, at the top').toBe(cafeName);
    expect(lines).toContainEqual(expect.stringMatching(/^Receipt 1 +Take away$/));
    expect(lines).toContain('Served by Tom');
    expect(lines.filter((l) => l.includes('Trainee')), 'only the first name').toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^1 x Latte +£3\.30$/));
    expect(lines).toContain('Whole milk');
    expect(lines).toContainEqual(expect.stringMatching(/^1 x Cheese sandwich +£4\.50$/));
    expect(lines).toContainEqual(expect.stringMatching(/^TOTAL +£7\.80$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Cash +£10\.00$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Change +£2\.20$/));
    // VAT by rate: the hot latte at 20%, the cold sandwich taken away at 0%.
    expect(lines).toContainEqual(expect.stringMatching(/^Rate +Net +VAT +Total$/));
    expect(lines).toContainEqual(expect.stringMatching(/^20% +£2\.75 +£0\.55 +£3\.30$/));
    expect(lines).toContainEqual(expect.stringMatching(/^0% +£4\.50 +£0\.00 +£4\.50$/));
    const decoded = job.decode();
    expect(decoded.cut).toBe(true);
    expect(decoded.drawerPulses, 'cash opens the drawer').toEqual([{ pin: 2 }]);
    expect(decoded.commands.at(-1)?.name, 'the receipt ends in a cut').toBe('cut');
    await till.nextCustomer();
  });

  await test.step('Tom: a pot of tea on card prints without opening the drawer', async () => {
    await till.tap('Hot drinks', 'Pot of tea');
    await till.pay();
    await till.card();
    await till.completeSale();
    await till.expectSaleComplete(2, null);
    const job = await lastPrinted(printer, 2);
    const lines = paper(job);
    expect(lines).toContainEqual(expect.stringMatching(/^Receipt 2 +Take away$/));
    expect(lines).toContainEqual(expect.stringMatching(/^1 x Pot of tea +£1\.80$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Card +£1\.80$/));
    expect(lines).toContain('Served by Tom');
    expect(job.decode().cut).toBe(true);
    expect(job.decode().drawerPulses, 'card keeps the drawer shut').toEqual([]);
    await till.nextCustomer();
    await home.goHome();
    await home.logOut();
  });

  await test.step('Priya, who was not asked, is not named; Jess, added with the box ticked, is', async () => {
    await login.loginWithPin('Priya Trainee', '4444');
    await till.open();
    await till.tap('Snacks', 'Chocolate bar');
    await till.pay();
    await till.cashButton('Exact £1.20');
    await till.completeSale();
    await till.expectSaleComplete(3, null);
    const priyas = paper(await lastPrinted(printer, 3));
    expect(priyas).toContainEqual(expect.stringMatching(/^Receipt 3 /));
    expect(priyas.filter((l) => l.startsWith('Served by') || l.includes('Priya')), 'no name on the receipt').toEqual([]);
    await till.nextCustomer();
    await home.goHome();
    await home.logOut();

    await login.loginWithPin('Jess Taylor', '7373');
    await till.open();
    await till.tap('Snacks', 'Chocolate bar');
    await till.pay();
    await till.card();
    await till.completeSale();
    await till.expectSaleComplete(4, null);
    const jesss = paper(await lastPrinted(printer, 4));
    expect(jesss).toContainEqual(expect.stringMatching(/^Receipt 4 /));
    expect(jesss).toContain('Served by Jess');
    expect(jesss.filter((l) => l.includes('Taylor'))).toEqual([]);
  });

  expect(printedJobs(printer), 'one receipt a sale, nothing twice').toHaveLength(4);
  expect(printer.jobs().filter((j) => !j.cut), 'no drawer pulse on its own').toEqual([]);
});

test('with the printer off, sales complete at once, the till says so quietly, and the receipts print by themselves when it is back', async ({ page, apron, printer }) => {
  test.setTimeout(60_000);
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
  const indicator = page.getByTestId('printer-indicator');
  await expect(indicator, 'nothing to say while the printer is fine').toHaveText('');

  // Someone knocks the printer's plug out.
  await printer.goOffline();

  await test.step('a cash sale is complete straight away, and the receipt waits', async () => {
    await till.tap('Hot drinks', 'Pot of tea');
    await till.pay();
    await till.cashButton('£5');
    await till.completeSale();
    await till.expectSaleComplete(1, '£3.20');
    await expect(page.getByRole('status').filter({ hasText: 'The receipt will print when the printer is back.' })).toBeVisible();
    await expect(till.dialog, 'nothing stops the trainee').toHaveCount(0);
    await till.nextCustomer();
    await expect(indicator).toHaveText('Printer: off · 1 waiting');
    await expectNoSeriousA11yProblems(page, 'till (printer off)');
  });

  await test.step('the next customer is served as usual, by card', async () => {
    await till.tap('Snacks', 'Chocolate bar');
    await till.pay();
    await till.card();
    await till.completeSale();
    await till.expectSaleComplete(2, null);
    await till.nextCustomer();
    await expect(indicator).toHaveText('Printer: off · 2 waiting');
  });
  expect(printer.jobs(), 'nothing reached the printer while it was off').toEqual([]);

  await test.step('the plug goes back in: both receipts print in order, the first still opening the drawer for its cash', async () => {
    await printer.comeBack();
    await expect.poll(() => printedJobs(printer).length, { message: 'both receipts print without anyone pressing anything', timeout: 30_000 }).toBe(2);
    const [first, second] = printedJobs(printer);
    if (!first || !second) throw new Error('two receipts');
    expect(paper(first)).toContainEqual(expect.stringMatching(/^Receipt 1 +Eat in$/));
    expect(first.decode().drawerPulses).toEqual([{ pin: 2 }]);
    expect(paper(second)).toContainEqual(expect.stringMatching(/^Receipt 2 +Eat in$/));
    expect(second.decode().drawerPulses).toEqual([]);
    await expect(indicator, 'the till is quiet again').toHaveText('', { timeout: 10_000 });
  });
});
