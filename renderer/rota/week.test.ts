import { describe, expect, it } from 'vitest';
import { addDays, cafeToday, dayInWords, daysInMonth, daysOfWeek, dayShort, mondayOf, weekdayOf, weekHeading, weekRelation } from './week.ts';

describe('the rota week', () => {
  it('today is the café’s date in London, not the PC’s zone: 23:30 UTC in summer is already tomorrow', () => {
    expect(cafeToday(new Date('2026-07-14T23:30:00Z'))).toBe('2026-07-15');
    expect(cafeToday(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-14');
  });

  it('a week runs Monday to Sunday, across a month and a year end', () => {
    expect(mondayOf('2026-03-18')).toBe('2026-03-16');
    expect(mondayOf('2026-03-16')).toBe('2026-03-16');
    expect(mondayOf('2026-03-22')).toBe('2026-03-16');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(daysOfWeek('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weekdayOf('2026-03-29')).toBe(7);
  });

  it('adding days over the March clock change still moves whole days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it('names days and weeks in words', () => {
    expect(dayInWords('2026-03-23')).toBe('Monday 23 March');
    expect(dayInWords('2026-03-29', true)).toBe('Sunday 29 March 2026');
    expect(dayShort('2026-03-25')).toBe('Wed 25 Mar');
    expect(weekHeading('2026-03-23')).toBe('Week of Monday 23 March 2026');
  });

  it('says how the week shown stands to this one', () => {
    expect(weekRelation('2026-03-16', '2026-03-18')).toBe('This week');
    expect(weekRelation('2026-03-23', '2026-03-18')).toBe('Next week');
    expect(weekRelation('2026-03-09', '2026-03-22')).toBe('Last week');
    expect(weekRelation('2026-03-30', '2026-03-18')).toBeNull();
    // The week after the clocks change is still a whole week later.
    expect(weekRelation('2026-03-30', '2026-03-25')).toBe('Next week');
  });

  it('knows February’s length in leap years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
  });
});
