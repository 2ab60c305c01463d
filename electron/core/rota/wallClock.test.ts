import { describe, expect, it } from 'vitest';
import { formatCafeTime } from '../../../shared/dates.ts';
import { AppError } from '../errors.ts';
import { addDays, cafeClockOf, cafeDayOf, daysBetween, lastOfMonth, mondayOf, shiftInstants, wallClockInstant, wallClockInstantOrAfter, wallClockInstants, weekdayOf } from './wallClock.ts';

// 2030: the clocks go forward at 01:00 GMT on Sunday 31 March and back at 02:00 BST on Sunday 27 October.

describe('the café wall clock', () => {
  it('an ordinary time happens once, an hour earlier in UTC in summer', () => {
    expect(wallClockInstants('2030-01-15', '09:30').map((d) => d.toISOString())).toEqual(['2030-01-15T09:30:00.000Z']);
    expect(wallClockInstants('2030-07-15', '09:30').map((d) => d.toISOString())).toEqual(['2030-07-15T08:30:00.000Z']);
  });

  it('01:30 does not happen on the last Sunday of March, and is refused naming the field', () => {
    expect(wallClockInstants('2030-03-31', '01:30')).toEqual([]);
    expect(wallClockInstants('2030-03-31', '01:00')).toEqual([]);
    expect(wallClockInstants('2030-03-31', '02:00').map((d) => d.toISOString())).toEqual(['2030-03-31T01:00:00.000Z']);
    expect(wallClockInstants('2030-03-31', '00:59').map((d) => d.toISOString())).toEqual(['2030-03-31T00:59:00.000Z']);
    let error: unknown;
    try {
      wallClockInstant('2030-03-31', '01:30', 'start');
    } catch (cause) {
      error = cause;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toApiError()).toEqual({
      code: 'invalid_input',
      field: 'start',
      message: 'There is no 01:30 on Sunday 31 March 2030: the clocks go forward an hour that night. Choose a time outside the missing hour.',
    });
    // For a window of unavailability, a missing time lands when the clocks jump.
    expect(wallClockInstantOrAfter('2030-03-31', '01:30').toISOString()).toBe('2030-03-31T01:00:00.000Z');
    expect(wallClockInstantOrAfter('2030-03-30', '24:00').toISOString()).toBe('2030-03-31T00:00:00.000Z');
  });

  it('01:30 happens twice on the last Sunday of October; Apron takes the first (summer time)', () => {
    expect(wallClockInstants('2030-10-27', '01:30').map((d) => d.toISOString())).toEqual(['2030-10-27T00:30:00.000Z', '2030-10-27T01:30:00.000Z']);
    expect(wallClockInstant('2030-10-27', '01:30', 'start').toISOString()).toBe('2030-10-27T00:30:00.000Z');
    expect(wallClockInstant('2030-10-27', '02:00', 'start').toISOString()).toBe('2030-10-27T02:00:00.000Z');
  });

  it('a night shift ends the next day and is its real length across a change', () => {
    const oct = shiftInstants('2030-10-26', '22:00', '06:00', true);
    expect((oct.endAt.getTime() - oct.startAt.getTime()) / 3_600_000).toBe(9);
    const mar = shiftInstants('2030-03-30', '22:00', '06:00', true);
    expect((mar.endAt.getTime() - mar.startAt.getTime()) / 3_600_000).toBe(7);
    expect(() => shiftInstants('2030-03-30', '22:00', '06:00', false)).toThrow('The shift must end after it starts');
  });

  it('reads the café clock as the shared formatter does, every quarter hour across both changes', () => {
    for (const [from, to] of [['2030-03-30T20:00:00Z', '2030-03-31T04:00:00Z'], ['2030-10-26T20:00:00Z', '2030-10-27T04:00:00Z']] as const) {
      for (let ms = Date.parse(from); ms <= Date.parse(to); ms += 15 * 60_000) {
        expect([cafeDayOf(new Date(ms)), cafeClockOf(new Date(ms).toISOString())]).toEqual([formatCafeTime(new Date(ms), 'yyyy-MM-dd'), formatCafeTime(new Date(ms), 'HH:mm')]);
      }
    }
  });

  it('days, weeks and months are calendar arithmetic', () => {
    expect(addDays('2030-02-28', 1)).toBe('2030-03-01');
    expect(addDays('2030-03-31', -31)).toBe('2030-02-28');
    expect([weekdayOf('2030-03-04'), weekdayOf('2030-03-10')]).toEqual([1, 7]);
    expect(mondayOf('2030-03-10')).toBe('2030-03-04');
    expect(lastOfMonth('2032-02-10')).toBe('2032-02-29');
    expect(daysBetween('2030-03-01', '2030-04-01')).toBe(31);
    expect(cafeDayOf('2030-06-30T23:30:00.000Z')).toBe('2030-07-01');
  });
});
