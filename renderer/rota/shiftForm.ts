import type { InputOf, RotaWeek, Shift } from '../../shared/contract/index.ts';
import { addDays, dayInWords } from './week.ts';

// The shift form as typed, and what it sends. Times stay as the café's clock ("22:00"); the
// core turns them into instants and says, beside the field, what is wrong with them.

export interface ShiftDraft {
  date: string;
  start: string;
  end: string;
  endsNextDay: boolean;
  stationId: string;
  /** '' for an open shift. */
  traineeId: string;
  /** '' for nobody named. */
  supervisorId: string;
  note: string;
}

export const SHIFT_FIELDS = ['date', 'start', 'end', 'endsNextDay', 'stationId', 'traineeId', 'supervisorId', 'note'] as const;

export function newShiftDraft(date: string, stationId: string, traineeId = ''): ShiftDraft {
  return { date, start: '', end: '', endsNextDay: false, stationId, traineeId, supervisorId: '', note: '' };
}

export function draftOfShift(shift: Shift): ShiftDraft {
  return {
    date: shift.day,
    start: shift.start ?? '',
    end: shift.end ?? '',
    endsNextDay: shift.endsNextDay,
    stationId: shift.station?.id ?? '',
    traineeId: shift.trainee?.id ?? '',
    supervisorId: shift.supervisor?.id ?? '',
    note: shift.note ?? '',
  };
}

/** "9:30" and "0930" are read as 09:30; anything else goes to the core as typed, to be explained there. */
export function tidyTime(typed: string): string {
  const t = typed.trim().replace('.', ':');
  const m = /^(\d{1,2}):?(\d{2})$/.exec(t);
  if (!m) return t;
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? ''}`;
}

export function addShiftInput(d: ShiftDraft): InputOf<'rota.addShift'> {
  return {
    date: d.date,
    start: tidyTime(d.start),
    end: tidyTime(d.end),
    endsNextDay: d.endsNextDay,
    stationId: d.stationId,
    traineeId: d.traineeId === '' ? null : d.traineeId,
    supervisorId: d.supervisorId === '' ? null : d.supervisorId,
    note: d.note,
  };
}

/** Only what changed is sent; new times always say whether they end the next day. */
export function moveShiftInput(shift: Shift, d: ShiftDraft): InputOf<'rota.moveShift'> {
  const was = draftOfShift(shift);
  const input: InputOf<'rota.moveShift'> = { shiftId: shift.id };
  const start = tidyTime(d.start);
  const end = tidyTime(d.end);
  if (d.date !== was.date) input.date = d.date;
  if (start !== was.start || end !== was.end || d.endsNextDay !== was.endsNextDay) {
    input.start = start;
    input.end = end;
    input.endsNextDay = d.endsNextDay;
  }
  if (d.stationId !== was.stationId) input.stationId = d.stationId;
  if (d.traineeId !== was.traineeId) input.traineeId = d.traineeId === '' ? null : d.traineeId;
  if (d.supervisorId !== was.supervisorId) input.supervisorId = d.supervisorId === '' ? null : d.supervisorId;
  if (d.note.trim() !== was.note) input.note = d.note;
  return input;
}

/** Nothing changed: Save can just close the form. */
export function isUnchanged(input: InputOf<'rota.moveShift'>): boolean {
  return Object.keys(input).length === 1;
}

/** The days a shift can be put on from this week's grid: this week and the next. */
export function dayChoices(monday: string, alsoDay?: string): { value: string; label: string }[] {
  const days = Array.from({ length: 14 }, (_, i) => addDays(monday, i));
  if (alsoDay && !days.includes(alsoDay)) days.unshift(alsoDay);
  return days.map((day) => ({ value: day, label: dayInWords(day, true) }));
}

export function stationChoices(week: RotaWeek, current?: string): { value: string; label: string }[] {
  return week.stations.filter((s) => s.active || s.id === current).map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (no longer used)` }));
}

/** Who can work a shift: trainees first, then supervisors and managers, named as such. */
export function workerChoices(week: RotaWeek, current?: string): { value: string; label: string }[] {
  const choices = [{ value: '', label: 'Nobody yet (an open shift)' }];
  for (const p of week.people) choices.push({ value: p.id, label: p.role === 'trainee' ? p.displayName : `${p.displayName} (${p.role})` });
  if (current && !week.people.some((p) => p.id === current)) {
    const name = week.shifts.find((s) => s.trainee?.id === current)?.trainee?.displayName ?? 'Someone no longer on the list';
    choices.push({ value: current, label: name });
  }
  return choices;
}

export function supervisorChoices(week: RotaWeek, current?: string): { value: string; label: string }[] {
  const choices = [{ value: '', label: 'Nobody named' }];
  for (const p of week.people) if (p.role !== 'trainee') choices.push({ value: p.id, label: p.displayName });
  if (current && !choices.some((c) => c.value === current)) {
    const name = week.shifts.find((s) => s.supervisor?.id === current)?.supervisor?.displayName ?? 'Someone no longer on the list';
    choices.push({ value: current, label: name });
  }
  return choices;
}
