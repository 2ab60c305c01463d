import { describe, expect, it } from 'vitest';
import type { BreakRow, ShiftRow } from '../rota/shiftRows.ts';
import { creditedMinutes, endOfShiftDay, hoursFlags, matchesPlan, toMinute } from './credit.ts';

function shift(over: Partial<ShiftRow>): ShiftRow {
  return {
    id: 's1', day: '2030-03-04', start_at: '2030-03-04T09:00:00.000Z', end_at: '2030-03-04T13:00:00.000Z', station_id: 'station-till', trainee_id: 'tom', supervisor_id: null,
    note: null, state: 'published', published_at: null, changed_since_published: 0, published_start_at: null, published_end_at: null, unplanned: 0, confirmed_by_id: null,
    confirmed_at: null, clock_in_at: null, clock_out_at: null, approved_start_at: null, approved_end_at: null, approved_break_minutes: null, credited_minutes: null,
    approved_by_id: null, approved_by_name: null, approved_at: null, approval_reason: null, attendance: null, late_minutes: null, attendance_reason: null,
    absence_acceptable: null, created_at: '', updated_at: '', ...over,
  };
}

const openBreak: BreakRow = { id: 'b', shift_id: 's1', start_at: '2030-03-04T11:00:00.000Z', end_at: null, paid: 0 };

describe('placement hours rules', () => {
  it('credits approved time less unpaid breaks, never below nothing', () => {
    expect(creditedMinutes('2030-10-26T21:00:00.000Z', '2030-10-27T06:00:00.000Z', 0)).toBe(540);
    expect(creditedMinutes('2030-03-04T09:00:00.000Z', '2030-03-04T13:00:00.000Z', 30)).toBe(210);
    expect(creditedMinutes('2030-03-04T09:00:00.000Z', '2030-03-04T09:10:00.000Z', 30)).toBe(0);
    expect(toMinute('2030-03-04T09:07:59.999Z')).toBe('2030-03-04T09:07:00.000Z');
  });

  it('matches the plan within the tolerance, both ends, with no break still going on', () => {
    const worked = shift({ clock_in_at: '2030-03-04T09:10:00.000Z', clock_out_at: '2030-03-04T12:50:00.000Z' });
    expect(matchesPlan(worked, [], 10)).toBe(true);
    expect(matchesPlan(worked, [], 9)).toBe(false);
    expect(matchesPlan(worked, [openBreak], 10)).toBe(false);
    expect(matchesPlan(shift({ clock_in_at: '2030-03-04T09:00:00.000Z' }), [], 10)).toBe(false);
  });

  it('a clock-out missing after the planned end is flagged, on shift before it; a night shift’s day ends at its end', () => {
    const open = shift({ clock_in_at: '2030-03-04T09:00:00.000Z' });
    expect(hoursFlags(open, [], new Date('2030-03-04T13:05:00Z'), 10, false)).toEqual(['on_shift']);
    expect(hoursFlags(open, [openBreak], new Date('2030-03-04T11:05:00Z'), 10, false)).toEqual(['on_break', 'on_shift']);
    expect(hoursFlags(open, [], new Date('2030-03-04T13:11:00Z'), 10, false)).toEqual(['no_clock_out']);
    const unplanned = shift({ start_at: null, end_at: null, unplanned: 1, clock_in_at: '2030-03-04T09:00:00.000Z' });
    expect(hoursFlags(unplanned, [], new Date('2030-03-04T23:59:00Z'), 10, false)).toEqual(['unplanned', 'on_shift']);
    expect(hoursFlags(unplanned, [], new Date('2030-03-05T00:00:00Z'), 10, false)).toEqual(['unplanned', 'no_clock_out']);
    expect(endOfShiftDay(shift({ day: '2030-10-26', end_at: '2030-10-27T06:00:00.000Z' }))).toBe('2030-10-27T06:00:00.000Z');
    expect(endOfShiftDay(shift({ day: '2030-07-01', end_at: null }))).toBe('2030-07-01T23:00:00.000Z');
  });

  it('flags a late start, leaving early, staying late and a missing clock-in', () => {
    expect(hoursFlags(shift({ clock_in_at: '2030-03-04T09:25:00.000Z', clock_out_at: '2030-03-04T12:00:00.000Z' }), [], new Date('2030-03-04T14:00:00Z'), 10, false)).toEqual(['late', 'left_early']);
    expect(hoursFlags(shift({ clock_in_at: '2030-03-04T09:00:00.000Z', clock_out_at: '2030-03-04T14:00:00.000Z' }), [], new Date('2030-03-04T14:00:00Z'), 10, true)).toEqual(['locked', 'stayed_late']);
    expect(hoursFlags(shift({}), [], new Date('2030-03-04T09:11:00Z'), 10, false)).toEqual(['not_clocked_in']);
    expect(hoursFlags(shift({}), [], new Date('2030-03-04T09:10:00Z'), 10, false)).toEqual([]);
  });
});
