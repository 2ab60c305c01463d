import { describe, expect, it } from 'vitest';
import { bulkWords, conflictsByShift, gridRows, lengthInWords, publishedWords, publishQuestion, shiftInWords, shiftStatus, shiftTimes, weekStateWords } from './grid.ts';
import { aShift, aWeek } from './testShifts.ts';

const tomMonday = aShift({ id: 'a', trainee: { id: 'tom', displayName: 'Tom Trainee' } });
const openTuesday = aShift({ id: 'b', day: '2026-03-24', startAt: '2026-03-24T10:00:00.000Z', start: '10:00', trainee: null, station: { id: 'station-kitchen', name: 'Kitchen', position: 2, active: true } });
const earlyMonday = aShift({ id: 'c', startAt: '2026-03-23T07:00:00.000Z', start: '07:00', trainee: { id: 'priya', displayName: 'Priya Trainee' } });

describe('the rota grid', () => {
  it('by station: a row per station in order, each day’s shifts by start time, a retired station said so', () => {
    const rows = gridRows(aWeek({ shifts: [tomMonday, openTuesday, earlyMonday] }), 'stations');
    expect(rows.map((r) => [r.label, r.note])).toEqual([
      ['Till', null],
      ['Kitchen', null],
      ['Old bar', 'No longer used'],
    ]);
    expect(rows[0]?.cells[0]?.shifts.map((s) => s.id)).toEqual(['c', 'a']);
    expect(rows[1]?.cells[1]?.shifts.map((s) => s.id)).toEqual(['b']);
    expect(rows[0]?.cells).toHaveLength(7);
    // Nothing new is planned at a station no longer used.
    expect(rows[2]?.stationId).toBeNull();
  });

  it('by person: open shifts first, then each person, and someone switched off still shows with their shifts', () => {
    const gone = aShift({ id: 'd', trainee: { id: 'alex', displayName: 'Alex Former' } });
    const rows = gridRows(aWeek({ shifts: [tomMonday, openTuesday, gone] }), 'people');
    expect(rows.map((r) => r.label)).toEqual(['Open shifts', 'Tom Trainee', 'Priya Trainee', 'Sam Supervisor', 'Maya Manager', 'Alex Former']);
    expect(rows[0]?.cells[1]?.shifts.map((s) => s.id)).toEqual(['b']);
    expect(rows[1]?.cells[0]?.shifts.map((s) => s.id)).toEqual(['a']);
    expect(rows[1]?.traineeId).toBe('tom');
    expect(rows[3]?.note).toBe('Supervisor');
    expect(rows[5]?.note).toBe('No longer on the staff list');
  });

  it('a clock-in nobody planned has its own row, not a station’s', () => {
    const unplanned = aShift({ id: 'u', station: null, startAt: null, endAt: null, start: null, end: null, unplanned: true, clockedInAt: '2026-03-23T09:05:00.000Z' });
    const rows = gridRows(aWeek({ shifts: [unplanned] }), 'stations');
    expect(rows.at(-1)).toMatchObject({ label: 'No station', stationId: null });
    expect(shiftTimes(unplanned)).toBe('Clocked in 09:05');
    expect(shiftStatus(unplanned).label).toBe('Not planned');
  });

  it('says times in the café’s clock, a night shift ending the next day, and its real length', () => {
    expect(shiftTimes(tomMonday)).toBe('09:00–13:00');
    expect(shiftTimes(aShift({ start: '22:00', end: '06:00', endsNextDay: true }))).toBe('22:00–06:00 next day');
    expect(lengthInWords(420)).toBe('7 hours');
    expect(lengthInWords(450)).toBe('7 hours 30 minutes');
    expect(lengthInWords(60)).toBe('1 hour');
    expect(lengthInWords(45)).toBe('45 minutes');
    expect(shiftInWords(openTuesday)).toBe('An open shift on Kitchen, Tuesday 24 March, 10:00–13:00');
  });

  it('says where a shift stands in words: draft, published, changed (with what was published), cancelled', () => {
    expect(shiftStatus(tomMonday)).toMatchObject({ key: 'draft', label: 'Draft' });
    expect(shiftStatus(aShift({ state: 'published' }))).toMatchObject({ key: 'published', label: 'Published' });
    const moved = aShift({ state: 'published', changedSincePublished: true, publishedStartAt: '2026-03-23T08:00:00.000Z', publishedEndAt: '2026-03-23T12:00:00.000Z' });
    expect(shiftStatus(moved)).toMatchObject({ key: 'changed', label: 'Changed' });
    expect(shiftStatus(moved).detail).toContain('Published as 08:00–12:00.');
    const cancelled = aShift({ state: 'published', changedSincePublished: true, attendance: { status: 'cancelled', lateMinutes: null, reason: null, acceptable: null } });
    expect(shiftStatus(cancelled)).toMatchObject({ key: 'cancelled', label: 'Cancelled' });
  });

  it('groups the core’s conflicts by shift', () => {
    const map = conflictsByShift([
      { kind: 'unavailable', shiftId: 'a', otherShiftId: null, staffId: 'tom', message: 'Tom cannot work Mondays.' },
      { kind: 'too_long', shiftId: 'a', otherShiftId: null, staffId: 'tom', message: 'Too long.' },
      { kind: 'time_off', shiftId: 'b', otherShiftId: null, staffId: 'tom', message: 'Time off.' },
    ]);
    expect(map.get('a')?.map((c) => c.kind)).toEqual(['unavailable', 'too_long']);
    expect(map.get('b')).toHaveLength(1);
    expect(map.get('z')).toBeUndefined();
  });
});

describe('publishing the week', () => {
  it('says what is waiting', () => {
    expect(weekStateWords(aWeek())).toBe('Nothing planned this week yet.');
    expect(weekStateWords(aWeek({ shifts: [tomMonday, openTuesday], drafts: 2 }))).toBe('2 draft shifts not published yet: trainees cannot see them until you publish.');
    expect(weekStateWords(aWeek({ shifts: [tomMonday], drafts: 0, changed: 1 }))).toBe('1 change not published yet: trainees cannot see it until you publish.');
    expect(weekStateWords(aWeek({ shifts: [tomMonday, openTuesday] }))).toBe('2 shifts, all published.');
  });

  it('asks how many shifts become visible, and says so after', () => {
    expect(publishQuestion({ drafts: 0, changed: 0 })).toBeNull();
    expect(publishQuestion({ drafts: 4, changed: 0 })).toBe('Publish 4 new shifts? 4 shifts become visible to trainees on My shifts.');
    expect(publishQuestion({ drafts: 1, changed: 2 })).toBe('Publish 1 new shift and 2 changes? 1 shift becomes visible to trainees on My shifts.');
    expect(publishQuestion({ drafts: 0, changed: 1 })).toBe('Publish 1 change? Trainees see the changes on My shifts.');
    expect(publishedWords({ weekStart: '2026-03-23', published: 4, changes: 0 })).toBe('Published: 4 shifts are now visible to trainees.');
    expect(publishedWords({ weekStart: '2026-03-23', published: 1, changes: 1 })).toBe('Published: 1 shift is now visible to trainees, and 1 change is now published.');
    expect(publishedWords({ weekStart: '2026-03-23', published: 0, changes: 0 })).toBe('There was nothing new to publish.');
  });

  it('says what copying a week did, shift by shift where it could not copy as planned', () => {
    const words = bulkWords({ added: 3, leftOpen: [{ shiftId: 'x', message: 'Left open, Monday: Tom is on Kitchen then.' }], skipped: [{ message: 'Not copied, Sunday 01:30–06:00: there is no 01:30.' }] }, 'Copied last week');
    expect(words.text).toBe('Copied last week: 3 shifts added as drafts, 1 left open, 1 not copied.');
    expect(words.details).toEqual(['Left open, Monday: Tom is on Kitchen then.', 'Not copied, Sunday 01:30–06:00: there is no 01:30.']);
  });
});
