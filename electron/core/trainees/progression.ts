import type { ParsedInputOf, Progression } from '../../../shared/contract/index.ts';
import type { ReadContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { hoursSummary } from '../hours/views.ts';
import { cafeDayOf } from '../rota/wallClock.ts';
import { qualificationsOf } from '../skills/qualifications.ts';
import { signOffRows, toSignOffs } from '../skills/signOffs.ts';
import { skillsOf } from '../skills/views.ts';
import { outcomesOf } from './outcomes.ts';
import { checklistOf } from './readiness.ts';
import { findRecord } from './records.ts';
import { subjectOf, traineeFor } from './subject.ts';

// A trainee's progression towards paid work, in one read: hours credited (the hours core's
// figures: approved time less unpaid breaks), the shifts they worked by station, skills signed
// off and under way, qualifications, readiness and outcomes. For the trainee, or any supervisor
// or manager; every viewing is audited.

const MONTHS_SHOWN = 12;

function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Credited minutes per calendar month, with no gaps, from the start (or first credited shift) to this month, at most twelve months. */
function creditedByMonth(db: ReadDb, staffId: string, startDate: string | null, today: string): { month: string; creditedMinutes: number }[] {
  const rows = db
    .prepare<[string], { month: string; minutes: number }>(
      'SELECT substr(day, 1, 7) AS month, sum(credited_minutes) AS minutes FROM shifts WHERE trainee_id = ? AND credited_minutes IS NOT NULL GROUP BY month ORDER BY month',
    )
    .all(staffId);
  const thisMonth = today.slice(0, 7);
  const firstShown = [startDate?.slice(0, 7), rows[0]?.month].filter((m): m is string => m !== undefined).sort()[0] ?? thisMonth;
  const earliest = monthsBack(thisMonth, MONTHS_SHOWN - 1);
  const months: { month: string; creditedMinutes: number }[] = [];
  for (let month = firstShown < earliest ? earliest : firstShown; month <= thisMonth; month = monthsBack(month, -1)) {
    months.push({ month, creditedMinutes: rows.find((r) => r.month === month)?.minutes ?? 0 });
  }
  return months;
}

function creditedByStation(db: ReadDb, staffId: string): Progression['stations'] {
  return db
    .prepare<[string], { station_id: string | null; name: string | null; shifts: number; minutes: number }>(
      `SELECT s.station_id, st.name, count(*) AS shifts, sum(s.credited_minutes) AS minutes
       FROM shifts s LEFT JOIN stations st ON st.id = s.station_id
       WHERE s.trainee_id = ? AND s.credited_minutes IS NOT NULL AND s.attendance IN ('attended', 'late')
       GROUP BY s.station_id ORDER BY shifts DESC, minutes DESC, st.position`,
    )
    .all(staffId)
    .map((r) => ({ station: r.station_id ? { id: r.station_id, name: r.name ?? '' } : null, shifts: r.shifts, creditedMinutes: r.minutes }));
}

export function progressionOf(ctx: ReadContext, input: ParsedInputOf<'progression.get'>): Progression {
  const person = subjectOf(ctx, input.staffId, 'progress', ['supervisor', 'manager']);
  const staff = traineeFor(ctx.db, person.id);
  const record = findRecord(ctx.db, staff.id);
  const today = cafeDayOf(ctx.now);
  const hours = hoursSummary(ctx, { from: '0001-01-01', to: '9999-12-31', staffId: staff.id }).people[0];
  const { areas, refs } = skillsOf(ctx.db, staff);
  const inProgress = refs.filter((r) => r.progress.state !== 'signed_off' && r.progress.state !== 'not_started');
  const own = ctx.caller?.id === staff.id;
  ctx.note?.({ subjectType: 'staff', subjectId: staff.id, summary: own ? 'Viewed their own progression' : `Viewed ${staff.display_name}'s progression` });
  return {
    trainee: { id: staff.id, displayName: staff.display_name },
    preferredName: record?.preferred_name ?? null,
    startDate: record?.start_date ?? null,
    status: record?.status ?? 'active',
    goal: record?.goal ?? null,
    hours: {
      creditedMinutes: hours?.creditedMinutes ?? 0,
      attended: hours?.attended ?? 0,
      late: hours?.late ?? 0,
      absent: hours?.absent ?? 0,
      cancelled: hours?.cancelled ?? 0,
      waiting: hours?.waiting ?? 0,
      byMonth: creditedByMonth(ctx.db, staff.id, record?.start_date ?? null, today),
    },
    stations: creditedByStation(ctx.db, staff.id),
    skills: {
      signedOff: refs.filter((r) => r.progress.state === 'signed_off').length,
      inProgress: inProgress.length,
      total: refs.length,
      byArea: areas.map((a) => ({
        id: a.id,
        name: a.name,
        signedOff: a.skills.filter((s) => s.progress.state === 'signed_off').length,
        inProgress: a.skills.filter((s) => s.progress.state !== 'signed_off' && s.progress.state !== 'not_started').length,
        total: a.skills.length,
      })),
      // Every complete sign-off that stands, as signed, even of a skill since retired.
      signedOffList: toSignOffs(ctx.db, signOffRows(ctx.db, 'so.trainee_id = ? AND so.withdrawn_at IS NULL AND so.signed_off_at IS NOT NULL', [staff.id])).sort((a, b) =>
        (a.signedOffAt ?? '') < (b.signedOffAt ?? '') ? 1 : -1,
      ),
      inProgressList: inProgress.map((r) => ({ competency: r.competency, progress: r.progress })),
    },
    qualifications: qualificationsOf(ctx.db, staff.id, ctx.now),
    readiness: checklistOf(ctx.db, staff),
    outcomes: outcomesOf(ctx.db, staff.id, ctx.now),
  };
}
