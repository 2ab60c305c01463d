import { describe, expect, it } from 'vitest';
import { dayFromParts, partsOfDay, timeOffInput, timeOffWords, unavailableInput, unavailableWords } from './availabilityForm.ts';

describe('availability forms', () => {
  it('reads a date typed in three boxes', () => {
    expect(dayFromParts({ day: '6', month: '4', year: '2026' }, 'first day')).toEqual({ ok: true, day: '2026-04-06' });
    expect(dayFromParts({ day: '29', month: '02', year: '2028' }, 'first day')).toEqual({ ok: true, day: '2028-02-29' });
    expect(partsOfDay('2026-04-06')).toEqual({ day: '6', month: '4', year: '2026' });
  });

  it('says when a day does not exist, in words', () => {
    expect(dayFromParts({ day: '31', month: '4', year: '2026' }, 'first day')).toEqual({ ok: false, message: '31 April 2026 does not exist: April has 30 days.' });
    expect(dayFromParts({ day: '29', month: '2', year: '2027' }, 'first day')).toEqual({ ok: false, message: '29 February 2027 does not exist: February has 28 days that year.' });
    expect(dayFromParts({ day: '3', month: '13', year: '2026' }, 'first day')).toEqual({ ok: false, message: 'There is no month 13: the month is a number from 1 to 12.' });
    expect(dayFromParts({ day: '', month: '', year: '' }, 'first day')).toEqual({ ok: false, message: 'Enter the first day: day, month and year.' });
    expect(dayFromParts({ day: 'sixth', month: '4', year: '2026' }, 'first day')).toMatchObject({ ok: false, message: 'Enter the first day as numbers, like 6 4 2026 for 6 April.' });
  });

  it('one day off needs only the first day; a bad last day is said beside the last day', () => {
    const one = timeOffInput({ from: { day: '6', month: '4', year: '2026' }, to: { day: '', month: '', year: '' }, reason: 'Court' }, undefined);
    expect(one).toEqual({ ok: true, input: { from: '2026-04-06', to: '2026-04-06', reason: 'Court' } });
    const bad = timeOffInput({ from: { day: '6', month: '4', year: '2026' }, to: { day: '31', month: '4', year: '2026' }, reason: '' }, 'jordan');
    expect(bad).toEqual({ ok: false, field: 'to', message: '31 April 2026 does not exist: April has 30 days.' });
    const forSomeone = timeOffInput({ from: { day: '6', month: '4', year: '2026' }, to: { day: '10', month: '4', year: '2026' }, reason: '' }, 'jordan');
    expect(forSomeone).toEqual({ ok: true, input: { staffId: 'jordan', from: '2026-04-06', to: '2026-04-10', reason: '' } });
  });

  it('a weekly time sends the weekday as a number and tidied times; no day chosen is left for the core to name', () => {
    expect(unavailableInput({ weekday: '2', from: '9:00', to: '12:30', note: 'College' }, undefined)).toEqual({ weekday: 2, from: '09:00', to: '12:30', note: 'College' });
    expect(unavailableInput({ weekday: '', from: '09:00', to: '24:00', note: '' }, 'jordan')).toEqual({ staffId: 'jordan', weekday: 0, from: '09:00', to: '24:00', note: '' });
  });

  it('says the times in words', () => {
    expect(unavailableWords({ weekday: 2, from: '09:00', to: '12:00', note: 'College' })).toBe('Tuesdays 09:00–12:00 (College)');
    expect(unavailableWords({ weekday: 7, from: '00:00', to: '24:00', note: null })).toBe('Sundays all day');
    expect(timeOffWords({ from: '2026-04-06', to: '2026-04-06', reason: null })).toBe('Monday 6 April 2026');
    expect(timeOffWords({ from: '2026-04-06', to: '2026-04-10', reason: 'Holiday' })).toBe('Monday 6 April 2026 to Friday 10 April 2026 (Holiday)');
  });
});
