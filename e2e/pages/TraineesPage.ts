import { expect, type Locator, type Page } from '@playwright/test';
import { downloadBoth, fillDate, recordsOf, type EvidenceFiles } from './EvidenceFiles.ts';

export interface OutcomeToRecord {
  kind: 'Paid job' | 'Apprenticeship' | 'Training or education' | 'Volunteering';
  /** 'YYYY-MM-DD'. */
  date: string;
  employer: string;
  hoursPerWeek?: string;
  evidence?: 'Letter' | 'Payslip' | 'Self-declaration';
  note?: string;
}

export interface TraineeRecordToFill {
  preferredName?: string;
  /** 'YYYY-MM-DD', or '' to clear. */
  startDate?: string;
  programme?: string;
  referredBy?: 'Not recorded' | 'A day centre' | 'Probation' | 'A mental-health service' | 'A college' | 'Self-referral';
  referralDate?: string;
  goal?: string;
  gender?: 'Not recorded' | 'Woman' | 'Man' | 'Non-binary' | 'Another way' | 'Prefers not to say';
}

type Part = 'Record and status' | 'Outcomes' | 'Ready for work' | 'Progress' | 'Evidence';

/** The manager's Trainees screen: the list, one trainee's record, status, outcomes, readiness, progress and evidence, and the checklist. */
export class TraineesPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly detail: Locator;
  readonly checklist: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Trainees' });
    this.list = page.locator('.trainee-table');
    this.detail = page.locator('.trainee-detail');
    this.checklist = page.getByRole('region', { name: 'The readiness checklist' });
  }

  async open(): Promise<void> {
    await this.page.locator('.home-tiles').getByRole('link', { name: /^Trainees/ }).click();
    await expect(this.heading).toBeVisible();
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async openTrainee(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Open ${name}’s record` }).click();
    await expect(this.detail.getByRole('heading', { level: 2 })).toContainText(name);
  }

  async part(part: Part): Promise<void> {
    await this.detail.getByRole('group', { name: /^Parts of/ }).getByRole('button', { name: part, exact: true }).click();
  }

  get recordForm(): Locator {
    return this.detail.locator('form.record-form');
  }

  get statusPart(): Locator {
    return this.detail.getByRole('region', { name: 'Status' });
  }

  get outcomesPart(): Locator {
    return this.detail.getByRole('region', { name: /outcomes$/ });
  }

  get readinessPart(): Locator {
    return this.detail.getByRole('region', { name: /^Ready for work/ });
  }

  /** The problem said beside a box, by the box's id. */
  errorBeside(id: string): Locator {
    return this.page.locator(`#${id}-error`);
  }

  notice(scope: Locator, text: string | RegExp): Locator {
    return scope.getByRole('status').filter({ hasText: text });
  }

  async fillRecord(r: TraineeRecordToFill): Promise<void> {
    const f = this.recordForm;
    if (r.preferredName !== undefined) await f.getByLabel('Preferred name (optional)').fill(r.preferredName);
    if (r.startDate !== undefined) await fillDate(f, 'Start date', r.startDate);
    if (r.programme !== undefined) await f.getByLabel('Programme (optional)').fill(r.programme);
    if (r.referredBy !== undefined) await f.getByLabel('Referred by').selectOption({ label: r.referredBy });
    if (r.referralDate !== undefined) await fillDate(f, 'Referral date', r.referralDate);
    if (r.goal !== undefined) await f.getByLabel('Goal (optional)').fill(r.goal);
    if (r.gender !== undefined) await f.getByLabel('Gender (optional)').selectOption({ label: r.gender });
  }

  async saveRecord(): Promise<void> {
    await this.recordForm.getByRole('button', { name: 'Save the record' }).click();
  }

  async setStatus(status: 'Active' | 'Paused' | 'Completed' | 'Withdrawn', since: string, reason = ''): Promise<void> {
    const p = this.statusPart;
    await p.getByRole('group', { name: 'New status' }).getByRole('radio', { name: status, exact: true }).check();
    await fillDate(p, 'From', since);
    await p.getByLabel(/^Reason/).fill(reason);
    await p.getByRole('button', { name: 'Change the status' }).click();
  }

  /** Fills in and sends "Record an outcome" (on the Outcomes part). */
  async recordOutcome(o: OutcomeToRecord): Promise<void> {
    const form = this.outcomesPart.getByRole('form', { name: 'Record an outcome' });
    await form.getByRole('group', { name: 'What kind' }).getByRole('radio', { name: o.kind, exact: true }).check();
    await fillDate(form, 'Date it started', o.date);
    await form.getByLabel('Employer or provider').fill(o.employer);
    await form.getByLabel('Hours a week (optional)').fill(o.hoursPerWeek ?? '');
    await form.getByLabel('Evidence', { exact: true }).selectOption({ label: o.evidence ?? 'None yet' });
    await form.getByLabel('Note (optional)').fill(o.note ?? '');
    await form.getByRole('button', { name: 'Record the outcome' }).click();
  }

  outcome(headline: string | RegExp): Locator {
    return this.outcomesPart.getByRole('list', { name: 'Outcomes', exact: true }).locator('.outcome-card').filter({ has: this.page.getByRole('heading', { name: headline }) });
  }

  /** Opens the list of removed outcomes under the ones that count. */
  async showRemovedOutcomes(): Promise<void> {
    await this.outcomesPart.getByRole('button', { name: 'Show removed outcomes' }).click();
    await expect(this.outcomesPart.getByRole('button', { name: 'Hide removed outcomes' })).toHaveAttribute('aria-expanded', 'true');
  }

  removedOutcome(headline: string | RegExp): Locator {
    return this.outcomesPart.getByRole('list', { name: 'Removed outcomes' }).locator('.outcome-card').filter({ has: this.page.getByRole('heading', { name: headline }) });
  }

  /** Records a sustainment check that is due, from the outcome's card. */
  async recordCheck(headline: string | RegExp, checkpoint: '6-week' | '6-month', on: string, stillInIt: boolean, evidence: 'Letter' | 'Payslip' | 'Self-declaration' | 'None yet' = 'None yet'): Promise<void> {
    const card = this.outcome(headline);
    await card.getByRole('button', { name: new RegExp(`^Record the ${checkpoint} check`) }).click();
    const form = card.getByRole('form', { name: `The ${checkpoint} check` });
    await fillDate(form, 'Date checked', on);
    await form.getByRole('radio', { name: stillInIt ? 'Yes, still in it' : 'No, it has ended' }).check();
    await form.getByLabel('Evidence', { exact: true }).selectOption({ label: evidence });
    await form.getByRole('button', { name: `Save the ${checkpoint} check` }).click();
  }

  /** Opens an outcome in the form to change it; the form is then named after it. */
  async startChangingOutcome(headline: string): Promise<Locator> {
    await this.outcome(headline).getByRole('button', { name: /^Change this outcome/ }).click();
    const form = this.outcomesPart.getByRole('form', { name: `Change the outcome: ${headline}` });
    await expect(form).toBeVisible();
    return form;
  }

  /** Opens "Remove this outcome", then either keeps it or removes it with the reason. */
  async removeOutcome(headline: string | RegExp, reason: string | null): Promise<void> {
    const card = this.outcome(headline);
    await card.getByRole('button', { name: /^Remove this outcome/ }).click();
    const form = card.getByRole('form', { name: 'Remove this outcome?' });
    if (reason === null) {
      await form.getByRole('button', { name: 'Keep the outcome' }).click();
      return;
    }
    await form.getByLabel('Why remove it').fill(reason);
    await form.getByRole('button', { name: 'Remove the outcome' }).click();
  }

  tick(item: string): Locator {
    return this.readinessPart.getByRole('checkbox', { name: item, exact: true });
  }

  checklistItem(title: string): Locator {
    return this.checklist.getByRole('listitem').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  async addChecklistItem(title: string): Promise<void> {
    await this.checklist.getByLabel('Item', { exact: true }).fill(title);
    await this.checklist.getByRole('button', { name: 'Add to the checklist' }).click();
    await expect(this.checklist.getByRole('status')).toContainText(`Added “${title}”`);
  }

  /** The checklist items in use, in order. */
  async checklistInUse(): Promise<string[]> {
    return this.checklist.getByRole('list', { name: 'Checklist items in use' }).locator('.checklist-title').allInnerTexts();
  }

  /** A chart's rows on the Progress part, as the words beside each bar. */
  chart(title: string): Locator {
    return this.detail.getByRole('figure', { name: title }).getByRole('listitem');
  }

  total(label: string): Locator {
    return this.detail.locator('.progress-totals > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  /** On the Evidence part: the period, make, download both files and read them back. */
  async downloadEvidence(from: string, to: string): Promise<EvidenceFiles & { shifts: Record<string, string>[] }> {
    const part = this.detail.locator('.evidence-part');
    await fillDate(part, 'First day', from);
    await fillDate(part, 'Last day', to);
    await part.getByRole('button', { name: 'Make the evidence' }).click();
    const files = await downloadBoth(this.page, part.getByRole('region'));
    return { ...files, shifts: recordsOf(files.csv.get('Shifts')) };
  }
}
