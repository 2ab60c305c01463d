import { describe, expect, it } from 'vitest';
import { addDays, dayWords, firstOfMonth, isDay, lastOfMonth, mondayOf, periodOf, periodWords, shortDayWords } from './periods.ts';

describe('café days, weeks and months', () => {
  it('a week runs Monday to Sunday, whatever day it is asked from', () => {
    expect(mondayOf('2030-10-27')).toBe('2030-10-21'); // a Sunday
    expect(mondayOf('2030-10-21')).toBe('2030-10-21');
    expect(periodOf('week', '2030-10-31')).toEqual({ kind: 'week', from: '2030-10-28', to: '2030-11-03' });
  });

  it('a month is its calendar month, leap years included', () => {
    expect(periodOf('month', '2030-10-15')).toEqual({ kind: 'month', from: '2030-10-01', to: '2030-10-31' });
    expect(lastOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(lastOfMonth('2030-02-10')).toBe('2030-02-28');
    expect(firstOfMonth('2030-12-31')).toBe('2030-12-01');
  });

  it('adds days across months, years and the clock changes', () => {
    expect(addDays('2030-10-26', 1)).toBe('2030-10-27');
    expect(addDays('2030-10-27', 1)).toBe('2030-10-28');
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28');
  });

  it('says days and periods in words', () => {
    expect(dayWords('2030-10-01')).toBe('Tuesday 1 October 2030');
    expect(shortDayWords('2030-10-27')).toBe('Sun 27 Oct');
    expect(periodWords({ kind: 'month', from: '2030-10-01' })).toBe('October 2030');
    expect(periodWords({ kind: 'week', from: '2030-10-21' })).toBe('the week of Monday 21 October 2030');
  });

  it('knows a real day from something typed', () => {
    expect(isDay('2030-02-28')).toBe(true);
    expect(isDay('2030-02-30')).toBe(false);
    expect(isDay('30/02/2030')).toBe(false);
    expect(isDay('')).toBe(false);
  });
});
