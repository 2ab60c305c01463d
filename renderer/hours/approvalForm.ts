import type { AttendanceStatus, DayHoursRow, InputOf, Shift } from '../../shared/contract/index.ts';
import { formatCafeClock, formatCafeTime } from '../../shared/dates.ts';

// The supervisor's form for one shift's hours: filled from what the clocks say (a missing
// clock-out stays empty: Apron never guesses when someone left), and turned into
// hours.approveShift's input. Whether the times need a reason, and every other rule, is
// the core's to say; this only reads numbers typed as numbers.

export interface ApprovalForm {
  attendance: AttendanceStatus;
  start: string;
  end: string;
  endsNextDay: boolean;
  breakMinutes: string;
  lateMinutes: string;
  /** For an absence: was the reason acceptable? Empty until chosen. */
  absenceAcceptable: '' | 'yes' | 'no';
  reason: string;
}

export type ApprovalField = 'attendance' | 'start' | 'end' | 'endsNextDay' | 'breakMinutes' | 'lateMinutes' | 'absenceAcceptable' | 'reason';

function clockOf(at: string | null): string {
  return at ? formatCafeClock(at) : '';
}

function endsAfterDay(day: string, at: string | null): boolean {
  return at !== null && formatCafeTime(at, 'yyyy-MM-dd') > day;
}

export function approvalFormFor(row: Pick<DayHoursRow, 'lateMinutes' | 'clockedBreakMinutes'> & { shift: Shift }): ApprovalForm {
  const { shift } = row;
  const a = shift.attendance;
  if (shift.approval && a) {
    return {
      attendance: a.status,
      start: clockOf(shift.approval.startAt),
      end: clockOf(shift.approval.endAt),
      endsNextDay: endsAfterDay(shift.day, shift.approval.endAt),
      breakMinutes: String(shift.approval.breakMinutes),
      lateMinutes: a.lateMinutes === null ? '' : String(a.lateMinutes),
      absenceAcceptable: a.acceptable === null ? '' : a.acceptable ? 'yes' : 'no',
      reason: shift.approval.reason ?? a.reason ?? '',
    };
  }
  const start = shift.clockedInAt ? clockOf(shift.clockedInAt) : (shift.start ?? '');
  const end = clockOf(shift.clockedOutAt);
  return {
    attendance: a?.status ?? (row.lateMinutes !== null ? 'late' : 'attended'),
    start,
    end,
    endsNextDay: shift.clockedOutAt ? endsAfterDay(shift.day, shift.clockedOutAt) : shift.endsNextDay,
    breakMinutes: String(row.clockedBreakMinutes),
    lateMinutes: row.lateMinutes === null ? '' : String(row.lateMinutes),
    absenceAcceptable: '',
    reason: '',
  };
}

export type ApproveShiftInput = InputOf<'hours.approveShift'>;

function wholeMinutes(text: string): number | null {
  const t = text.trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

/** hours.approveShift's input, or which box holds something that is not a number. */
export function approvalInput(shiftId: string, form: ApprovalForm): { input: ApproveShiftInput } | { problem: string; field: ApprovalField } {
  const reason = form.reason.trim();
  const base = { shiftId, attendance: form.attendance, ...(reason ? { reason } : {}) };
  if (form.attendance === 'absent') {
    return { input: { ...base, ...(form.absenceAcceptable === '' ? {} : { absenceAcceptable: form.absenceAcceptable === 'yes' }) } };
  }
  if (form.attendance === 'cancelled') return { input: base };

  const input: ApproveShiftInput = { ...base };
  if (form.start.trim() !== '') input.start = form.start.trim();
  if (form.end.trim() !== '') input.end = form.end.trim();
  if (form.endsNextDay) input.endsNextDay = true;
  if (form.breakMinutes.trim() !== '') {
    const b = wholeMinutes(form.breakMinutes);
    if (b === null) return { problem: 'Type the break as whole minutes, like 15 (0 for none).', field: 'breakMinutes' };
    input.breakMinutes = b;
  }
  if (form.attendance === 'late' && form.lateMinutes.trim() !== '') {
    const late = wholeMinutes(form.lateMinutes);
    if (late === null) return { problem: 'Type the minutes late as a whole number, like 20.', field: 'lateMinutes' };
    input.lateMinutes = late;
  }
  return { input };
}

/** The boxes a status asks for. */
export function fieldsFor(status: AttendanceStatus): { times: boolean; late: boolean; acceptable: boolean } {
  return { times: status === 'attended' || status === 'late', late: status === 'late', acceptable: status === 'absent' };
}

/** The hint under the reason box, for the status chosen. */
export function reasonHint(status: AttendanceStatus): string {
  switch (status) {
    case 'attended':
      return 'Needed when the times differ from the clock, for example: forgot to clock out, left at 13:00.';
    case 'late':
      return 'Why they were late, and why the times differ from the clock if they do. Kept to support them, never as discipline.';
    case 'absent':
      return 'Why they were not in. Kept to support them, never as discipline.';
    case 'cancelled':
      return 'Optional: why the café cancelled the shift.';
  }
}
