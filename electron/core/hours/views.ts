import type { DayHours, HoursSummary, MyHours, ParsedInputOf, TraineeHours } from '../../../shared/contract/index.ts';
import type { ReadContext } from '../context.ts';
import { fail } from '../errors.ts';
import { getStaff } from '../people/staffRows.ts';
import { readRotaSettings } from '../rota/settings.ts';
import { breaksOf, coveredBy, shiftRows, standingCertifications, toShifts } from '../rota/shiftRows.ts';
import { addDays, cafeDayOf } from '../rota/wallClock.ts';
import { hoursFlags, lateByClock, matchesPlan, proposedCredit } from './credit.ts';

// Reading hours: a supervisor's day, a trainee's own hours, and totals per person for a
// period. Every query ranges over café days on an index, so a month costs a month whatever
// years of history the file holds.

/** Shifts that count for someone's hours: published or clocked (not drafts), with a person. */
const WORKED = "s.trainee_id IS NOT NULL AND (s.state = 'published' OR s.unplanned = 1)";

export function dayHours(ctx: ReadContext, input: ParsedInputOf<'hours.day'>): DayHours {
  const tolerance = readRotaSettings(ctx.db).approvalToleranceMinutes;
  const rows = shiftRows(ctx.db, `s.day = ? AND ${WORKED}`, [input.day], 's.day, coalesce(s.start_at, s.clock_in_at), s.id');
  const shifts = toShifts(ctx.db, rows);
  const breaks = breaksOf(ctx.db, rows.map((r) => r.id));
  const certs = standingCertifications(ctx.db, input.day, input.day);
  return {
    day: input.day,
    toleranceMinutes: tolerance,
    rows: rows.map((row, i) => {
      const b = breaks.get(row.id) ?? [];
      const settled = row.approved_at !== null || row.attendance === 'cancelled';
      return {
        shift: shifts[i] ?? fail('internal', 'A shift went missing while reading the day.'),
        flags: hoursFlags(row, b, ctx.now, tolerance, coveredBy(certs, row.day, row.trainee_id) !== undefined),
        matchesPlan: !settled && matchesPlan(row, b, tolerance),
        lateMinutes: lateByClock(row, tolerance),
        clockedBreakMinutes: b.filter((x) => x.paid === 0).reduce((sum, x) => sum + (x.end_at ? Math.round((Date.parse(x.end_at) - Date.parse(x.start_at)) / 60000) : 0), 0),
        proposedCreditedMinutes: settled ? row.credited_minutes : proposedCredit(row, b, tolerance),
      };
    }),
    waiting: rows.filter((r) => r.approved_at === null && r.attendance !== 'cancelled').length,
  };
}

export function myHours(ctx: ReadContext, input: ParsedInputOf<'hours.mine'>): MyHours {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const today = cafeDayOf(ctx.now);
  const to = input.to ?? today;
  const from = input.from ?? addDays(to, -55);
  const rows = shiftRows(ctx.db, `s.trainee_id = ? AND s.day BETWEEN ? AND ? AND ${WORKED}`, [caller.id, from, to], 's.day DESC, coalesce(s.start_at, s.clock_in_at) DESC');
  const total = ctx.db.prepare<[string], { minutes: number | null }>('SELECT sum(credited_minutes) AS minutes FROM shifts WHERE trainee_id = ? AND credited_minutes IS NOT NULL').get(caller.id);
  const now = ctx.now.toISOString();
  return {
    staff: { id: caller.id, displayName: caller.displayName },
    from,
    to,
    creditedMinutes: rows.reduce((sum, r) => sum + (r.credited_minutes ?? 0), 0),
    totalCreditedMinutes: total?.minutes ?? 0,
    shifts: toShifts(ctx.db, rows),
    waitingForApproval: rows.filter((r) => r.approved_at === null && r.attendance !== 'cancelled' && (r.clock_in_at !== null || (r.start_at !== null && r.start_at <= now))).length,
  };
}

export function hoursSummary(ctx: ReadContext, input: ParsedInputOf<'hours.summary'>): HoursSummary {
  const staffId = input.staffId ?? null;
  if (staffId) getStaff(ctx.db, staffId);
  // Credited minutes and attendance from the covering index alone; what is still waiting from the day index.
  const credited = ctx.db
    .prepare<[string, string, string | null, string | null], { trainee_id: string; minutes: number; attended: number; late: number; absent: number; cancelled: number }>(
      `SELECT trainee_id, sum(credited_minutes) AS minutes,
              sum(attendance = 'attended') AS attended, sum(attendance = 'late') AS late,
              sum(attendance = 'absent') AS absent, sum(attendance = 'cancelled') AS cancelled
       FROM shifts INDEXED BY shifts_credited
       WHERE day BETWEEN ? AND ? AND credited_minutes IS NOT NULL AND (? IS NULL OR trainee_id = ?)
       GROUP BY trainee_id`,
    )
    .all(input.from, input.to, staffId, staffId);
  const now = ctx.now.toISOString();
  const waiting = ctx.db
    .prepare<[string, string, string, string | null, string | null], { trainee_id: string; n: number }>(
      `SELECT trainee_id, count(*) AS n FROM shifts INDEXED BY shifts_unsettled
       WHERE day BETWEEN ? AND ? AND approved_at IS NULL AND attendance IS NULL AND trainee_id IS NOT NULL
         AND (state = 'published' OR unplanned = 1) AND coalesce(start_at, clock_in_at) <= ? AND (? IS NULL OR trainee_id = ?)
       GROUP BY trainee_id`,
    )
    .all(input.from, input.to, now, staffId, staffId);
  const people = new Map<string, TraineeHours>();
  const entry = (id: string): TraineeHours => {
    let found = people.get(id);
    if (!found) {
      found = { staff: { id, displayName: '' }, creditedMinutes: 0, attended: 0, late: 0, absent: 0, cancelled: 0, waiting: 0 };
      people.set(id, found);
    }
    return found;
  };
  for (const r of credited) Object.assign(entry(r.trainee_id), { creditedMinutes: r.minutes, attended: r.attended, late: r.late, absent: r.absent, cancelled: r.cancelled });
  for (const r of waiting) entry(r.trainee_id).waiting = r.n;
  const names = ctx.db
    .prepare<[string], { id: string; display_name: string }>('SELECT id, display_name FROM staff WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...people.keys()]));
  for (const n of names) entry(n.id).staff.displayName = n.display_name;
  const list = [...people.values()].sort((a, b) => a.staff.displayName.localeCompare(b.staff.displayName, 'en-GB'));
  return { from: input.from, to: input.to, creditedMinutes: list.reduce((sum, p) => sum + p.creditedMinutes, 0), people: list };
}
