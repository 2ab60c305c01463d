import { describe, expect, it } from 'vitest';
import { addShiftInput, dayChoices, draftOfShift, isUnchanged, moveShiftInput, newShiftDraft, stationChoices, supervisorChoices, tidyTime, workerChoices } from './shiftForm.ts';
import { aShift, aWeek } from './testShifts.ts';

describe('the shift form', () => {
  it('a new open shift sends no trainee and no supervisor, and times as typed on the café clock', () => {
    const draft = { ...newShiftDraft('2026-03-24', 'station-kitchen'), start: '9:30', end: '1400', note: ' Deep clean ' };
    expect(addShiftInput(draft)).toEqual({ date: '2026-03-24', start: '09:30', end: '14:00', endsNextDay: false, stationId: 'station-kitchen', traineeId: null, supervisorId: null, note: ' Deep clean ' });
  });

  it('tidies times people type, and leaves nonsense for the core to explain', () => {
    expect(tidyTime('9:00')).toBe('09:00');
    expect(tidyTime('21.30')).toBe('21:30');
    expect(tidyTime(' 0600 ')).toBe('06:00');
    expect(tidyTime('half nine')).toBe('half nine');
    expect(tidyTime('25:00')).toBe('25:00');
  });

  it('changing a shift sends only what changed; new times always say whether they end the next day', () => {
    const shift = aShift({ note: 'Card machine' });
    const same = draftOfShift(shift);
    expect(isUnchanged(moveShiftInput(shift, same))).toBe(true);
    expect(moveShiftInput(shift, { ...same, date: '2026-03-27' })).toEqual({ shiftId: 'sh-1', date: '2026-03-27' });
    expect(moveShiftInput(shift, { ...same, start: '10:00', end: '14:00' })).toEqual({ shiftId: 'sh-1', start: '10:00', end: '14:00', endsNextDay: false });
    expect(moveShiftInput(shift, { ...same, traineeId: '' })).toEqual({ shiftId: 'sh-1', traineeId: null });
    expect(moveShiftInput(shift, { ...same, note: '' })).toEqual({ shiftId: 'sh-1', note: '' });
    expect(moveShiftInput(shift, { ...same, endsNextDay: true, end: '06:00' })).toMatchObject({ end: '06:00', endsNextDay: true });
  });

  it('offers the days of this week and the next, and the shift’s own day if it is elsewhere', () => {
    const days = dayChoices('2026-03-23');
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({ value: '2026-03-23', label: 'Monday 23 March 2026' });
    expect(days[13]?.value).toBe('2026-04-05');
    expect(dayChoices('2026-03-23', '2026-03-20')[0]?.value).toBe('2026-03-20');
  });

  it('offers stations in use, people by role, and supervisors only for the supervisor on duty', () => {
    const week = aWeek();
    expect(stationChoices(week).map((c) => c.label)).toEqual(['Till', 'Kitchen']);
    expect(stationChoices(week, 'station-old').map((c) => c.label)).toEqual(['Till', 'Kitchen', 'Old bar (no longer used)']);
    expect(workerChoices(week).map((c) => c.label)).toEqual(['Nobody yet (an open shift)', 'Tom Trainee', 'Priya Trainee', 'Sam Supervisor (supervisor)', 'Maya Manager (manager)']);
    expect(supervisorChoices(week).map((c) => c.label)).toEqual(['Nobody named', 'Sam Supervisor', 'Maya Manager']);
  });
});
