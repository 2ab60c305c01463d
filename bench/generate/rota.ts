import type Database from 'better-sqlite3';
import { addDays, mondayOf, shiftInstants, weekdayOf } from '../../electron/core/rota/wallClock.ts';

// A data generator for the rota benchmarks: trainees, and years of their shifts written
// straight into the shifts table with prepared inserts, a month per transaction. Each trainee
// works the same few weekdays every week at one station (four hours, some mornings, some
// afternoons, the odd night shift across midnight); past shifts are clocked and approved as
// the core would approve them: mostly attended, now and then late or absent. Times go
// through the café's wall clock, so clock changes are as real as the rota's own.
// Deterministic for a given seed.

export const BENCH_STATIONS = ['station-till', 'station-barista', 'station-kitchen', 'station-front', 'station-pot-wash', 'station-bakery'] as const;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds the sixth station the benchmarks plan at (the migration seeds five). */
export function addBenchStation(db: Database.Database): void {
  db.prepare("INSERT OR IGNORE INTO stations (id, name, position, updated_at) VALUES ('station-bakery', 'Bakery', 6, '2025-01-01T00:00:00.000Z')").run();
}

/** `count` trainees with no PIN (they never log in here), ids `${prefix}-0001`… */
export function addTrainees(db: Database.Database, count: number, prefix = 'trainee'): string[] {
  const insert = db.prepare("INSERT INTO staff (id, display_name, role, created_at, updated_at) VALUES (?, ?, 'trainee', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')");
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const id = `${prefix}-${String(i).padStart(4, '0')}`;
      insert.run(id, `Trainee ${String(i).padStart(4, '0')}`);
      ids.push(id);
    }
  })();
  return ids;
}

export interface RotaHistoryOptions {
  /** First and last café day, both included. */
  from: string;
  to: string;
  traineeIds: readonly string[];
  supervisor: { id: string; displayName: string };
  /** Shifts each trainee works a week (1 to 6). */
  shiftsPerWeek: number;
  /** Shifts on days before this are worked and approved; from it on, published and waiting. */
  approvedBefore: string;
  seed?: number;
}

interface Pattern {
  weekdays: number[];
  start: string;
  end: string;
  endsNextDay: boolean;
  stationId: string;
}

function patternFor(rand: () => number, shiftsPerWeek: number): Pattern {
  const days = [1, 2, 3, 4, 5, 6, 7].sort(() => rand() - 0.5).slice(0, shiftsPerWeek).sort();
  const kind = rand();
  const [start, end, endsNextDay] = kind < 0.45 ? ['09:00', '13:00', false] : kind < 0.9 ? ['12:00', '16:00', false] : ['22:00', '02:00', true];
  return { weekdays: days, start, end, endsNextDay, stationId: BENCH_STATIONS[Math.floor(rand() * BENCH_STATIONS.length)] ?? 'station-till' };
}

/** Writes every trainee's shifts from `from` to `to`. Returns how many. */
export function generateRotaHistory(db: Database.Database, options: RotaHistoryOptions): { shifts: number } {
  const rand = random(options.seed ?? 1);
  const patterns = options.traineeIds.map(() => patternFor(rand, options.shiftsPerWeek));
  const insert = db.prepare(
    `INSERT INTO shifts (id, day, start_at, end_at, station_id, trainee_id, supervisor_id, state, published_at, clock_in_at, clock_out_at,
       approved_start_at, approved_end_at, approved_break_minutes, credited_minutes, approved_by_id, approved_by_name, approved_at,
       attendance, late_minutes, attendance_reason, absence_acceptable, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Three patterns of times: the wall clock is asked once per day and pattern, not per shift.
  const instants = new Map<string, { startAt: Date; endAt: Date }>();
  const timesOf = (day: string, p: Pattern) => {
    const key = `${day} ${p.start} ${p.end}`;
    let found = instants.get(key);
    if (!found) {
      found = shiftInstants(day, p.start, p.end, p.endsNextDay);
      instants.set(key, found);
    }
    return found;
  };
  let shifts = 0;
  let day = options.from;
  const last = options.to;
  while (day <= last) {
    const monthEnd = `${day.slice(0, 7)}-31`;
    db.transaction(() => {
      for (; day <= last && day <= monthEnd; day = addDays(day, 1)) {
        const weekday = weekdayOf(day);
        const created = `${mondayOf(day)}T00:00:00.000Z`;
        options.traineeIds.forEach((traineeId, i) => {
          const p = patterns[i];
          if (!p || !p.weekdays.includes(weekday)) return;
          const { startAt, endAt } = timesOf(day, p);
          const start = startAt.toISOString();
          const end = endAt.toISOString();
          shifts += 1;
          const id = `shift-${String(shifts).padStart(9, '0')}`;
          if (day >= options.approvedBefore) {
            insert.run(id, day, start, end, p.stationId, traineeId, options.supervisor.id, created, null, null, null, null, null, null, null, null, null, null, null, null, null, created, created);
            return;
          }
          const roll = rand();
          const absent = roll < 0.04;
          const late = !absent && roll < 0.09 ? 5 + Math.floor(rand() * 40) : 0;
          const clockIn = absent ? null : new Date(startAt.getTime() + (late || Math.floor(rand() * 6)) * 60000).toISOString();
          const clockOut = absent ? null : new Date(endAt.getTime() + Math.floor(rand() * 6) * 60000).toISOString();
          const approvedStart = absent ? null : late ? clockIn : start;
          const breakMinutes = absent ? 0 : rand() < 0.3 ? 15 : 0;
          const credited = absent ? 0 : Math.round((endAt.getTime() - Date.parse(approvedStart ?? start)) / 60000) - breakMinutes;
          insert.run(
            id, day, start, end, p.stationId, traineeId, options.supervisor.id, created, clockIn, clockOut,
            approvedStart, absent ? null : end, breakMinutes, credited, options.supervisor.id, options.supervisor.displayName, `${day}T18:00:00.000Z`,
            absent ? 'absent' : late ? 'late' : 'attended', late || null, late ? 'Bus was late' : absent ? 'Unwell' : null, absent ? 1 : null, created, created,
          );
        });
      }
    })();
  }
  return { shifts };
}

/** Weekly unavailable times for every `every`-th trainee and a day off for some, for the grid's conflicts. */
export function addAvailability(db: Database.Database, traineeIds: readonly string[], week: string, every = 2): void {
  const window = db.prepare("INSERT INTO unavailable_times (id, staff_id, weekday, start_time, end_time, note, created_at) VALUES (?, ?, ?, '09:00', '12:00', 'College', '2025-01-01T00:00:00.000Z')");
  const off = db.prepare("INSERT INTO time_off (id, staff_id, from_day, to_day, reason, created_at) VALUES (?, ?, ?, ?, NULL, '2025-01-01T00:00:00.000Z')");
  db.transaction(() => {
    traineeIds.forEach((id, i) => {
      if (i % every === 0) window.run(`window-${id}`, id, (i % 7) + 1);
      if (i % 10 === 0) off.run(`off-${id}`, id, addDays(week, i % 7), addDays(week, (i % 7) + 1));
    });
  })();
}

