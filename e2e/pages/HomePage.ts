import { expect, type Locator, type Page } from '@playwright/test';

export class HomePage {
  readonly logOutButton: Locator;
  readonly tiles: Locator;

  constructor(readonly page: Page) {
    this.logOutButton = page.getByRole('button', { name: 'Log out' });
    this.tiles = page.locator('.home-tiles');
  }

  /** Home for this person: their name at the top, with the Log out button. */
  async expectFor(displayName: string, role: 'Trainee' | 'Supervisor' | 'Manager'): Promise<void> {
    const firstName = displayName.split(' ')[0] ?? displayName;
    await expect(this.page.getByRole('heading', { level: 1, name: `Hello, ${firstName}` })).toBeVisible();
    await expect(this.page.locator('.topbar-who')).toHaveText(`Logged in: ${displayName} ${role}`);
    await expect(this.logOutButton).toBeVisible();
  }

  tile(label: string): Locator {
    return this.tiles.getByRole('link', { name: label }).or(this.tiles.getByRole('button', { name: label }));
  }

  async open(label: string): Promise<void> {
    await this.tiles.getByRole('link', { name: label }).click();
  }

  async goHome(): Promise<void> {
    await this.page.locator('.topbar').getByRole('link', { name: 'Home' }).click();
  }

  async logOut(): Promise<void> {
    await this.logOutButton.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Who is using the till?' })).toBeVisible();
  }
}
