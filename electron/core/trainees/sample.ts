import { sampleFormerTrainee, sampleReadinessItems, sampleRecords } from '../cafe/sample.ts';
import type { IdSource } from '../clock.ts';
import type { WriteDb } from '../db/handles.ts';
import { addDays, cafeDayOf, mondayOf } from '../rota/wallClock.ts';
import { addMonths } from './outcomes.ts';

// The sample café's trainee records and skills, written after its rota: each trainee's record,
// observations on the shifts they worked, a sign-off or two (one waiting for its second
// signer), a qualification, the readiness checklist with some ticks, and a former trainee who
// completed and moved into a job. Nothing here is reached through the dispatcher: it is a
// picture of a café a few weeks in.

export interface SampleTraineePeople {
  managerId: string;
  managerName: string;
  supervisorId: string;
  supervisorName: string;
  /** Tom, Priya, Jordan. */
  traineeIds: readonly string[];
}

type Level = 'shadowing' | 'with_support' | 'independent';

interface Plan {
  competency: string;
  level: Level;
  /** How many of their worked shifts, oldest first, it was observed on. */
  shifts: number;
  note?: string;
  /** Signed off by the supervisor; `countersigned` when the manager signed second. */
  signOff?: 'signed' | 'countersigned' | 'awaiting_second_signer';
}

const PLANS: readonly (readonly Plan[])[] = [
  // Tom, at the till: signed off for orders and payments, so the rota stops warning.
  [
    { competency: 'competency-tc2', level: 'independent', shifts: 3, note: 'Cash and card sales right, change counted back', signOff: 'signed' },
    { competency: 'competency-tc1', level: 'independent', shifts: 1 },
    { competency: 'competency-cs1', level: 'with_support', shifts: 1, note: 'Friendly; learning to repeat orders back' },
  ],
  // Priya, at the machine: espresso ready to sign off, milk still with support.
  [
    { competency: 'competency-ba1', level: 'independent', shifts: 3, note: 'Three shots in a row within time' },
    { competency: 'competency-ba2', level: 'with_support', shifts: 2 },
  ],
  // Jordan, in the kitchen: hygiene signed once and waiting for the manager; preparation done.
  [
    { competency: 'competency-fs1', level: 'independent', shifts: 3, signOff: 'awaiting_second_signer' },
    { competency: 'competency-ki1', level: 'independent', shifts: 2, note: 'Colour-coded boards every time', signOff: 'countersigned' },
    { competency: 'competency-ki2', level: 'with_support', shifts: 1 },
  ],
];

export function insertSampleTrainees(db: WriteDb, ids: IdSource, now: Date, people: SampleTraineePeople): void {
  const at = now.toISOString();
  const monday = mondayOf(cafeDayOf(now));
  const weeksAgo = (n: number) => addDays(monday, -7 * n);

  const record = db.prepare(
    `INSERT INTO trainee_records (staff_id, start_date, programme, referral_source, referral_date, goal, status, status_since, gender, updated_by_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const status = db.prepare('INSERT INTO trainee_status_changes (id, staff_id, status, since, reason, changed_by_id, changed_by_name, changed_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)');
  sampleRecords.forEach((r, i) => {
    const staffId = people.traineeIds[i];
    if (!staffId) return;
    const start = weeksAgo(r.startWeeksAgo);
    record.run(staffId, start, r.programme, r.referralSource, addDays(start, -10), r.goal, 'active', start, r.gender, people.managerId, at);
    status.run(ids(), staffId, 'active', start, people.managerId, people.managerName, at);
  });

  // A former trainee: completed, in a job since, no longer on the staff list.
  const former = sampleFormerTrainee;
  const formerId = ids();
  const started = weeksAgo(former.startWeeksAgo);
  const completed = weeksAgo(former.completedWeeksAgo);
  db.prepare("INSERT INTO staff (id, display_name, role, active, pin_hash, badge_hash, named_on_receipts, created_at, updated_at) VALUES (?, ?, 'trainee', 0, NULL, NULL, 0, ?, ?)").run(
    formerId, former.displayName, at, at,
  );
  record.run(formerId, started, 'Barista pathway', former.referralSource, addDays(started, -14), 'A barista job', 'completed', completed, former.gender, people.managerId, at);
  status.run(ids(), formerId, 'active', started, people.managerId, people.managerName, at);
  status.run(ids(), formerId, 'completed', completed, people.managerId, people.managerName, at);
  const outcomeId = ids();
  const outcomeDay = weeksAgo(former.outcome.weeksAgo);
  db.prepare(
    `INSERT INTO outcomes (id, staff_id, kind, started_on, employer_or_provider, minutes_per_week, evidence, note, recorded_by_id, recorded_by_name, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(outcomeId, formerId, former.outcome.kind, outcomeDay, former.outcome.employer, former.outcome.minutesPerWeek, former.outcome.evidence, people.managerId, people.managerName, at, at);
  const sixWeeks = addDays(outcomeDay, 42);
  if (sixWeeks <= cafeDayOf(now)) {
    db.prepare(
      `INSERT INTO outcome_checks (outcome_id, checkpoint, checked_on, sustained, evidence, note, checked_by_id, checked_by_name, recorded_at)
       VALUES (?, 'six_weeks', ?, 1, 'payslip', NULL, ?, ?, ?)`,
    ).run(outcomeId, sixWeeks, people.managerId, people.managerName, at);
  }

  // Observations on the shifts each trainee worked and had approved, oldest first.
  const worked = db.prepare<[string], { id: string; seen_at: string }>(
    "SELECT id, coalesce(clock_out_at, end_at) AS seen_at FROM shifts WHERE trainee_id = ? AND approved_at IS NOT NULL AND attendance IN ('attended', 'late') ORDER BY day, start_at",
  );
  const competency = db.prepare<[string], { code: string; title: string; criterion: string; observations_needed: number; second_signer: number; area_name: string }>(
    'SELECT c.code, c.title, c.criterion, c.observations_needed, c.second_signer, a.name AS area_name FROM competencies c JOIN skill_areas a ON a.id = c.area_id WHERE c.id = ?',
  );
  const observe = db.prepare(
    'INSERT INTO skill_observations (id, trainee_id, competency_id, shift_id, level, note, observer_id, observer_name, observed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const signOff = db.prepare(
    `INSERT INTO skill_signoffs (id, trainee_id, competency_id, code, title, criterion, area_name, observations_needed, second_signer_needed,
       first_signer_id, first_signer_name, first_signed_at, second_signer_id, second_signer_name, second_signed_at, signed_off_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO skill_signoff_observations (signoff_id, observation_id) VALUES (?, ?)');
  PLANS.forEach((plans, i) => {
    const traineeId = people.traineeIds[i];
    if (!traineeId) return;
    const shifts = worked.all(traineeId);
    for (const plan of plans) {
      const on = shifts.slice(0, plan.shifts);
      const observed = on.map((shift) => {
        const id = ids();
        observe.run(id, traineeId, plan.competency, shift.id, plan.level, plan.note ?? null, people.supervisorId, people.supervisorName, shift.seen_at);
        return id;
      });
      const c = competency.get(plan.competency);
      if (!plan.signOff || !c || observed.length < c.observations_needed) continue;
      const id = ids();
      const second = plan.signOff === 'countersigned';
      signOff.run(
        id, traineeId, plan.competency, c.code, c.title, c.criterion, c.area_name, c.observations_needed, c.second_signer,
        people.supervisorId, people.supervisorName, at,
        second ? people.managerId : null, second ? people.managerName : null, second ? at : null,
        plan.signOff === 'awaiting_second_signer' ? null : at,
      );
      for (const o of observed) link.run(id, o);
    }
  });

  // Jordan's food hygiene certificate.
  const jordan = people.traineeIds[2];
  if (jordan) {
    const awarded = addDays(weeksAgo(sampleRecords[2]?.startWeeksAgo ?? 8), 14);
    db.prepare(
      `INSERT INTO qualifications (id, staff_id, title, awarding_body, awarded_on, certificate_number, expires_on, recorded_by_id, recorded_by_name, recorded_at)
       VALUES (?, ?, 'Level 2 Food Safety and Hygiene for Catering', 'Highfield', ?, 'SAMPLE-L2-0001', ?, ?, ?, ?)`,
    ).run(ids(), jordan, awarded, addMonths(awarded, 36), people.managerId, people.managerName, at);
  }

  // The readiness checklist: Tom has a CV; Priya a CV and a mock interview.
  const items = sampleReadinessItems.map((title, position) => {
    const id = ids();
    db.prepare('INSERT INTO readiness_items (id, title, position, active, updated_at) VALUES (?, ?, ?, 1, ?)').run(id, title, position + 1, at);
    return id;
  });
  const tick = db.prepare('INSERT INTO readiness_ticks (staff_id, item_id, ticked_by_id, ticked_by_name, ticked_at, note) VALUES (?, ?, ?, ?, ?, NULL)');
  const ticks: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
  ];
  for (const [trainee, item] of ticks) {
    const staffId = people.traineeIds[trainee];
    const itemId = items[item];
    if (staffId && itemId) tick.run(staffId, itemId, people.supervisorId, people.supervisorName, at);
  }
}
