import type { RotaWeek, Shift } from '../../shared/contract/index.ts';

// Shifts and weeks for the rota screen's tests, shaped as the core answers.

export function aShift(over: Partial<Shift> = {}): Shift {
  return {
    id: 'sh-1',
    day: '2026-03-23',
    startAt: '2026-03-23T09:00:00.000Z',
    endAt: '2026-03-23T13:00:00.000Z',
    start: '09:00',
    end: '13:00',
    endsNextDay: false,
    scheduledMinutes: 240,
    station: { id: 'station-till', name: 'Till', position: 1, active: true },
    trainee: { id: 'tom', displayName: 'Tom Trainee' },
    supervisor: { id: 'sam', displayName: 'Sam Supervisor' },
    note: null,
    state: 'draft',
    publishedAt: null,
    changedSincePublished: false,
    publishedStartAt: null,
    publishedEndAt: null,
    unplanned: false,
    confirmed: true,
    clockedInAt: null,
    clockedOutAt: null,
    breaks: [],
    approval: null,
    attendance: null,
    creditedMinutes: null,
    locked: false,
    swap: null,
    ...over,
  };
}

export function aWeek(over: Partial<RotaWeek> = {}): RotaWeek {
  const days = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'];
  return {
    weekStart: '2026-03-23',
    days,
    stations: [
      { id: 'station-till', name: 'Till', position: 1, active: true },
      { id: 'station-kitchen', name: 'Kitchen', position: 2, active: true },
      { id: 'station-old', name: 'Old bar', position: 3, active: false },
    ],
    people: [
      { id: 'tom', displayName: 'Tom Trainee', role: 'trainee' },
      { id: 'priya', displayName: 'Priya Trainee', role: 'trainee' },
      { id: 'sam', displayName: 'Sam Supervisor', role: 'supervisor' },
      { id: 'maya', displayName: 'Maya Manager', role: 'manager' },
    ],
    shifts: [],
    conflicts: [],
    drafts: 0,
    changed: 0,
    publishedAt: null,
    ...over,
  };
}
