import { describe, expect, it } from 'vitest';
import { chooseCopyDay, closeDialog, done, editShiftDraft, openDialog, refused, sending, showView, showWeek, startPlanner, weekLoaded } from './planner.ts';
import { newShiftDraft } from './shiftForm.ts';
import { aWeek } from './testShifts.ts';

const busyTom = { code: 'conflict' as const, message: 'Tom Trainee is already on Till 09:00–13:00 on Monday 23 March 2026.', field: 'traineeId' };

describe('the week planner', () => {
  it('drops an answer for a week the person has already moved away from', () => {
    const s = showWeek(startPlanner('2026-03-16'), '2026-03-23');
    expect(weekLoaded(s, aWeek({ weekStart: '2026-03-16' })).week).toBeNull();
    expect(weekLoaded(s, aWeek()).week?.weekStart).toBe('2026-03-23');
  });

  it('another week closes whatever was open, as Cancel does', () => {
    let s = openDialog(weekLoaded(startPlanner('2026-03-23'), aWeek()), { kind: 'publish' });
    s = showWeek(s, '2026-03-30');
    expect(s).toMatchObject({ monday: '2026-03-30', week: null, dialog: null, error: null });
    expect(showWeek(s, '2026-03-30')).toBe(s);
    expect(showView(s, 'people').view).toBe('people');
  });

  it('a refusal keeps the form open with what was typed; done closes it and says what happened', () => {
    let s = openDialog(startPlanner('2026-03-23'), { kind: 'add', draft: newShiftDraft('2026-03-23', 'station-till') });
    s = editShiftDraft(s, { start: '12:00', end: '15:00', traineeId: 'tom' });
    s = refused(sending(s), busyTom);
    expect(s).toMatchObject({ busy: false, error: busyTom, dialog: { kind: 'add', draft: { start: '12:00', end: '15:00', traineeId: 'tom' } } });
    s = done(s, { text: 'Added a draft shift.', details: [], putBack: null });
    expect(s).toMatchObject({ dialog: null, error: null, notice: { text: 'Added a draft shift.' } });
  });

  it('opening a dialog clears the last notice, but not while a call is on its way', () => {
    let s = done(startPlanner('2026-03-23'), { text: 'Removed.', details: [], putBack: newShiftDraft('2026-03-23', 'station-till') });
    s = openDialog(s, { kind: 'templates' });
    expect(s.notice).toBeNull();
    const waiting = sending(closeDialog(s));
    expect(openDialog(waiting, { kind: 'publish' })).toBe(waiting);
  });

  it('edits only the dialog it is for', () => {
    const copy = openDialog(startPlanner('2026-03-23'), { kind: 'copy', shiftId: 'a', date: '2026-03-24' });
    expect(editShiftDraft(copy, { start: '10:00' })).toBe(copy);
    expect(chooseCopyDay(copy, '2026-03-26').dialog).toEqual({ kind: 'copy', shiftId: 'a', date: '2026-03-26' });
  });
});
