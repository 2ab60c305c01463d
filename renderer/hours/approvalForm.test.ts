import { describe, expect, it } from 'vitest';
import type { DayHoursRow, Shift } from '../../shared/contract/index.ts';
import { approvalFormFor, approvalInput, fieldsFor } from './approvalForm.ts';

const shift: Shift = {
  id: 'shift-1',
  day: '2030-07-01',
  startAt: '2030-07-01T08:00:00.000Z',
  endAt: '2030-07-01T12:00:00.000Z',
  start: '09:00',
  end: '13:00',
  endsNextDay: false,
  scheduledMinutes: 240,
  station: { id: 'station-till', name: 'Till', position: 1, active: true },
  trainee: { id: 'tom', displayName: 'Tom Trainee' },
  supervisor: null,
  note: null,
  state: 'published',
  publishedAt: '2030-06-24T10:00:00.000Z',
  changedSincePublished: false,
  publishedStartAt: null,
  publishedEndAt: null,
  unplanned: false,
  confirmed: true,
  clockedInAt: '2030-07-01T08:20:40.000Z',
  clockedOutAt: null,
  breaks: [],
  approval: null,
  attendance: null,
  creditedMinutes: null,
  locked: false,
  swap: null,
};

const row = (over: Partial<Shift> = {}, late: number | null = 20): Pick<DayHoursRow, 'lateMinutes' | 'clockedBreakMinutes'> & { shift: Shift } => ({
  shift: { ...shift, ...over },
  lateMinutes: late,
  clockedBreakMinutes: 15,
});

describe('the supervisor’s hours form', () => {
  it('starts from the clocks, and leaves a forgotten clock-out empty rather than guess it', () => {
    expect(approvalFormFor(row())).toEqual({
      attendance: 'late',
      start: '09:20',
      end: '',
      endsNextDay: false,
      breakMinutes: '15',
      lateMinutes: '20',
      absenceAcceptable: '',
      reason: '',
    });
  });

  it('shows what was approved when changing an approved shift', () => {
    const approved = row({
      clockedOutAt: '2030-07-01T12:01:00.000Z',
      approval: { startAt: '2030-07-01T08:20:00.000Z', endAt: '2030-07-01T12:00:00.000Z', breakMinutes: 15, by: { id: 'sam', displayName: 'Sam' }, at: '2030-07-01T13:00:00.000Z', reason: 'left at 13:00' },
      attendance: { status: 'late', lateMinutes: 20, reason: 'bus', acceptable: null },
    });
    expect(approvalFormFor(approved)).toMatchObject({ attendance: 'late', start: '09:20', end: '13:00', breakMinutes: '15', lateMinutes: '20', reason: 'left at 13:00' });
  });

  it('a night shift clocked out after midnight ends the next day', () => {
    const night = row({ day: '2030-10-26', start: '22:00', end: '06:00', endsNextDay: true, clockedInAt: '2030-10-26T21:00:00.000Z', clockedOutAt: '2030-10-27T06:00:00.000Z' }, null);
    expect(approvalFormFor(night)).toMatchObject({ attendance: 'attended', start: '22:00', end: '06:00', endsNextDay: true });
  });

  it('sends the times, break, lateness and reason for a worked shift', () => {
    const form = { ...approvalFormFor(row()), end: '13:00', reason: ' forgot to clock out; bus was late ' };
    expect(approvalInput('shift-1', form)).toEqual({
      input: { shiftId: 'shift-1', attendance: 'late', start: '09:20', end: '13:00', breakMinutes: 15, lateMinutes: 20, reason: 'forgot to clock out; bus was late' },
    });
  });

  it('leaves an empty end out, so the core can say it is needed', () => {
    expect(approvalInput('shift-1', { ...approvalFormFor(row()), attendance: 'attended' })).toEqual({ input: { shiftId: 'shift-1', attendance: 'attended', start: '09:20', breakMinutes: 15 } });
  });

  it('an absence sends no times, only the reason and whether it was acceptable', () => {
    const form = { ...approvalFormFor(row()), attendance: 'absent' as const, absenceAcceptable: 'yes' as const, reason: 'hospital appointment' };
    expect(approvalInput('shift-1', form)).toEqual({ input: { shiftId: 'shift-1', attendance: 'absent', absenceAcceptable: true, reason: 'hospital appointment' } });
    expect(approvalInput('shift-1', { ...form, attendance: 'cancelled', reason: '' })).toEqual({ input: { shiftId: 'shift-1', attendance: 'cancelled' } });
  });

  it('says which box holds something that is not a number of minutes', () => {
    expect(approvalInput('shift-1', { ...approvalFormFor(row()), breakMinutes: 'a quarter' })).toEqual({ problem: 'Type the break as whole minutes, like 15 (0 for none).', field: 'breakMinutes' });
    expect(approvalInput('shift-1', { ...approvalFormFor(row()), lateMinutes: '-5' })).toEqual({ problem: 'Type the minutes late as a whole number, like 20.', field: 'lateMinutes' });
  });

  it('asks only for the boxes a status needs', () => {
    expect(fieldsFor('late')).toEqual({ times: true, late: true, acceptable: false });
    expect(fieldsFor('absent')).toEqual({ times: false, late: false, acceptable: true });
    expect(fieldsFor('cancelled')).toEqual({ times: false, late: false, acceptable: false });
  });
});
