import type { CashSessionEvidence, NextSkillStep, Qualification, ShiftRef, SkillLevel, SkillObservation, SkillProgress, SkillSignOff, TillSaleEvidence } from '../../shared/contract/index.ts';
import { formatCafeClock, formatCafeTime } from '../../shared/dates.ts';
import { formatPence } from '../../shared/money.ts';
import { dayWords } from '../hours/periods.ts';

// Skills in words. The core decides every state and counts every observation; these only say
// what it sent, plainly for supervisors and kindly for trainees. A state is always said in
// words (and marked with a sign), never by colour alone.

/** The café's day of a moment, in words: "Tuesday 5 November 2030". */
export function momentDayWords(at: string): string {
  return dayWords(formatCafeTime(at, 'yyyy-MM-dd'));
}

export const levelWords: Record<SkillLevel, string> = {
  shadowing: 'Shadowing',
  with_support: 'With support',
  independent: 'Independent',
};

/** How a trainee did, said to them. */
export const myLevelWords: Record<SkillLevel, string> = {
  shadowing: 'watched and learned (shadowing)',
  with_support: 'did it with some help (with support)',
  independent: 'did it on your own (independent)',
};

export type CellTone = 'none' | 'progress' | 'ready' | 'waiting' | 'done';

export interface CellWords {
  /** Shown in the cell: "Observed 1 of 3". */
  text: string;
  /** A sign beside the words, so the state never rests on colour. */
  sign: string;
  tone: CellTone;
}

/** One matrix cell: where a trainee is with a competency. */
export function cellWords(p: Pick<SkillProgress, 'state' | 'independentShifts' | 'observationsNeeded'>): CellWords {
  switch (p.state) {
    case 'not_started':
      return { text: 'Not started', sign: '–', tone: 'none' };
    case 'in_progress':
      return { text: `Observed ${p.independentShifts} of ${p.observationsNeeded}`, sign: '…', tone: 'progress' };
    case 'ready_to_sign_off':
      return { text: 'Ready to sign off', sign: '!', tone: 'ready' };
    case 'awaiting_second_signer':
      return { text: 'Waiting for second signer', sign: '½', tone: 'waiting' };
    case 'signed_off':
      return { text: 'Signed off', sign: '✓', tone: 'done' };
  }
}

/** "Tuesday 5 November 2030, 09:00–13:00, Till" */
export function shiftWords(shift: Pick<ShiftRef, 'day' | 'start' | 'end' | 'stationName'>): string {
  const times = shift.start && shift.end ? `, ${shift.start}–${shift.end}` : '';
  return `${dayWords(shift.day)}${times}${shift.stationName ? `, ${shift.stationName}` : ''}`;
}

/** "Independent, Tuesday 5 November 2030 (Till), seen by Sam Supervisor" */
export function observationWords(o: Pick<SkillObservation, 'level' | 'shift' | 'observer'>): string {
  return `${levelWords[o.level]}, ${dayWords(o.shift.day)}${o.shift.stationName ? ` (${o.shift.stationName})` : ''}, seen by ${o.observer.displayName}`;
}

/** "Sale 12, 10:04, £4.50 (cash)" */
export function saleWords(s: Pick<TillSaleEvidence, 'kind' | 'receiptNumber' | 'at' | 'totalPence' | 'tenders'>): string {
  const kind = s.kind === 'sale' ? 'Sale' : s.kind === 'refund' ? 'Refund' : 'Void';
  const tenders = s.tenders.length > 0 ? ` (${s.tenders.join(' and ')})` : '';
  return `${kind} ${s.receiptNumber}, ${formatCafeClock(s.at)}, ${formatPence(s.totalPence)}${tenders}`;
}

/** "Counted the float of £100.00 at 08:55; cashed up at 13:05, £2.00 over" */
export function cashSessionWords(c: Pick<CashSessionEvidence, 'opened' | 'closed' | 'openedAt' | 'closedAt' | 'floatPence' | 'variancePence'>): string {
  const parts: string[] = [];
  if (c.opened) parts.push(`Counted the float of ${formatPence(c.floatPence)} at ${formatCafeClock(c.openedAt)}`);
  if (c.closed && c.closedAt) {
    const v = c.variancePence;
    const variance = v === null ? '' : v === 0 ? ', exactly right' : v > 0 ? `, ${formatPence(v)} over` : `, ${formatPence(-v)} short`;
    parts.push(`cashed up at ${formatCafeClock(c.closedAt)}${variance}`);
  }
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who signed and when: "Signed off by Sam Supervisor on … and Maya Manager on …". */
export function signOffWords(s: Pick<SkillSignOff, 'state' | 'firstSigner' | 'firstSignedAt' | 'secondSigner' | 'secondSignedAt' | 'withdrawn'>): string {
  const first = `${s.firstSigner.displayName} on ${momentDayWords(s.firstSignedAt)}`;
  switch (s.state) {
    case 'awaiting_second_signer':
      return `Signed by ${first}. Waiting for a second signer.`;
    case 'signed_off':
      return s.secondSigner && s.secondSignedAt
        ? `Signed off by ${first}, countersigned by ${s.secondSigner.displayName} on ${momentDayWords(s.secondSignedAt)}.`
        : `Signed off by ${first}.`;
    case 'withdrawn':
      return `Signed by ${first}. Withdrawn by ${s.withdrawn?.by.displayName ?? 'someone'}${s.withdrawn ? ` on ${momentDayWords(s.withdrawn.at)}: ${s.withdrawn.reason}` : ''}.`;
  }
}

/** What the trainee reads about a skill under way: kind, and about what they have done. */
export function myProgressWords(p: Pick<SkillProgress, 'state' | 'independentShifts' | 'observationsNeeded'>): string {
  const times = (n: number) => (n === 1 ? '1 shift' : `${n} shifts`);
  switch (p.state) {
    case 'not_started':
      return 'Not started yet. A supervisor will watch you try it on a shift.';
    case 'in_progress': {
      const left = p.observationsNeeded - p.independentShifts;
      return p.independentShifts === 0
        ? `You have made a start. It needs you to do it on your own on ${times(p.observationsNeeded)}.`
        : `You have done it on your own on ${times(p.independentShifts)} of ${p.observationsNeeded}. ${left === 1 ? 'One more to go.' : `${left} more to go.`}`;
    }
    case 'ready_to_sign_off':
      return 'Well done: you have done it on your own enough times. A supervisor can sign it off now.';
    case 'awaiting_second_signer':
      return 'Nearly done: signed once, and a second person will sign it too.';
    case 'signed_off':
      return 'Signed off. Well done.';
  }
}

/** The core's next step, said to the trainee. */
export function myNextWords(step: Pick<NextSkillStep, 'kind'>, p: Pick<SkillProgress, 'state' | 'independentShifts' | 'observationsNeeded'> | undefined): string {
  switch (step.kind) {
    case 'countersign':
      return 'A second person will sign this off soon.';
    case 'sign_off':
      return 'Ready for a supervisor to sign off.';
    case 'observe':
      return p ? myProgressWords(p) : 'Keep going: a supervisor will watch you again on a shift.';
    case 'start':
      return 'Something new to try when you are ready.';
  }
}

/** "Awarded by Highfield on Monday 2 September 2030, certificate 12345, expires …" */
export function qualificationWords(q: Pick<Qualification, 'awardingBody' | 'awardedOn' | 'certificateNumber' | 'expiresOn' | 'expired'>): string {
  const parts = [`Awarded${q.awardingBody ? ` by ${q.awardingBody}` : ''} on ${dayWords(q.awardedOn)}`];
  if (q.certificateNumber) parts.push(`certificate ${q.certificateNumber}`);
  if (q.expiresOn) parts.push(`${q.expired ? 'expired on' : 'expires on'} ${dayWords(q.expiresOn)}`);
  return `${parts.join(', ')}.`;
}

/** "3 of 22 skills signed off, 2 under way" */
export function summaryWords(s: { signedOff: number; inProgress: number; total: number }): string {
  return `${s.signedOff} of ${s.total} ${s.total === 1 ? 'skill' : 'skills'} signed off, ${s.inProgress} under way.`;
}
