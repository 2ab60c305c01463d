import { z } from 'zod';
import { method } from './define.ts';
import { idSchema, optionalText, text } from './fields.ts';
import { rotaDay, wallTime, type AttendanceStatus, type PersonRef, type Shift } from './rota.ts';

// Placement hours. Each shift keeps scheduled, clocked and approved times; only approved time
// less unpaid breaks becomes credited minutes. A supervisor approves a day in one view (in
// bulk where the clocks match the plan within the tolerance, one by one with a reason
// otherwise); a manager certifies a week or month, which locks it until reopened with a reason.

export const attendanceStatuses = ['attended', 'late', 'absent', 'cancelled'] as const satisfies readonly AttendanceStatus[];

/**
 * What the day view points out. `no_clock_out`: the café day is over and the person never
 * clocked out (Apron never guesses when they left); `on_shift`: still clocked in, and the day
 * is not over yet.
 */
export type HoursFlag = 'not_clocked_in' | 'late' | 'left_early' | 'stayed_late' | 'on_shift' | 'on_break' | 'no_clock_out' | 'unplanned' | 'approved' | 'locked';

export interface DayHoursRow {
  shift: Shift;
  flags: HoursFlag[];
  /** Clocked in and out within the tolerance of the plan: `hours.approve` takes it as planned. */
  matchesPlan: boolean;
  /** Minutes late by the clock, past the tolerance (the default for a "late" status). */
  lateMinutes: number | null;
  /** Unpaid break minutes taken, by the clock. */
  clockedBreakMinutes: number;
  /** What it would credit approved as planned (when it matches) or as clocked. */
  proposedCreditedMinutes: number | null;
}

export interface DayHours {
  day: string;
  toleranceMinutes: number;
  rows: DayHoursRow[];
  /** Shifts of the day still to approve (not drafts or open shifts). */
  waiting: number;
}

export interface MyHours {
  staff: PersonRef;
  from: string;
  to: string;
  /** Credited minutes in the period. */
  creditedMinutes: number;
  /** Credited minutes ever. */
  totalCreditedMinutes: number;
  /** Shifts worked or due in the period (published or unplanned), newest first. */
  shifts: Shift[];
  /** Shifts in the period a supervisor has still to approve. */
  waitingForApproval: number;
}

export interface TraineeHours {
  staff: PersonRef;
  creditedMinutes: number;
  /** Approved shifts by attendance. */
  attended: number;
  late: number;
  absent: number;
  cancelled: number;
  /** Shifts in the period not approved yet. */
  waiting: number;
}

export interface HoursSummary {
  from: string;
  to: string;
  creditedMinutes: number;
  people: TraineeHours[];
}

export interface Certification {
  id: string;
  kind: 'week' | 'month';
  from: string;
  to: string;
  /** Null: everyone. */
  staff: PersonRef | null;
  creditedMinutes: number;
  certifiedBy: PersonRef;
  certifiedAt: string;
  reopened: { by: PersonRef; at: string; reason: string } | null;
}

const SUPERVISING = ['supervisor', 'manager'] as const;


export const hoursMethods = {
  /** The signed-in person's credited hours (by default the last eight weeks, and ever). */
  'hours.mine': method<MyHours>()({
    input: z
      .strictObject({ from: rotaDay('start date').optional(), to: rotaDay('end date').optional() })
      .refine((r) => r.from === undefined || r.to === undefined || r.to >= r.from, { path: ['to'], message: 'The end date must be on or after the start date.' }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** A supervisor's day: every shift with scheduled, clocked and approved times and what to look at. */
  'hours.day': method<DayHours>()({
    input: z.strictObject({ day: rotaDay('day') }),
    access: SUPERVISING,
    kind: 'read',
  }),
  /** Approves, as planned, shifts whose clocks match the plan within the tolerance. All or none. */
  'hours.approve': method<{ approved: number; creditedMinutes: number }>()({
    input: z.strictObject({
      shiftIds: z.array(idSchema, { error: 'Choose the shifts to approve.' }).min(1, 'Choose at least one shift to approve.').max(500, 'Approve at most 500 shifts at once.'),
    }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /**
   * Approves one shift as it really went: its attendance and, when it was worked, the times
   * (on the café's clock, on the shift's day) and unpaid break minutes. Times left out are
   * the clocked ones. A reason is needed when the times differ from the clocks, and for
   * lateness and absence.
   */
  'hours.approveShift': method<Shift>()({
    input: z.strictObject({
      shiftId: idSchema,
      attendance: z.enum(attendanceStatuses, { error: 'Choose attended, late, absent or cancelled by the café.' }),
      start: wallTime('start time').optional(),
      end: wallTime('end time').optional(),
      endsNextDay: z.boolean({ error: 'Ends the next day must be yes or no.' }).optional(),
      breakMinutes: z
        .number({ error: 'The break must be a number of minutes.' })
        .int('The break must be whole minutes.')
        .min(0, 'The break cannot be negative.')
        .max(600, 'The break can be at most 600 minutes.')
        .optional(),
      lateMinutes: z.number({ error: 'Minutes late must be a number.' }).int('Minutes late must be whole minutes.').min(1, 'Minutes late must be at least 1.').max(1440, 'Minutes late can be at most 1440.').optional(),
      absenceAcceptable: z.boolean({ error: 'Whether the reason is acceptable must be yes or no.' }).optional(),
      reason: optionalText('reason', 300),
    }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /** Confirms a clock-in nobody planned as a real shift, at a station, so it can be approved. */
  'hours.confirmUnplanned': method<Shift>()({
    input: z.strictObject({ shiftId: idSchema, stationId: idSchema }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /** Credited hours per person for a range of café days. */
  'hours.summary': method<HoursSummary>()({
    input: z
      .strictObject({ from: rotaDay('start date'), to: rotaDay('end date'), staffId: idSchema.optional() })
      .refine((r) => r.to >= r.from, { path: ['to'], message: 'The end date must be on or after the start date.' }),
    access: SUPERVISING,
    kind: 'read',
  }),
  'hours.certifications': method<Certification[]>()({
    input: z.strictObject({ limit: z.number({ error: 'The number to show must be a number.' }).int().min(1).max(500).default(100) }),
    access: SUPERVISING,
    kind: 'read',
  }),
  /** Certifies the week (Monday to Sunday) or calendar month holding `date`, for one trainee or everyone. */
  'hours.certify': method<Certification>()({
    input: z.strictObject({
      period: z.enum(['week', 'month'], { error: 'Choose a week or a month.' }),
      date: rotaDay('date'),
      staffId: idSchema.nullable().default(null),
    }),
    access: ['manager'],
    kind: 'write',
  }),
  'hours.reopen': method<Certification>()({
    input: z.strictObject({ certificationId: idSchema, reason: text('reason', 300) }),
    access: ['manager'],
    kind: 'write',
  }),
};
