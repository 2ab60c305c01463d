import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisor's and manager's Hours screen: a day's shifts, approving, certifying. */
export class HoursPage {
  readonly heading: Locator;
  readonly dayBox: Locator;
  readonly table: Locator;
  readonly waiting: Locator;
  readonly bulkButton: Locator;
  readonly bulkProblem: Locator;
  readonly editor: Locator;
  readonly certify: Locator;
  readonly certifications: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Hours' });
    this.dayBox = page.getByLabel('Day', { exact: true });
    this.table = page.locator('.day-table');
    this.waiting = page.locator('#day-waiting');
    this.bulkButton = page.getByRole('button', { name: /^Approve (the ticked shift|the \d+ ticked shifts) as planned$/ });
    this.bulkProblem = page.locator('#bulk-problem');
    this.editor = page.locator('.shift-editor');
    this.certify = page.locator('.certify-form');
    this.certifications = page.locator('.certifications-table');
  }

  /** From home. */
  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Hours/ }).click();
    await expect(this.heading).toBeVisible();
  }

  async showDay(day: string, inWords: string): Promise<void> {
    await this.dayBox.fill(day);
    await this.page.getByRole('button', { name: 'Show this day' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: inWords })).toBeVisible();
  }

  row(person: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: person, exact: true }) });
  }

  tick(person: string): Locator {
    return this.row(person).getByRole('checkbox');
  }

  async approveTicked(): Promise<void> {
    await this.bulkButton.click();
  }

  /** Opens the form for one person's shift (Approve, Change or Confirm). */
  async edit(person: string): Promise<void> {
    await this.row(person).getByRole('button', { name: new RegExp(`${person}’s shift$`) }).click();
    await expect(this.editor.getByRole('heading', { level: 2, name: new RegExp(`^${person}’s shift`) })).toBeVisible();
  }

  async attendance(status: 'Attended' | 'Late' | 'Absent' | 'Cancelled by the café'): Promise<void> {
    await this.editor.getByRole('group', { name: 'Attendance' }).getByRole('radio', { name: status }).check();
  }

  field(label: string): Locator {
    return this.editor.getByLabel(label, { exact: true });
  }

  /** The core's message beside a box of the form. */
  errorBeside(id: string): Locator {
    return this.page.locator(`#${id}-error`);
  }

  async save(): Promise<void> {
    await this.editor.getByRole('button', { name: /^(Approve these hours|Save)$/ }).click();
  }

  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  async certifyPeriod(kind: 'Week (Monday to Sunday)' | 'Month', date: string, whose: string): Promise<void> {
    await this.certify.getByRole('radio', { name: kind }).check();
    await this.certify.getByLabel('A day in it').fill(date);
    await this.certify.getByLabel('Whose hours').selectOption({ label: whose });
  }

  certification(period: string, whose: string): Locator {
    return this.certifications.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: period }) }).filter({ hasText: whose });
  }
}

/** A trainee's own hours. */
export class MyHoursPage {
  readonly heading: Locator;
  readonly totals: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My hours' });
    this.totals = page.locator('.hours-totals');
    this.table = page.locator('.hours-table');
  }

  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^My hours/ }).click();
    await expect(this.heading).toBeVisible();
  }

  total(label: 'This week' | 'This month' | 'All your hours'): Locator {
    return this.totals.locator('div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  row(dayInWords: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: dayInWords }) });
  }
}

export interface PlannedShift {
  date: string;
  start: string;
  end: string;
  endsNextDay?: boolean;
  station: 'station-till' | 'station-barista' | 'station-kitchen' | 'station-front' | 'station-pot-wash';
  person: string;
}

type CallFromPage = (page: Page, method: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; field?: string } }>;

/** Everyone's ids from the log-in tiles, by name. */
export async function staffIds(page: Page, callFromPage: CallFromPage): Promise<Record<string, string>> {
  const tiles = await callFromPage(page, 'auth.loginTiles', {});
  expect(tiles.ok).toBe(true);
  return Object.fromEntries((tiles.value as { id: string; displayName: string }[]).map((t) => [t.displayName, t.id]));
}

/**
 * Sam Supervisor plans shifts and publishes their week through the API from the page's own
 * session (the rota planning screens are someone else's), then logs out. The page must be
 * signed in as Sam.
 */
export async function planAndPublish(page: Page, callFromPage: CallFromPage, week: string, shifts: readonly PlannedShift[]): Promise<Record<string, string>> {
  const ids = await staffIds(page, callFromPage);
  const made: Record<string, string> = {};
  for (const s of shifts) {
    const r = await callFromPage(page, 'rota.addShift', { date: s.date, start: s.start, end: s.end, endsNextDay: s.endsNextDay ?? false, stationId: s.station, traineeId: ids[s.person] });
    expect(r.ok, `rota.addShift for ${s.person} on ${s.date}: ${r.error?.message ?? ''}`).toBe(true);
    made[`${s.person} ${s.date}`] = (r.value as { shift: { id: string } }).shift.id;
  }
  const published = await callFromPage(page, 'rota.publish', { week });
  expect(published.ok, `rota.publish: ${published.error?.message ?? ''}`).toBe(true);
  return made;
}
