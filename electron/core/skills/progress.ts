import type { CompetencyRef, NextSkillStep, SkillLevel, SkillProgress } from '../../../shared/contract/index.ts';
import { cafeDayOf, dayInWords } from '../rota/wallClock.ts';

// Where a trainee is with a competency, as pure functions of their observations and
// sign-offs. Only observations at the independent level count towards a sign-off, one per
// shift (the framework asks for observations on separate shifts); after a sign-off is
// withdrawn, only observations made since count again: the withdrawal says the earlier
// evidence no longer stands.

export interface ObservationFact {
  competencyId: string;
  shiftId: string;
  level: SkillLevel;
  observedAt: string;
}

export interface SignOffFact {
  id: string;
  competencyId: string;
  firstSignerName: string;
  firstSignedAt: string;
  signedOffAt: string | null;
  withdrawnAt: string | null;
}

/** The observations that count towards a new sign-off: independent, since the last withdrawal, one per shift (the first). */
export function countingObservations<T extends ObservationFact>(observations: readonly T[], signOffs: readonly SignOffFact[]): T[] {
  const since = signOffs.reduce<string>((latest, s) => (s.withdrawnAt !== null && s.withdrawnAt > latest ? s.withdrawnAt : latest), '');
  const byShift = new Map<string, T>();
  for (const o of [...observations].sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0))) {
    if (o.level !== 'independent' || o.observedAt <= since || byShift.has(o.shiftId)) continue;
    byShift.set(o.shiftId, o);
  }
  return [...byShift.values()];
}

/** The sign-off that stands (complete, or waiting for its second signer), if any. */
export function standingSignOff<S extends SignOffFact>(signOffs: readonly S[]): S | undefined {
  return signOffs.find((s) => s.withdrawnAt === null);
}

/** One competency's progress from its observations and sign-offs (both for this trainee and competency only). */
export function skillProgress(competency: { id: string; observationsNeeded: number }, observations: readonly ObservationFact[], signOffs: readonly SignOffFact[]): SkillProgress {
  const standing = standingSignOff(signOffs);
  const counting = countingObservations(observations, signOffs).length;
  const latest = observations.reduce<ObservationFact | null>((l, o) => (l === null || o.observedAt > l.observedAt ? o : l), null);
  const state: SkillProgress['state'] = standing
    ? standing.signedOffAt !== null
      ? 'signed_off'
      : 'awaiting_second_signer'
    : counting >= competency.observationsNeeded
      ? 'ready_to_sign_off'
      : observations.length > 0
        ? 'in_progress'
        : 'not_started';
  return {
    competencyId: competency.id,
    state,
    latestLevel: latest?.level ?? null,
    independentShifts: counting,
    observationsNeeded: competency.observationsNeeded,
    signedOffAt: standing?.signedOffAt ?? null,
  };
}

function observationsInWords(n: number): string {
  return n === 1 ? '1 observation' : `${n} observations`;
}

function shiftsInWords(n: number): string {
  return n === 1 ? '1 more shift' : `${n} more shifts`;
}

/**
 * What is next for a trainee, most pressing first: sign-offs waiting for a second signer, skills
 * ready to sign off, skills under way (closest to done first, at most three), then skills not
 * started (in framework order, at most three).
 */
export function nextSteps(skills: readonly { competency: CompetencyRef; progress: SkillProgress; signOff: SignOffFact | null }[]): NextSkillStep[] {
  const countersign: NextSkillStep[] = [];
  const ready: NextSkillStep[] = [];
  const observe: { step: NextSkillStep; left: number }[] = [];
  const start: NextSkillStep[] = [];
  for (const { competency, progress, signOff } of skills) {
    const needed = progress.observationsNeeded;
    switch (progress.state) {
      case 'awaiting_second_signer':
        countersign.push({
          kind: 'countersign',
          competency,
          message: `Waiting for a second signer: signed by ${signOff?.firstSignerName ?? 'a supervisor'} on ${signOff ? dayInWords(cafeDayOf(signOff.firstSignedAt)) : 'an earlier day'}.`,
        });
        break;
      case 'ready_to_sign_off':
        ready.push({ kind: 'sign_off', competency, message: `Ready to sign off: ${observationsInWords(progress.independentShifts)} at independent on separate shifts.` });
        break;
      case 'in_progress': {
        const left = needed - progress.independentShifts;
        observe.push({
          left,
          step: {
            kind: 'observe',
            competency,
            message: `${progress.independentShifts} of ${needed} observations at independent so far: observe on ${shiftsInWords(left)}.`,
          },
        });
        break;
      }
      case 'not_started':
        start.push({ kind: 'start', competency, message: `Not started yet: it needs ${observationsInWords(needed)} at independent on separate shifts.` });
        break;
      case 'signed_off':
        break;
    }
  }
  const closest = observe.sort((a, b) => a.left - b.left).slice(0, 3).map((o) => o.step);
  return [...countersign, ...ready, ...closest, ...start.slice(0, 3)];
}
