import { expect, type Locator, type Page } from '@playwright/test';

export interface ShiftDetails {
  day?: string;
  start?: string;
  end?: string;
  nextDay?: boolean;
  station?: string;
  who?: string;
  supervisor?: string;
  note?: string;
}

/** The rota screen, used as a supervisor would: the week's grid, shift cards and their dialogs. */
export class RotaPage {
  readonly weekHeading: Locator;
  readonly weekState: Locator;
  readonly grid: Locator;
  readonly dialog: Locator;
  readonly checks: Locator;

  constructor(readonly page: Page) {
    this.weekHeading = page.locator('#rota-week-heading');
    this.weekState = page.locator('.rota-week-state');
    this.grid = page.getByRole('table', { name: /^Shifts in the week of/ });
    this.dialog = page.getByRole('dialog');
    this.checks = page.getByRole('region', { name: /To look at this week/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Rota' })).toBeVisible();
  }

  async showPart(label: 'Plan the week' | 'Swaps' | 'Stations and rules'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Parts of the rota' }).getByRole('button', { name: new RegExp(`^${label}`) }).click();
  }

  async goToWeek(label: 'Previous week' | 'This week' | 'Next week'): Promise<void> {
    await this.page.getByRole('group', { name: 'Choose the week' }).getByRole('button', { name: label }).click();
  }

  async showBy(label: 'By station' | 'By person'): Promise<void> {
    await this.page.getByRole('group', { name: 'Show the week' }).getByRole('button', { name: label }).click();
  }

  /** A day's cell in a row of the grid: cell('Till', 'Mon 23 Mar'). */
  async cell(row: string, day: string): Promise<Locator> {
    // The week's grid may still be drawing after a move to another week: wait for the day's column.
    await expect(this.grid.locator('thead th').filter({ hasText: new RegExp(`^${day}`) })).toHaveCount(1);
    const headings = await this.grid.locator('thead th').allTextContents();
    const column = headings.findIndex((h) => h.startsWith(day));
    expect(column, `a column for ${day} in ${headings.join(', ')}`).toBeGreaterThan(0);
    const tableRow = this.grid.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${row}`) }) });
    return tableRow.getByRole('cell').nth(column - 1);
  }

  /** The shift cards in a cell. */
  async shifts(row: string, day: string): Promise<Locator> {
    return (await this.cell(row, day)).locator('.rota-shift');
  }

  async openShift(row: string, day: string, text: string | RegExp): Promise<void> {
    await (await this.shifts(row, day)).filter({ hasText: text }).click();
    await expect(this.dialog).toBeVisible();
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fillShift(s: ShiftDetails): Promise<void> {
    if (s.day) await this.field('Day').selectOption({ label: s.day });
    if (s.start !== undefined) await this.field('Start time').fill(s.start);
    if (s.end !== undefined) await this.field('End time').fill(s.end);
    if (s.nextDay !== undefined) await this.field('Ends the next day (a night shift)').setChecked(s.nextDay);
    if (s.station) await this.field('Station').selectOption({ label: s.station });
    if (s.who) await this.field('Who works it').selectOption({ label: s.who });
    if (s.supervisor) await this.field('Supervisor on duty').selectOption({ label: s.supervisor });
    if (s.note !== undefined) await this.field('Note (optional)').fill(s.note);
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a shift', exact: true }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Add a shift' })).toBeVisible();
  }

  /** Adds a shift from the button above the grid; the dialog closes when the core takes it. */
  async addShift(s: ShiftDetails): Promise<void> {
    await this.startAdding();
    await this.fillShift(s);
    await this.press('Add the shift');
    await expect(this.dialog).toHaveCount(0);
  }

  async press(label: string): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
  }

  /** The core's reason shown beside a box in the dialog (read out with it, too). */
  async expectFieldProblem(label: string, message: string | RegExp): Promise<void> {
    const box = this.field(label);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }

  notice(): Locator {
    return this.page.locator('.notice[role="status"]');
  }
}
