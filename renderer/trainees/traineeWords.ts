import type {
  Gender,
  Outcome,
  OutcomeEvidence,
  OutcomeKind,
  Progression,
  ReferralSource,
  SustainmentCheck,
  SustainmentCheckpoint,
  TraineeErasure,
  TraineeStatus,
  TraineeStatusChange,
} from '../../shared/contract/index.ts';
import { durationWords } from '../hours/hoursWords.ts';
import { dayWords } from '../hours/periods.ts';
import { momentDayWords } from '../skills/skillsWords.ts';

// A trainee's record, outcomes and progress in words. The core decides every state, date and
// count; these only say what it sent, plainly for managers and kindly for the trainee.

export const statusWords: Record<TraineeStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
};

export const referralWords: Record<ReferralSource, string> = {
  day_centre: 'A day centre',
  probation: 'Probation',
  mental_health_service: 'A mental-health service',
  college: 'A college',
  self: 'Self-referral',
};

export const genderWords: Record<Gender, string> = {
  woman: 'Woman',
  man: 'Man',
  non_binary: 'Non-binary',
  other: 'Another way',
  prefer_not_to_say: 'Prefers not to say',
};

export const outcomeKindWords: Record<OutcomeKind, string> = {
  paid_job: 'Paid job',
  apprenticeship: 'Apprenticeship',
  training_education: 'Training or education',
  volunteering: 'Volunteering',
};

export const evidenceWords: Record<OutcomeEvidence, string> = {
  letter: 'Letter',
  payslip: 'Payslip',
  self_declaration: 'Self-declaration',
};

export const checkpointWords: Record<SustainmentCheckpoint, string> = {
  six_weeks: '6-week',
  six_months: '6-month',
};

/** "Withdrawn from Monday 3 March 2031: moved away. Recorded by Maya Manager." */
export function statusChangeWords(c: Pick<TraineeStatusChange, 'status' | 'since' | 'reason' | 'by'>): string {
  const reason = c.reason ? `: ${c.reason}` : '';
  const by = c.by ? ` Recorded by ${c.by.displayName}.` : '';
  return `${statusWords[c.status]} from ${dayWords(c.since)}${reason}.${by}`;
}

/** "Started on Monday 20 May 2030", or that it is not recorded yet. */
export function startWords(startDate: string | null): string {
  return startDate ? dayWords(startDate) : 'Not recorded yet';
}

/** "16 hours a week", "37.5 hours a week", "1 hour a week". */
export function hoursPerWeekWords(hours: number | null): string | null {
  if (hours === null) return null;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'} a week`;
}

/** Time to outcome: "12 days after starting", "on the day they started". */
export function daysToOutcomeWords(days: number | null, mine = false): string | null {
  if (days === null) return null;
  if (days === 0) return mine ? 'on the day you started' : 'on the day they started';
  return `${days} ${days === 1 ? 'day' : 'days'} after ${mine ? 'you started' : 'starting'}`;
}

/** One outcome's headline: "Paid job at Leeds Kitchen Co, from Saturday 1 June 2030". */
export function outcomeHeadline(o: Pick<Outcome, 'kind' | 'employerOrProvider' | 'date'>): string {
  const at = o.kind === 'training_education' ? 'with' : 'at';
  return `${outcomeKindWords[o.kind]} ${at} ${o.employerOrProvider}, from ${dayWords(o.date)}`;
}

/** The outcome's details after the headline, as short phrases. */
export function outcomeDetails(o: Pick<Outcome, 'hoursPerWeek' | 'evidence' | 'daysFromStart'>, mine = false): string[] {
  const parts: string[] = [];
  const hours = hoursPerWeekWords(o.hoursPerWeek);
  if (hours) parts.push(hours);
  const days = daysToOutcomeWords(o.daysFromStart, mine);
  if (days) parts.push(days.charAt(0).toUpperCase() + days.slice(1));
  parts.push(o.evidence ? `Evidence: ${evidenceWords[o.evidence].toLowerCase()}` : 'No evidence recorded');
  return parts;
}

export type CheckTone = 'waiting' | 'due' | 'done' | 'ended';

/** A sustainment check, as the manager reads it, with a sign so the state is never colour alone. */
export function checkWords(c: Pick<SustainmentCheck, 'checkpoint' | 'dueOn' | 'state' | 'checkedOn' | 'evidence' | 'checkedBy'>): { text: string; tone: CheckTone } {
  const which = checkpointWords[c.checkpoint];
  switch (c.state) {
    case 'not_due':
      return { text: `${which} check: due on ${dayWords(c.dueOn)}.`, tone: 'waiting' };
    case 'due':
      return { text: `${which} check: due now (since ${dayWords(c.dueOn)}).`, tone: 'due' };
    case 'sustained':
    case 'not_sustained': {
      const how = c.state === 'sustained' ? 'still in it' : 'no longer in it';
      const on = c.checkedOn ? ` on ${dayWords(c.checkedOn)}` : '';
      const evidence = c.evidence ? `, ${evidenceWords[c.evidence].toLowerCase()}` : '';
      const by = c.checkedBy ? ` Checked by ${c.checkedBy.displayName}.` : '';
      return { text: `${which} check: ${how}${on}${evidence}.${by}`, tone: c.state === 'sustained' ? 'done' : 'ended' };
    }
  }
}

/** The same check, said to the trainee. */
export function myCheckWords(c: Pick<SustainmentCheck, 'checkpoint' | 'dueOn' | 'state'>): string {
  const when = c.checkpoint === 'six_weeks' ? '6 weeks' : '6 months';
  switch (c.state) {
    case 'not_due':
      return `The café will check in with you after ${when}, on ${dayWords(c.dueOn)}.`;
    case 'due':
      return `The café will check in with you soon: it has been ${when}.`;
    case 'sustained':
      return `Still going after ${when}. Brilliant.`;
    case 'not_sustained':
      return `It had ended by ${when}. That is all right: the café is here to help with what is next.`;
  }
}

/** "Ticked by Maya Manager on Monday 3 June 2030" */
export function tickedWords(t: { by: { displayName: string }; at: string; note: string | null }): string {
  return `Ticked by ${t.by.displayName} on ${momentDayWords(t.at)}${t.note ? `: ${t.note}` : ''}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** '2030-06' → "June 2030" */
export function monthWords(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** One bar of a simple chart: its label, its length (0 to 100, per cent of the longest) and its value in words. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Per cent of the chart's widest bar; 0 only for a value of 0. */
  percent: number;
  words: string;
}

/** Bars in proportion to the biggest value, each at least a sliver when above zero. */
export function bars(items: readonly { key: string; label: string; value: number; words: string }[]): Bar[] {
  const max = Math.max(0, ...items.map((i) => i.value));
  return items.map((i) => ({ ...i, percent: i.value <= 0 || max === 0 ? 0 : Math.max(2, Math.round((i.value / max) * 100)) }));
}

function shiftsWords(n: number): string {
  return n === 1 ? '1 shift' : `${n} shifts`;
}

/** Credited hours by month, oldest first. */
export function hoursByMonthBars(p: Pick<Progression, 'hours'>): Bar[] {
  return bars(p.hours.byMonth.map((m) => ({ key: m.month, label: monthWords(m.month), value: m.creditedMinutes, words: durationWords(m.creditedMinutes) })));
}

/** Credited shifts by station, most first, with their hours. */
export function stationBars(p: Pick<Progression, 'stations'>): Bar[] {
  return bars(
    p.stations.map((s) => ({
      key: s.station?.id ?? 'none',
      label: s.station?.name ?? 'No station',
      value: s.shifts,
      words: `${shiftsWords(s.shifts)}, ${durationWords(s.creditedMinutes)}`,
    })),
  );
}

export interface AreaBar {
  id: string;
  name: string;
  /** Per cent of the area's skills signed off and under way. */
  signedOffPercent: number;
  inProgressPercent: number;
  words: string;
}

/** Skills by area: signed off and under way out of the area's skills, as one stacked bar each. */
export function skillAreaBars(p: Pick<Progression, 'skills'>): AreaBar[] {
  return p.skills.byArea.map((a) => {
    const pct = (n: number) => (a.total === 0 ? 0 : Math.round((n / a.total) * 100));
    return { id: a.id, name: a.name, signedOffPercent: pct(a.signedOff), inProgressPercent: pct(a.inProgress), words: `${a.signedOff} of ${a.total} signed off, ${a.inProgress} under way` };
  });
}

/** Shifts attended, on time or late. */
export function shiftsAttended(p: Pick<Progression, 'hours'>): number {
  return p.hours.attended + p.hours.late;
}

/** The trainee's own progress in a few kind sentences. */
export function myProgressSentences(p: Pick<Progression, 'hours' | 'skills' | 'readiness' | 'outcomes' | 'preferredName'>, name: string): string[] {
  const who = p.preferredName ?? name.split(' ')[0] ?? name;
  const out: string[] = [];
  const attended = shiftsAttended(p);
  if (p.hours.creditedMinutes === 0) out.push(`Welcome, ${who}. Your hours show here once a supervisor approves your first shift.`);
  else out.push(`Well done, ${who}: you have done ${durationWords(p.hours.creditedMinutes)} on placement over ${shiftsWords(attended)}.`);
  if (p.hours.waiting > 0) out.push(`${p.hours.waiting === 1 ? '1 more shift is' : `${p.hours.waiting} more shifts are`} waiting for a supervisor to approve.`);
  if (p.skills.signedOff > 0) out.push(`You have ${p.skills.signedOff === 1 ? '1 skill' : `${p.skills.signedOff} skills`} signed off${p.skills.inProgress > 0 ? ` and ${p.skills.inProgress} under way` : ''}.`);
  else if (p.skills.inProgress > 0) out.push(`You have ${p.skills.inProgress === 1 ? '1 skill' : `${p.skills.inProgress} skills`} under way.`);
  if (p.readiness.total > 0) out.push(`Getting ready for work: ${p.readiness.ticked} of ${p.readiness.total} done.`);
  if (p.outcomes.length > 0) out.push('Congratulations on your next step.');
  return out;
}

/** What an erasure kept, in words: "Kept, without a name: 6 shifts, 24 hours credited, 2 sign-offs and 1 outcome." */
export function keptWords(e: Pick<TraineeErasure, 'staff' | 'kept'>): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const k = e.kept;
  return `Erased. The record is now “${e.staff.displayName}”. Kept, without a name: ${n(k.shifts, 'shift', 'shifts')}, ${durationWords(k.creditedMinutes)} credited, ${n(k.signOffs, 'sign-off', 'sign-offs')} and ${n(k.outcomes, 'outcome', 'outcomes')}.`;
}
