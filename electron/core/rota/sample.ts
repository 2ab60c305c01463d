import type { IdSource } from '../clock.ts';
import type { WriteDb } from '../db/handles.ts';
import { addDays, cafeDayOf, mondayOf, shiftInstants } from './wallClock.ts';

// The sample café's rota, so the screens have something to show: this week published, with
// the days already gone clocked in and out and waiting for approval, and the two weeks before
// worked and approved (one late arrival, one absence). Nobody is left clocked in.

export interface SampleRotaPeople {
  supervisorId: string;
  supervisorName: string;
  /** Tom, Priya, Jordan. */
  traineeIds: readonly string[];
}

interface Slot {
  weekday: number;
  start: string;
  end: string;
  stationId: string;
  /** Index into the trainees; null: an open shift. */
  trainee: number | null;
}

const WEEK: readonly Slot[] = [
  { weekday: 1, start: '09:00', end: '13:00', stationId: 'station-till', trainee: 0 },
  { weekday: 3, start: '09:00', end: '13:00', stationId: 'station-till', trainee: 0 },
  { weekday: 5, start: '09:00', end: '13:00', stationId: 'station-till', trainee: 0 },
  { weekday: 2, start: '10:00', end: '14:00', stationId: 'station-barista', trainee: 1 },
  { weekday: 4, start: '10:00', end: '14:00', stationId: 'station-barista', trainee: 1 },
  { weekday: 6, start: '09:00', end: '13:00', stationId: 'station-front', trainee: 1 },
  { weekday: 1, start: '08:00', end: '12:00', stationId: 'station-kitchen', trainee: 2 },
  { weekday: 2, start: '08:00', end: '12:00', stationId: 'station-kitchen', trainee: 2 },
  { weekday: 4, start: '08:00', end: '12:00', stationId: 'station-kitchen', trainee: 2 },
  { weekday: 5, start: '12:00', end: '16:00', stationId: 'station-pot-wash', trainee: null },
];

export function insertSampleRota(db: WriteDb, ids: IdSource, now: Date, people: SampleRotaPeople): void {
  const today = cafeDayOf(now);
  const thisMonday = mondayOf(today);
  const at = now.toISOString();
  const insert = db.prepare(
    `INSERT INTO shifts (id, day, start_at, end_at, station_id, trainee_id, supervisor_id, state, published_at, clock_in_at, clock_out_at,
       approved_start_at, approved_end_at, approved_break_minutes, credited_minutes, approved_by_id, approved_by_name, approved_at,
       attendance, late_minutes, attendance_reason, absence_acceptable, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  [-14, -7, 0].forEach((offset, week) => {
    const monday = addDays(thisMonday, offset);
    WEEK.forEach((slot, n) => {
      const day = addDays(monday, slot.weekday - 1);
      const { startAt, endAt } = shiftInstants(day, slot.start, slot.end, false);
      const start = startAt.toISOString();
      const end = endAt.toISOString();
      const traineeId = slot.trainee === null ? null : (people.traineeIds[slot.trainee] ?? null);
      const worked = traineeId !== null && day < today;
      const approved = worked && offset < 0;
      // One late arrival and one absence in the past, recorded as support information.
      const late = approved && week === 1 && n === 3;
      const absent = approved && week === 0 && n === 7;
      const clockIn = worked && !absent ? new Date(startAt.getTime() + (late ? 15 : (n % 3) * 2) * 60000).toISOString() : null;
      const clockOut = worked && !absent ? new Date(endAt.getTime() + (n % 2) * 60000).toISOString() : null;
      const credited = approved ? (absent ? 0 : Math.round((endAt.getTime() - startAt.getTime() - (late ? 15 * 60000 : 0)) / 60000)) : null;
      insert.run(
        ids(), day, start, end, slot.stationId, traineeId, people.supervisorId, at, clockIn, clockOut,
        approved && !absent ? (late ? clockIn : start) : null,
        approved && !absent ? end : null,
        approved ? 0 : null,
        credited,
        approved ? people.supervisorId : null,
        approved ? people.supervisorName : null,
        approved ? at : null,
        approved ? (absent ? 'absent' : late ? 'late' : 'attended') : null,
        late ? 15 : null,
        late ? 'Bus was late' : absent ? 'Unwell, rang in before the shift' : null,
        absent ? 1 : null,
        at,
        at,
      );
    });
  });
}
