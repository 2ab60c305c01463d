import { describe, expect, it } from 'vitest';
import type { Shift } from '../../shared/contract/index.ts';
import { attendanceWords, breakWords, clockedWords, durationWords, flagList, myAttendanceWords, scheduledWords, spanWords } from './hoursWords.ts';

describe('hours in words', () => {
  it('says a length the way people do', () => {
    expect(durationWords(0)).toBe('0 hours');
    expect(durationWords(45)).toBe('45 minutes');
    expect(durationWords(1)).toBe('1 minute');
    expect(durationWords(60)).toBe('1 hour');
    expect(durationWords(61)).toBe('1 hour 1 minute');
    expect(durationWords(450)).toBe('7 hours 30 minutes');
    expect(durationWords(540)).toBe('9 hours');
    expect(durationWords(-30)).toBe('minus 30 minutes');
  });

  it('shows times on the café’s clock, summer and winter, and says when a shift ends the next day', () => {
    // 08:00Z is 09:00 in British Summer Time; 12:00Z in January is 12:00.
    expect(spanWords('2030-07-01T08:00:00Z', '2030-07-01T12:00:00Z')).toBe('09:00–13:00');
    expect(spanWords('2030-01-10T12:00:00Z', '2030-01-10T16:30:00Z')).toBe('12:00–16:30');
    // 22:00 BST to 06:00 GMT over the October change.
    expect(spanWords('2030-10-26T21:00:00Z', '2030-10-27T06:00:00Z')).toBe('22:00–06:00 next day');
    expect(spanWords('2030-07-01T08:12:00Z', null)).toBe('09:12 – no clock-out');
  });

  it('says the plan, the clocks and the breaks', () => {
    expect(scheduledWords({ start: '22:00', end: '06:00', endsNextDay: true, unplanned: false })).toBe('22:00–06:00 next day');
    expect(scheduledWords({ start: null, end: null, endsNextDay: false, unplanned: true })).toBe('Not planned');
    expect(clockedWords({ clockedInAt: null, clockedOutAt: null })).toBe('Not clocked in');
    expect(breakWords([{ startAt: '2030-07-01T09:30:00Z', endAt: '2030-07-01T09:45:00Z', paid: false }, { startAt: '2030-07-01T11:00:00Z', endAt: null, paid: false }])).toEqual([
      '10:30–10:45',
      '12:00 – still on break',
    ]);
  });

  it('tells the trainee about attendance kindly, and the supervisor whether an absence was acceptable', () => {
    const late = { status: 'late' as const, lateMinutes: 25, reason: 'bus was late', acceptable: null };
    const shift = (over: Partial<Shift>) => ({ attendance: null, approval: null, unplanned: false, confirmed: true, clockedInAt: null, ...over }) as Shift;
    expect(myAttendanceWords(shift({ attendance: late }))).toBe('Worked, arrived 25 minutes late (bus was late)');
    expect(myAttendanceWords(shift({ attendance: { status: 'absent', lateMinutes: null, reason: 'hospital appointment', acceptable: false } }))).toBe('Not in: hospital appointment');
    expect(myAttendanceWords(shift({ clockedInAt: '2030-07-01T08:00:00Z' }))).toBe('Waiting for a supervisor to approve');
    expect(myAttendanceWords(shift({ unplanned: true, confirmed: false }))).toBe('Not on the rota: a supervisor will confirm it');
    expect(attendanceWords(late)).toBe('Late by 25 minutes: bus was late');
    expect(attendanceWords({ status: 'absent', lateMinutes: null, reason: 'hospital appointment', acceptable: true })).toBe('Absent: hospital appointment (acceptable)');
    expect(attendanceWords({ status: 'cancelled', lateMinutes: null, reason: null, acceptable: null })).toBe('Cancelled by the café');
  });

  it('puts a forgotten clock-out first among the flags', () => {
    expect(flagList(['late', 'no_clock_out'], 23).map((f) => f.text)).toEqual(['Forgot to clock out', 'Late by 23 minutes']);
    expect(flagList(['approved', 'locked'], null).map((f) => f.tone)).toEqual(['done', 'done']);
  });
});
