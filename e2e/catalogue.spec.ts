import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { callFromPage, startWithSampleCafe } from './journeys.ts';
import { CataloguePage } from './pages/CataloguePage.ts';
import { HomePage } from './pages/HomePage.ts';

test('a manager adds a category, a choice group, a product with a barcode and the choice, and an item priced at the till', async ({ page, apron }) => {
  // A whole journey with several axe checks: room for a busy machine.
  test.setTimeout(60_000);
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Maya Manager', '1111');
  await new HomePage(page).open('Catalogue');
  const catalogue = new CataloguePage(page);
  await catalogue.expectShown();
  await expect(catalogue.row('Flat white')).toContainText('£3.20');
  await expectNoSeriousA11yProblems(page, 'catalogue (products)');

  // A category, in a colour from the palette.
  await catalogue.showPart('Categories');
  await page.getByRole('button', { name: 'Add a category' }).click();
  await expect(page.getByRole('heading', { name: 'Add a category' })).toBeFocused();
  await catalogue.field('Name').fill('Breakfast');
  await catalogue.editor.getByRole('radio', { name: 'Purple' }).check();
  await expectNoSeriousA11yProblems(page, 'catalogue (add a category)');
  await catalogue.save('Add category');
  await expect(catalogue.notice('Added the category Breakfast.')).toBeVisible();
  await expect(catalogue.row('Breakfast')).toContainText('Purple');

  // A choice group; an extra price that is not an amount is refused beside its box.
  await catalogue.showPart('Choice groups');
  await page.getByRole('button', { name: 'Add a choice group' }).click();
  await catalogue.field('Name').fill('Bread');
  await catalogue.field('Fewest choices').fill('1');
  await catalogue.field('Most choices').fill('1');
  await catalogue.field('Choice 1').fill('White roll');
  await catalogue.editor.getByRole('button', { name: 'Add a choice' }).click();
  await catalogue.field('Choice 2').fill('Brown roll');
  await catalogue.field('Extra price for choice 2 (optional)').fill('20p');
  await catalogue.save('Add choice group');
  await expect(catalogue.field('Extra price for choice 2 (optional)')).toHaveAccessibleDescription(/Type the extra price in pounds and pence, like 0\.30/);
  await catalogue.field('Extra price for choice 2 (optional)').fill('0.20');
  await expectNoSeriousA11yProblems(page, 'catalogue (add a choice group)');
  await catalogue.save('Add choice group');
  await expect(catalogue.notice('Added the choice group Bread.')).toBeVisible();
  await expect(catalogue.row('Bread')).toContainText('Must pick 1');
  await expect(catalogue.row('Bread')).toContainText('White roll, Brown roll +£0.20');

  // A product with a barcode: a slip in the price and a wrong check digit, each said beside its box.
  await catalogue.showPart('Products');
  await page.getByRole('button', { name: 'Add a product' }).click();
  await catalogue.field('Name').fill('Bacon roll');
  await catalogue.field('Category').selectOption({ label: 'Breakfast' });
  await catalogue.editor.getByRole('radio', { name: 'Bread', exact: true }).check();
  await catalogue.field('Price').fill('3.5o');
  await catalogue.field('VAT').selectOption({ label: 'Standard 20% (hot food and drinks, sweets, crisps, soft drinks)' });
  await catalogue.field('Barcode (optional)').fill('5012345000095');
  await catalogue.editor.getByLabel(/^Bread: White roll, Brown roll/).check();
  await expect(catalogue.editor.getByText('Sales already made keep their price.')).toBeVisible();
  await catalogue.save('Add product');
  await expect(catalogue.field('Price')).toHaveAccessibleDescription(/Type the price in pounds and pence, like 3\.20\./);
  await catalogue.field('Price').fill('3.50');
  await catalogue.save('Add product');
  await expect(catalogue.field('Barcode (optional)')).toHaveAccessibleDescription(/That barcode did not read properly \(its last number does not match\): scan it again\./);
  await expectNoSeriousA11yProblems(page, 'catalogue (product refused)');
  // The counter's scanner reads the right one into the box.
  await expect(page.locator('html')).toHaveAttribute('data-events', 'connected');
  await apron.scanBarcode('5012345000091');
  await expect(catalogue.field('Barcode (optional)')).toHaveValue('5012345000091');
  await catalogue.save('Add product');
  await expect(catalogue.notice('Added Bacon roll at £3.50.')).toBeVisible();
  await expect(catalogue.row('Bacon roll')).toContainText('Choices: Bread');
  await expect(catalogue.row('Bacon roll')).toContainText('Barcode 5012345000091');

  // The till finds it by barcode, with the choice group attached.
  const found = (await callFromPage(page, 'catalogue.findBarcode', { barcode: '5012345000091' })).value as { name: string; pricePence: number; icon: string; modifierGroupIds: string[] };
  expect(found).toMatchObject({ name: 'Bacon roll', pricePence: 350, icon: '🍞' });
  expect(found.modifierGroupIds).toHaveLength(1);

  // An item priced at the till: the highest price is needed, and the usual price may not exceed it.
  await page.getByRole('button', { name: 'Add a product' }).click();
  await catalogue.field('Name').fill('Soup of the week');
  await catalogue.field('Category').selectOption({ label: 'Food' });
  await catalogue.field('Price set at the till (like cake of the day)').check();
  await catalogue.field('Usual price (optional)').fill('4.00');
  await catalogue.save('Add product');
  await expect(catalogue.field('Highest price')).toHaveAccessibleDescription(/Set the highest price the till may charge for this item\./);
  await catalogue.field('Highest price').fill('3.50');
  await catalogue.save('Add product');
  await expect(catalogue.field('Usual price (optional)')).toHaveAccessibleDescription(/The usual price cannot be more than the highest price\./);
  await catalogue.field('Highest price').fill('5.00');
  await catalogue.save('Add product');
  await expect(catalogue.notice('Added Soup of the week, priced at the till up to £5.00.')).toBeVisible();
  await expect(catalogue.row('Soup of the week')).toContainText('Set at the till, up to £5.00, usually £4.00');

  // Cancel changes nothing.
  await catalogue.row('Flat white').getByRole('button', { name: 'Change Flat white' }).click();
  await catalogue.field('Price').fill('9.99');
  await catalogue.editor.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(catalogue.editor).toHaveCount(0);
  await expect(catalogue.row('Flat white')).toContainText('£3.20');
});

test('a manager keeps the discount reasons and the discount limits per role', async ({ page }) => {
  const login = await startWithSampleCafe(page);
  await login.loginWithPin('Maya Manager', '1111');
  await new HomePage(page).open('Catalogue');
  const catalogue = new CataloguePage(page);
  await catalogue.showPart('Discounts');
  await expect(catalogue.row('Staff meal')).toBeVisible();

  await page.getByRole('button', { name: 'Add a reason' }).click();
  await catalogue.field('Reason').fill('Community fridge');
  await catalogue.save('Add reason');
  await expect(catalogue.notice('Added the reason Community fridge.')).toBeVisible();

  await catalogue.row('Community fridge').getByRole('button', { name: 'Change Community fridge' }).click();
  await catalogue.field('In use (offered on the till)').uncheck();
  await catalogue.save('Save reason');
  await expect(catalogue.row('Community fridge')).toContainText('No');

  const limits = page.getByRole('region', { name: 'Discount limits' });
  await limits.getByLabel('Trainees, up to (%)').fill('150');
  await limits.getByRole('button', { name: 'Save discount limits' }).click();
  await expect(limits.getByLabel('Trainees, up to (%)')).toHaveAccessibleDescription(/The limit can be at most 100%\./);
  await limits.getByLabel('Trainees, up to (%)').fill('15');
  await limits.getByRole('button', { name: 'Save discount limits' }).click();
  await expect(catalogue.notice('Discount limits saved.')).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'catalogue (discounts)');
  const till = (await callFromPage(page, 'till.state', {})).value as { discountLimits: { trainee: number } };
  expect(till.discountLimits.trainee).toBe(15);
});
