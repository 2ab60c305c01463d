import type { ParsedInputOf, SkillSignOff } from '../../../shared/contract/index.ts';
import type { WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { cafeDayOf, dayInWords } from '../rota/wallClock.ts';
import { traineeFor } from '../trainees/subject.ts';
import { competencyInUse } from './framework.ts';
import { observationRows, toObservations, type ObservationRow } from './observations.ts';
import { countingObservations, standingSignOff, type SignOffFact } from './progress.ts';

// Signing skills off. A supervisor signs off once the observations needed exist (independent,
// on separate shifts, since any earlier sign-off was withdrawn). Nobody signs off their own
// work. Where a second signer is needed (every food-safety item), the sign-off counts only once
// someone who is neither the trainee nor the first signer countersigns. A sign-off keeps the
// competency as it was when signed, and is withdrawn with a reason, never deleted.

export interface SignOffRow {
  id: string;
  trainee_id: string;
  trainee_name: string;
  competency_id: string;
  code: string;
  title: string;
  criterion: string;
  area_name: string;
  observations_needed: number;
  second_signer_needed: number;
  first_signer_id: string;
  first_signer_name: string;
  first_signed_at: string;
  second_signer_id: string | null;
  second_signer_name: string | null;
  second_signed_at: string | null;
  signed_off_at: string | null;
  withdrawn_by_id: string | null;
  withdrawn_by_name: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
}

const SELECT_SIGNOFFS = 'SELECT so.*, t.display_name AS trainee_name FROM skill_signoffs so JOIN staff t ON t.id = so.trainee_id';

/** Sign-offs matching `where` (against alias `so`), newest first. */
export function signOffRows(db: ReadDb, where: string, params: unknown[]): SignOffRow[] {
  return db.prepare<unknown[], SignOffRow>(`${SELECT_SIGNOFFS} WHERE ${where} ORDER BY so.first_signed_at DESC, so.id DESC`).all(...params);
}

export function signOffFact(row: SignOffRow): SignOffFact {
  return { id: row.id, competencyId: row.competency_id, firstSignerName: row.first_signer_name, firstSignedAt: row.first_signed_at, signedOffAt: row.signed_off_at, withdrawnAt: row.withdrawn_at };
}

/** Sign-off rows as the contract shows them, each with the observations it stood on. */
export function toSignOffs(db: ReadDb, rows: readonly SignOffRow[]): SkillSignOff[] {
  if (rows.length === 0) return [];
  const links = db
    .prepare<[string], { signoff_id: string; observation_id: string }>('SELECT signoff_id, observation_id FROM skill_signoff_observations WHERE signoff_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(rows.map((r) => r.id)));
  const observations = toObservations(db, observationRows(db, 'o.id IN (SELECT value FROM json_each(?))', [JSON.stringify(links.map((l) => l.observation_id))]));
  return rows.map((r) => ({
    id: r.id,
    trainee: { id: r.trainee_id, displayName: r.trainee_name },
    competencyId: r.competency_id,
    code: r.code,
    title: r.title,
    criterion: r.criterion,
    areaName: r.area_name,
    observationsNeeded: r.observations_needed,
    secondSignerNeeded: r.second_signer_needed === 1,
    state: r.withdrawn_at !== null ? 'withdrawn' : r.signed_off_at !== null ? 'signed_off' : 'awaiting_second_signer',
    firstSigner: { id: r.first_signer_id, displayName: r.first_signer_name },
    firstSignedAt: r.first_signed_at,
    secondSigner: r.second_signer_id ? { id: r.second_signer_id, displayName: r.second_signer_name ?? '' } : null,
    secondSignedAt: r.second_signed_at,
    signedOffAt: r.signed_off_at,
    withdrawn: r.withdrawn_at && r.withdrawn_by_id ? { by: { id: r.withdrawn_by_id, displayName: r.withdrawn_by_name ?? '' }, at: r.withdrawn_at, reason: r.withdrawn_reason ?? '' } : null,
    observations: observations.filter((o) => links.some((l) => l.signoff_id === r.id && l.observation_id === o.id)).reverse(),
  }));
}

function loadSignOff(db: ReadDb, id: string): SkillSignOff {
  const row = signOffRows(db, 'so.id = ?', [id])[0] ?? fail('not_found', 'That sign-off is not on record.', { field: 'signOffId' });
  return toSignOffs(db, [row])[0] as SkillSignOff;
}

function getSignOffRow(db: ReadDb, id: string): SignOffRow {
  return signOffRows(db, 'so.id = ?', [id])[0] ?? fail('not_found', 'That sign-off is not on record: look at the trainee’s skills again.', { field: 'signOffId' });
}

function observationsInWords(n: number): string {
  return n === 1 ? '1 observation' : `${n} observations`;
}

export function signOffSkill(ctx: WriteContext, input: ParsedInputOf<'skills.signOff'>): SkillSignOff {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  if (input.traineeId === caller.id) {
    fail('forbidden', `${caller.displayName}, nobody signs off their own skills: ask another supervisor or a manager.`, { field: 'traineeId' });
  }
  const trainee = traineeFor(ctx.db, input.traineeId, 'traineeId');
  const competency = competencyInUse(ctx.db, input.competencyId);
  const skill = `${competency.code} ${competency.title}`;

  const earlier = signOffRows(ctx.db, 'so.trainee_id = ? AND so.competency_id = ?', [trainee.id, competency.id]);
  const standing = standingSignOff(earlier.map(signOffFact));
  if (standing) {
    const row = earlier.find((r) => r.id === standing.id);
    const message =
      standing.signedOffAt !== null
        ? `${trainee.display_name} is already signed off for ${skill} (${dayInWords(cafeDayOf(standing.signedOffAt))}, by ${standing.firstSignerName}${row?.second_signer_name ? ` and ${row.second_signer_name}` : ''}).`
        : `${skill} for ${trainee.display_name} is already signed by ${standing.firstSignerName} and waits for a second signer.`;
    fail('conflict', message, { field: 'competencyId' });
  }

  const observations = observationRows(ctx.db, 'o.trainee_id = ? AND o.competency_id = ?', [trainee.id, competency.id]);
  const facts = observations.map((o) => ({ ...o, competencyId: o.competency_id, shiftId: o.shift_id, observedAt: o.observed_at }));
  const counting: (ObservationRow & { observedAt: string })[] = countingObservations(facts, earlier.map(signOffFact));
  const needed = competency.observations_needed;
  if (counting.length < needed) {
    const since = earlier.length > 0 ? ' since the last sign-off was withdrawn' : '';
    const left = needed - counting.length;
    // Kept in the audit log (nothing else is written): a sign-off tried too early is worth knowing about.
    fail(
      'conflict',
      `${trainee.display_name} has ${observationsInWords(counting.length)} at independent on separate shifts for ${skill}${since}; signing off needs ${needed}. Observe them on ${left === 1 ? '1 more shift' : `${left} more shifts`} first.`,
      { field: 'competencyId', record: true },
    );
  }

  const at = ctx.now.toISOString();
  const needsSecond = competency.second_signer === 1;
  const id = ctx.ids();
  ctx.db
    .prepare(
      `INSERT INTO skill_signoffs (id, trainee_id, competency_id, code, title, criterion, area_name, observations_needed, second_signer_needed,
         first_signer_id, first_signer_name, first_signed_at, signed_off_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, trainee.id, competency.id, competency.code, competency.title, competency.criterion, competency.area_name, needed, needsSecond ? 1 : 0, caller.id, caller.displayName, at, needsSecond ? null : at);
  const link = ctx.db.prepare('INSERT INTO skill_signoff_observations (signoff_id, observation_id) VALUES (?, ?)');
  for (const o of counting) link.run(id, o.id);

  ctx.note({
    subjectType: 'staff',
    subjectId: trainee.id,
    summary: needsSecond
      ? `Signed off ${skill} for ${trainee.display_name} (${observationsInWords(counting.length)}): waiting for a second signer`
      : `Signed off ${skill} for ${trainee.display_name} (${observationsInWords(counting.length)})`,
  });
  ctx.emit({ event: 'skills.changed', payload: { staffId: trainee.id } });
  if (!needsSecond) ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
  return loadSignOff(ctx.db, id);
}

export function countersignSkill(ctx: WriteContext, input: ParsedInputOf<'skills.countersign'>): SkillSignOff {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const row = getSignOffRow(ctx.db, input.signOffId);
  const skill = `${row.code} ${row.title}`;
  if (row.trainee_id === caller.id) fail('forbidden', `${caller.displayName}, nobody signs off their own skills: ask another supervisor or a manager.`, { field: 'signOffId' });
  if (row.withdrawn_at) fail('conflict', `This sign-off of ${skill} was withdrawn by ${row.withdrawn_by_name ?? 'someone'}: sign it off again once it is observed again.`, { field: 'signOffId' });
  if (row.second_signer_needed !== 1) fail('conflict', `${skill} does not need a second signer: it is already signed off.`, { field: 'signOffId' });
  if (row.second_signer_id) fail('conflict', `${skill} for ${row.trainee_name} is already countersigned by ${row.second_signer_name ?? 'someone'}.`, { field: 'signOffId' });
  if (row.first_signer_id === caller.id) {
    fail('forbidden', `${caller.displayName}, you signed this first: the second signature must be someone else’s (another supervisor or a manager).`, { field: 'signOffId' });
  }
  const at = ctx.now.toISOString();
  ctx.db.prepare('UPDATE skill_signoffs SET second_signer_id = ?, second_signer_name = ?, second_signed_at = ?, signed_off_at = ? WHERE id = ?').run(caller.id, caller.displayName, at, at, row.id);
  ctx.note({ subjectType: 'staff', subjectId: row.trainee_id, summary: `Countersigned ${skill} for ${row.trainee_name} (first signed by ${row.first_signer_name})` });
  ctx.emit({ event: 'skills.changed', payload: { staffId: row.trainee_id } });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
  return loadSignOff(ctx.db, row.id);
}

export function withdrawSignOff(ctx: WriteContext, input: ParsedInputOf<'skills.withdrawSignOff'>): SkillSignOff {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const row = getSignOffRow(ctx.db, input.signOffId);
  const skill = `${row.code} ${row.title}`;
  if (row.withdrawn_at) fail('conflict', `This sign-off of ${skill} was already withdrawn by ${row.withdrawn_by_name ?? 'someone'}.`, { field: 'signOffId' });
  ctx.db
    .prepare('UPDATE skill_signoffs SET withdrawn_by_id = ?, withdrawn_by_name = ?, withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?')
    .run(caller.id, caller.displayName, ctx.now.toISOString(), input.reason, row.id);
  ctx.note({ subjectType: 'staff', subjectId: row.trainee_id, summary: `Withdrew the sign-off of ${skill} for ${row.trainee_name}: ${input.reason}` });
  ctx.emit({ event: 'skills.changed', payload: { staffId: row.trainee_id } });
  ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
  return loadSignOff(ctx.db, row.id);
}
