import type { CohortGroup, CohortMonth, CohortReportDocument, PersonRef } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { daysBetween } from '../rota/wallClock.ts';
import { cafeOf } from './traineeRecord.ts';
import { rateBp } from './words.ts';

// The cohort report for funders: for a period, the trainees engaged in it, what they did
// (hours, attendance, skills) and where they went (outcomes, time to outcome), with the
// same figures split by gender and by referral source where those are recorded. Each
// person's figures are worked out once, and every total and breakdown is summed from that
// one list, so the report adds up by construction. People and hours (outputs) are kept apart
// from outcomes, as funders ask.

/** One trainee's part in the period. */
export interface CohortPerson {
  id: string;
  /** Start date: the trainee record's, or their first shift attended. */
  startDate: string | null;
  creditedMinutes: number;
  certifiedMinutes: number;
  attended: number;
  late: number;
  absent: number;
  skillsSignedOff: number;
  completed: boolean;
  withdrawn: boolean;
  gender: string | null;
  referralSource: string | null;
  /** Outcomes that started in the period, oldest first. */
  outcomes: { type: string; startDate: string }[];
}

export interface CohortFacts {
  people: CohortPerson[];
  byMonth: CohortMonth[];
  /** Referred in the period but never came to a first shift; null without trainee records. */
  neverStarted: number | null;
}

interface ShiftTotalsRow {
  trainee_id: string;
  minutes: number;
  certified: number;
  attended: number;
  late: number;
  absent: number;
}

/** Every trainee with a shift given to them in the period, with their hours and attendance. */
export function cohortHours(db: ReadDb, from: string, to: string): { people: Map<string, CohortPerson>; byMonth: CohortMonth[] } {
  const rows = db
    .prepare<[string, string], ShiftTotalsRow>(
      `SELECT s.trainee_id, coalesce(sum(s.credited_minutes), 0) AS minutes,
              coalesce(sum(s.credited_minutes) FILTER (WHERE EXISTS (
                SELECT 1 FROM hour_certifications c WHERE c.reopened_at IS NULL AND s.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id = s.trainee_id))), 0) AS certified,
              count(*) FILTER (WHERE s.attendance = 'attended') AS attended,
              count(*) FILTER (WHERE s.attendance = 'late') AS late,
              count(*) FILTER (WHERE s.attendance = 'absent') AS absent
       FROM shifts s
       WHERE s.day BETWEEN ? AND ? AND s.trainee_id IS NOT NULL AND (s.state = 'published' OR s.unplanned = 1)
       GROUP BY s.trainee_id`,
    )
    .all(from, to);
  const firstShift = db.prepare<[string], { first: string | null }>("SELECT min(day) AS first FROM shifts WHERE trainee_id = ? AND attendance IN ('attended', 'late')");
  const people = new Map<string, CohortPerson>();
  for (const r of rows) {
    people.set(r.trainee_id, {
      id: r.trainee_id,
      startDate: firstShift.get(r.trainee_id)?.first ?? null,
      creditedMinutes: r.minutes,
      certifiedMinutes: r.certified,
      attended: r.attended,
      late: r.late,
      absent: r.absent,
      skillsSignedOff: 0,
      completed: false,
      withdrawn: false,
      gender: null,
      referralSource: null,
      outcomes: [],
    });
  }
  const byMonth = db
    .prepare<[string, string], CohortMonth>(
      `SELECT substr(day, 1, 7) AS month, coalesce(sum(credited_minutes), 0) AS creditedMinutes,
              count(DISTINCT trainee_id) FILTER (WHERE attendance IN ('attended', 'late')) AS trainees
       FROM shifts INDEXED BY shifts_credited
       WHERE day BETWEEN ? AND ? AND credited_minutes IS NOT NULL AND trainee_id IS NOT NULL
       GROUP BY month ORDER BY month`,
    )
    .all(from, to);
  return { people, byMonth: fillMonths(from, to, byMonth) };
}

/** Every month of the period, those with nothing as zero, so a chart shows the gaps. */
function fillMonths(from: string, to: string, months: readonly CohortMonth[]): CohortMonth[] {
  const found = new Map(months.map((m) => [m.month, m]));
  const all: CohortMonth[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    all.push(found.get(key) ?? { month: key, creditedMinutes: 0, trainees: 0 });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return all;
}

function sum<T>(list: readonly T[], of: (item: T) => number): number {
  return list.reduce((total, item) => total + of(item), 0);
}

/** Days from start to the first outcome of the period, for those with both. */
function daysToOutcome(person: CohortPerson): number | null {
  const first = person.outcomes[0];
  return first && person.startDate ? Math.max(0, daysBetween(person.startDate, first.startDate)) : null;
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round(sum(values, (v) => v) / values.length);
}

function startedIn(person: CohortPerson, from: string, to: string): boolean {
  return person.startDate !== null && person.startDate >= from && person.startDate <= to;
}

const NOT_RECORDED = 'Not recorded';

/** The people split by `key`, biggest group first, "Not recorded" last; null when nobody has one. */
function breakdown(people: readonly CohortPerson[], key: (p: CohortPerson) => string | null, from: string, to: string): CohortGroup[] | null {
  if (!people.some((p) => key(p) !== null)) return null;
  const groups = new Map<string, CohortPerson[]>();
  for (const p of people) {
    const name = key(p) ?? NOT_RECORDED;
    groups.set(name, [...(groups.get(name) ?? []), p]);
  }
  return [...groups.entries()]
    .map(([group, members]): CohortGroup => {
      const withOutcome = members.filter((m) => m.outcomes.length > 0);
      return {
        group,
        participants: members.length,
        started: members.filter((m) => startedIn(m, from, to)).length,
        creditedMinutes: sum(members, (m) => m.creditedMinutes),
        participantsWithOutcome: withOutcome.length,
        outcomeRateBp: rateBp(withOutcome.length, members.length),
        averageDaysToOutcome: average(withOutcome.map(daysToOutcome).filter((d): d is number => d !== null)),
      };
    })
    .sort((a, b) => (a.group === NOT_RECORDED ? 1 : b.group === NOT_RECORDED ? -1 : b.participants - a.participants || a.group.localeCompare(b.group, 'en-GB')));
}

export function cohortDocument(db: ReadDb, facts: CohortFacts, request: { from: string; to: string; now: Date; by: PersonRef }): CohortReportDocument {
  const { people } = facts;
  const { from, to } = request;
  const attended = sum(people, (p) => p.attended);
  const late = sum(people, (p) => p.late);
  const absent = sum(people, (p) => p.absent);
  const withOutcome = people.filter((p) => p.outcomes.length > 0);
  const types = new Map<string, number>();
  for (const p of people) for (const o of p.outcomes) types.set(o.type, (types.get(o.type) ?? 0) + 1);
  return {
    cafe: cafeOf(db),
    from,
    to,
    generatedAt: request.now.toISOString(),
    generatedBy: request.by,
    participants: people.length,
    started: people.filter((p) => startedIn(p, from, to)).length,
    active: people.filter((p) => p.attended + p.late > 0).length,
    completed: people.filter((p) => p.completed).length,
    withdrawn: people.filter((p) => p.withdrawn).length,
    neverStarted: facts.neverStarted,
    shiftsAttended: attended + late,
    shiftsLate: late,
    shiftsAbsent: absent,
    creditedMinutes: sum(people, (p) => p.creditedMinutes),
    certifiedMinutes: sum(people, (p) => p.certifiedMinutes),
    attendanceRateBp: rateBp(attended + late, attended + late + absent),
    skillsSignedOff: sum(people, (p) => p.skillsSignedOff),
    outcomes: sum(people, (p) => p.outcomes.length),
    participantsWithOutcome: withOutcome.length,
    outcomeRateBp: rateBp(withOutcome.length, people.length),
    averageDaysToOutcome: average(withOutcome.map(daysToOutcome).filter((d): d is number => d !== null)),
    outcomesByType: [...types.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    byMonth: facts.byMonth,
    byGender: breakdown(people, (p) => p.gender, from, to),
    byReferralSource: breakdown(people, (p) => p.referralSource, from, to),
  };
}
