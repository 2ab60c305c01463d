import { addAvailability, addTrainees, generateRotaHistory } from './generate/rota.ts';
import { medianMs, percentile, report, timeMs } from './report.ts';
import { call, closeBenchCafe, openBenchCafe, type BenchCafe } from './sampleCafe.ts';

// The rota's costs, through the dispatcher with a supervisor signed in:
// - rota.week_ms: the week's grid (shifts, people, stations, conflicts) for 60 trainees at 6
//   stations, about 300 shifts, with a year of history behind it and availability to check;
// - rota.hours_year_200_ms: hours.summary (credited minutes and attendance per person) of a
//   year for 200 trainees, about 31,000 shifts;
// - rota.history_cost_ratio: the same month's hours.summary in a file holding 5 years of
//   those 200 trainees' shifts divided by one holding 1 year (goal: at most 1.2; the cost
//   should follow the period asked for, not the history).

const WEEK = '2030-01-07';

const openCafe = () => openBenchCafe(new Date(`${WEEK}T10:00:00.000Z`), { name: 'Sam Supervisor', pin: '2222' });

function runWeekBench(): void {
  const cafe = openCafe();
  try {
    const trainees = addTrainees(cafe.core.db, 60);
    generateRotaHistory(cafe.core.db, { from: '2029-01-07', to: '2030-01-13', traineeIds: trainees, supervisor: cafe.supervisor, shiftsPerWeek: 5, approvedBefore: WEEK, seed: 60 });
    addAvailability(cafe.core.db, trainees, WEEK);
    cafe.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const week = call(cafe.core, 'office', 'rota.week', { week: WEEK }) as { shifts: unknown[]; stations: unknown[]; people: unknown[]; conflicts: unknown[] };
    if (week.stations.length !== 6) throw new Error(`the week shows ${week.stations.length} stations, not 6`);
    report({ name: 'rota.week_ms', unit: 'ms', value: medianMs(() => call(cafe.core, 'office', 'rota.week', { week: WEEK }), 30) });
    report({ name: 'rota.week_shifts', unit: 'count', value: week.shifts.length });
    report({ name: 'rota.week_conflicts', unit: 'count', value: week.conflicts.length });
  } finally {
    closeBenchCafe(cafe);
  }
}

function hoursCafe(from: string, seed: number): BenchCafe {
  const cafe = openCafe();
  const trainees = addTrainees(cafe.core.db, 200);
  generateRotaHistory(cafe.core.db, { from, to: '2029-12-31', traineeIds: trainees, supervisor: cafe.supervisor, shiftsPerWeek: 3, approvedBefore: '2030-01-01', seed });
  cafe.core.db.pragma('wal_checkpoint(TRUNCATE)');
  return cafe;
}

function runHoursBench(): void {
  const oneYear = hoursCafe('2029-01-01', 200);
  const fiveYears = hoursCafe('2025-01-01', 200);
  try {
    const year = { from: '2029-01-01', to: '2029-12-31' };
    const month = { from: '2029-06-01', to: '2029-06-30' };
    const summary = call(oneYear.core, 'office', 'hours.summary', year) as { people: unknown[]; creditedMinutes: number };
    // The 200, and the sample café's three trainees with their few weeks.
    if (summary.people.length < 200) throw new Error(`the year's summary has ${summary.people.length} people, not 200`);
    report({ name: 'rota.hours_year_200_ms', unit: 'ms', value: medianMs(() => call(oneYear.core, 'office', 'hours.summary', year), 15) });
    report({ name: 'rota.hours_year_200_shifts', unit: 'count', value: oneYear.core.db.prepare('SELECT count(*) FROM shifts WHERE day BETWEEN ? AND ?').pluck().get(year.from, year.to) as number });

    // The two files in turns, so a busy moment of the machine falls on both alike.
    const one: number[] = [];
    const five: number[] = [];
    const m1 = () => call(oneYear.core, 'office', 'hours.summary', month);
    const m5 = () => call(fiveYears.core, 'office', 'hours.summary', month);
    m1();
    m5();
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 10; i++) one.push(timeMs(m1));
      for (let i = 0; i < 10; i++) five.push(timeMs(m5));
    }
    const oneMs = percentile(one, 50);
    const fiveMs = percentile(five, 50);
    report({ name: 'rota.hours_month_1y_ms', unit: 'ms', value: oneMs });
    report({ name: 'rota.hours_month_5y_ms', unit: 'ms', value: fiveMs });
    report({ name: 'rota.history_cost_ratio', unit: 'x', value: fiveMs / oneMs });
    report({ name: 'rota.history_5y_shifts', unit: 'count', value: fiveYears.core.db.prepare('SELECT count(*) FROM shifts').pluck().get() as number });
  } finally {
    closeBenchCafe(oneYear);
    closeBenchCafe(fiveYears);
  }
}

export function runRotaBench(): void {
  runWeekBench();
  runHoursBench();
}
