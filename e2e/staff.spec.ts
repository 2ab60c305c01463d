import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { ourCafe, setUpCafe } from './journeys.ts';
import { HomePage } from './pages/HomePage.ts';
import { StaffPage } from './pages/StaffPage.ts';

test('a manager adds a supervisor and two trainees; each logs in by PIN, badge box or badge scan', async ({ page, apron }) => {
  const login = await setUpCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin(ourCafe.managerName, ourCafe.pin);
  await home.expectFor(ourCafe.managerName, 'Manager');
  await home.open('Staff');

  const staff = new StaffPage(page);
  await staff.expectShown();
  await expectNoSeriousA11yProblems(page, 'staff');

  // A PIN with letters: the reason is beside the PIN box, and nothing is added.
  await staff.fillNewPerson({ name: 'Sam Okafor', role: 'Supervisor', pin: '12ab' });
  await staff.addForm.getByRole('button', { name: 'Add this person' }).click();
  const pinBox = staff.addForm.getByLabel('PIN', { exact: true });
  await expect(pinBox).toHaveAccessibleDescription(/A PIN is 4 to 8 numbers, with no letters or spaces\./);
  await expect(pinBox).toBeFocused();
  await expect(staff.row('Sam Okafor')).toHaveCount(0);
  await expectNoSeriousA11yProblems(page, 'add person with a mistake');

  // No name.
  await staff.fillNewPerson({ name: '', role: 'Trainee', pin: '1234' });
  await staff.addForm.getByRole('button', { name: 'Add this person' }).click();
  await expect(staff.addForm.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Enter the name\./);

  await staff.add({ name: 'Sam Okafor', role: 'Supervisor', pin: '5151', badge: 'BADGE-SAM-01' });
  await staff.add({ name: 'Jess Taylor', role: 'Trainee', pin: '7373', badge: 'BADGE-JESS-02' });
  await staff.add({ name: 'Kai Brown', role: 'Trainee', pin: '8484', badge: 'BADGE-KAI-03' });
  await expect(staff.loginWays('Kai Brown')).toHaveText('PIN and badge');

  // One badge, one person.
  await staff.fillNewPerson({ name: 'Lee Hall', role: 'Trainee', pin: '9999', badge: 'BADGE-KAI-03' });
  await staff.addForm.getByRole('button', { name: 'Add this person' }).click();
  await expect(staff.addForm.getByLabel('Badge (optional)')).toHaveAccessibleDescription(/That badge already belongs to Kai Brown\./);

  await home.logOut();

  // The supervisor by PIN.
  await login.loginWithPin('Sam Okafor', '5151');
  await home.expectFor('Sam Okafor', 'Supervisor');
  await home.open('Staff list');
  await staff.expectShown('Staff list');
  await expect(staff.addForm).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Change/ })).toHaveCount(0);
  await expectNoSeriousA11yProblems(page, 'staff list (supervisor)');
  await home.logOut();

  // A trainee by PIN.
  await login.loginWithPin('Jess Taylor', '7373');
  await home.expectFor('Jess Taylor', 'Trainee');
  await home.logOut();

  // A trainee by typing the badge code.
  await login.loginWithBadgeBox('BADGE-KAI-03');
  await home.expectFor('Kai Brown', 'Trainee');
  await home.logOut();

  // A badge nobody has.
  await login.loginWithBadgeBox('BADGE-NOBODY');
  await expect(login.badgeBox).toHaveAccessibleDescription(/That badge is not known to Apron/);

  // The supervisor by the counter's scanner.
  await login.waitForScanner();
  await apron.scanBadge('BADGE-SAM-01');
  await home.expectFor('Sam Okafor', 'Supervisor');
});

test('a manager renames a person, gives a new PIN, removes a badge and switches someone off', async ({ page, apron }) => {
  const login = await setUpCafe(page);
  const home = new HomePage(page);
  await login.loginWithPin(ourCafe.managerName, ourCafe.pin);
  await home.open('Staff');
  const staff = new StaffPage(page);
  await staff.add({ name: 'Jess Taylor', role: 'Trainee', pin: '7373', badge: 'BADGE-JESS-02' });
  await staff.add({ name: 'Kai Brown', role: 'Trainee', pin: '8484' });

  await staff.change('Jess Taylor');
  await expectNoSeriousA11yProblems(page, 'change a person');
  await staff.editor.getByLabel('Name', { exact: true }).fill('Jess Taylor-Reid');
  await staff.editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(staff.editor.getByRole('status')).toHaveText('Saved the changes to Jess Taylor-Reid.');
  await expect(staff.row('Jess Taylor-Reid')).toBeVisible();

  await staff.editor.getByLabel('New PIN').fill('12 34');
  await staff.editor.getByRole('button', { name: 'Set new PIN' }).click();
  await expect(staff.editor.getByLabel('New PIN')).toHaveAccessibleDescription(/no letters or spaces/);
  await staff.editor.getByLabel('New PIN').fill('2468');
  await staff.editor.getByRole('button', { name: 'Set new PIN' }).click();
  await expect(staff.editor.getByRole('status')).toContainText('Jess Taylor-Reid has a new PIN');

  await staff.editor.getByRole('button', { name: 'Remove badge' }).click();
  await expect(staff.editor.getByRole('status')).toContainText("Jess Taylor-Reid's badge is removed.");
  await expect(staff.loginWays('Jess Taylor-Reid')).toHaveText('PIN');

  // The last manager cannot be switched off: the reason sits beside the box.
  await staff.editor.getByRole('button', { name: 'Close' }).click();
  await staff.change(ourCafe.managerName);
  await staff.editor.getByLabel('Works here now (can log in)').uncheck();
  await staff.editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(staff.editor.getByLabel('Works here now (can log in)')).toHaveAccessibleDescription(/at least one active manager/);
  await staff.editor.getByRole('button', { name: 'Close' }).click();

  await staff.change('Kai Brown');
  await staff.editor.getByLabel('Works here now (can log in)').uncheck();
  await staff.editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(staff.row('Kai Brown')).toHaveCount(0);
  await page.getByLabel('Show former staff').check();
  await expect(staff.row('Kai Brown')).toContainText('Former staff');

  await home.logOut();
  await expect(login.tile('Kai Brown')).toHaveCount(0);
  await login.loginWithPin('Jess Taylor-Reid', '2468');
  await home.expectFor('Jess Taylor-Reid', 'Trainee');
  await home.logOut();

  await login.waitForScanner();
  await apron.scanBadge('BADGE-JESS-02');
  await expect(login.badgeBox).toHaveAccessibleDescription(/That badge is not known to Apron/);
});
