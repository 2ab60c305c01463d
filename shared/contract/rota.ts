import { z } from 'zod';
import { method } from './define.ts';
import { idSchema, optionalText, text } from './fields.ts';

// The rota: stations, shifts planned by a supervisor on a weekly grid (drafted, then
// published), templates, availability and time off, and swaps between trainees.
//
// A shift is entered as the café's wall clock: a Europe/London date with start and end times
// ("22:00" to "06:00", ending the next day). The core stores UTC instants and answers with
// both, so screens never convert times themselves. A time that does not exist (the hour
// skipped in March) is refused; a time that happens twice (the hour repeated in October)
// means the first of the two.

export interface Station {
  id: string;
  name: string;
  position: number;
  active: boolean;
}

export interface RotaSettings {
  /** A longer shift is flagged on the grid. */
  maxShiftMinutes: number;
  /** Less rest than this between two shifts of one person is flagged. */
  minRestMinutes: number;
  /** Clocks within this many minutes of the plan are approved in bulk as planned. */
  approvalToleranceMinutes: number;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

/** Who removed a record kept on file (an outcome, a qualification), when and why. */
export interface Removal {
  by: PersonRef;
  at: string;
  reason: string;
}

export type ShiftState = 'draft' | 'published';
export type AttendanceStatus = 'attended' | 'late' | 'absent' | 'cancelled';

export interface ShiftBreak {
  startAt: string;
  /** Null while the break is going on. */
  endAt: string | null;
  paid: boolean;
}

export interface ShiftApproval {
  /** Null for an absence or a cancelled shift. */
  startAt: string | null;
  endAt: string | null;
  breakMinutes: number;
  by: PersonRef;
  at: string;
  /** Why the approved times differ from the clocks. */
  reason: string | null;
}

export interface ShiftAttendance {
  status: AttendanceStatus;
  lateMinutes: number | null;
  reason: string | null;
  /** For an absence: whether the reason is acceptable (support information, never discipline). */
  acceptable: boolean | null;
}

export interface Shift {
  id: string;
  /** The café day (Europe/London) it belongs to. */
  day: string;
  /** Scheduled, UTC; null for an unplanned shift (a clock-in nobody planned). */
  startAt: string | null;
  endAt: string | null;
  /** The scheduled times on the café's clock ("22:00", "06:00"), for the grid. */
  start: string | null;
  end: string | null;
  endsNextDay: boolean;
  /** Real scheduled length: a 22:00–06:00 shift is 540 on the October change night. */
  scheduledMinutes: number | null;
  station: Station | null;
  /** Null: an open shift nobody has been given. */
  trainee: PersonRef | null;
  supervisor: PersonRef | null;
  note: string | null;
  state: ShiftState;
  publishedAt: string | null;
  /** Moved, reassigned or cancelled since it was published. */
  changedSincePublished: boolean;
  /** The times published before the change, when they changed. */
  publishedStartAt: string | null;
  publishedEndAt: string | null;
  unplanned: boolean;
  /** An unplanned shift a supervisor has confirmed (planned shifts are always confirmed). */
  confirmed: boolean;
  clockedInAt: string | null;
  clockedOutAt: string | null;
  breaks: ShiftBreak[];
  approval: ShiftApproval | null;
  attendance: ShiftAttendance | null;
  /** Approved time less unpaid breaks; null until approved. */
  creditedMinutes: number | null;
  /** Inside a certified period: nothing about it can change until a manager reopens it. */
  locked: boolean;
  swap: SwapRef | null;
}

export interface SwapRef {
  id: string;
  state: SwapState;
  offeredBy: PersonRef;
  takenBy: PersonRef | null;
}

export type SwapState = 'offered' | 'taken' | 'approved' | 'declined' | 'withdrawn';

export interface SwapOffer {
  id: string;
  state: SwapState;
  shift: Shift;
  offeredBy: PersonRef;
  offeredAt: string;
  note: string | null;
  takenBy: PersonRef | null;
  takenAt: string | null;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

/**
 * Something on the rota a supervisor should look at. Only a double booking is refused when a
 * shift is planned; the rest are warnings the grid shows. `station_not_signed_off` arrives
 * with the skills framework (issue 6).
 */
export type ConflictKind = 'double_booking' | 'unavailable' | 'time_off' | 'too_long' | 'too_little_rest' | 'station_not_signed_off';

export interface RotaConflict {
  kind: ConflictKind;
  shiftId: string;
  /** The other shift of a double booking or a short rest. */
  otherShiftId: string | null;
  staffId: string | null;
  /** Plain English for the grid: "Tom Walsh has only 9 hours' rest after Tuesday's shift." */
  message: string;
}

export interface RotaWeek {
  /** The Monday. */
  weekStart: string;
  /** Monday to Sunday. */
  days: string[];
  stations: Station[];
  /** Active trainees and supervisors, for the rows of a days × people grid. */
  people: (PersonRef & { role: 'trainee' | 'supervisor' | 'manager' })[];
  shifts: Shift[];
  conflicts: RotaConflict[];
  /** Shifts not yet published (new, or the whole week before its first publishing). */
  drafts: number;
  /** Published shifts changed since. */
  changed: number;
  /** When the week was last published. */
  publishedAt: string | null;
}

export interface ShiftChange {
  shift: Shift;
  /** The conflicts this shift now has (warnings: the shift was saved). */
  conflicts: RotaConflict[];
}

export interface RotaBulkResult {
  added: number;
  /** Shifts added without their trainee, who was already busy then: "Tom Walsh is on Kitchen then." */
  leftOpen: { shiftId: string; message: string }[];
  /** Shifts not made, and why: "Not copied, Sunday 31 March 2030 01:30–06:00: there is no 01:30 …". */
  skipped: { message: string }[];
}

export interface ShiftTemplate {
  id: string;
  name: string;
  shifts: number;
  createdAt: string;
}

export interface PublishResult {
  weekStart: string;
  /** Shifts published for the first time. */
  published: number;
  /** Changes to published shifts now published. */
  changes: number;
}

export interface UnavailableTime {
  id: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  from: string;
  to: string;
  note: string | null;
}

export interface TimeOff {
  id: string;
  from: string;
  to: string;
  reason: string | null;
}

export interface Availability {
  staff: PersonRef;
  unavailable: UnavailableTime[];
  timeOff: TimeOff[];
}

export interface OpenClock {
  shift: Shift;
  /** Clocked in since. */
  since: string;
  onBreakSince: string | null;
}

export interface MyShifts {
  /** The shift the person is clocked in to now, if any. */
  clockedIn: OpenClock | null;
  /** Published shifts from today on, soonest first (cancelled ones marked as changes). */
  upcoming: Shift[];
}

export interface CalendarFile {
  filename: string;
  /** iCalendar (RFC 5545) text, CRLF line ends. */
  text: string;
}

// Field schemas. Wall-clock times are "HH:MM", 24-hour.

export const rotaDay = (label: string) => z.iso.date({ error: `Enter the ${label} as a date like 2026-04-01.` });
export const wallTime = (label: string) =>
  z.string({ error: `Enter the ${label} as a time like 09:30.` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Enter the ${label} as a time like 09:30.`);
const endsNextDay = z.boolean({ error: 'Ends the next day must be yes or no.' });
const weekday = z
  .number({ error: 'Choose a day of the week.' })
  .int('Choose a day of the week.')
  .min(1, 'Choose a day of the week.')
  .max(7, 'Choose a day of the week.');
const note = optionalText('note', 200);
const nullableId = idSchema.nullable();
const minutes = (label: string, min: number, max: number) =>
  z
    .number({ error: `The ${label} must be a number of minutes.` })
    .int(`The ${label} must be whole minutes.`)
    .min(min, `The ${label} must be at least ${min} minutes.`)
    .max(max, `The ${label} can be at most ${max} minutes.`);

const PLANNERS = ['supervisor', 'manager'] as const;

export const rotaMethods = {
  'stations.list': method<Station[]>()({
    input: z.strictObject({ includeInactive: z.boolean({ error: 'Show stations no longer used must be yes or no.' }).default(false) }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** Adds a station (no id) or renames, reorders or retires one. */
  'stations.save': method<Station>()({
    input: z.strictObject({
      id: idSchema.optional(),
      name: text('station name', 40),
      position: z.number({ error: 'The position must be a number.' }).int('The position must be a whole number.').min(0, 'The position cannot be negative.').max(1000, 'The position can be at most 1000.').default(0),
      active: z.boolean({ error: 'In use must be yes or no.' }).default(true),
    }),
    access: ['manager'],
    kind: 'write',
  }),

  'rota.settings': method<RotaSettings>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
  }),
  'rota.saveSettings': method<RotaSettings>()({
    input: z.strictObject({
      maxShiftMinutes: minutes('longest shift', 60, 960),
      minRestMinutes: minutes('shortest rest', 0, 1440),
      approvalToleranceMinutes: minutes('approval tolerance', 0, 60),
    }),
    access: ['manager'],
    kind: 'write',
  }),

  /** The week (Monday to Sunday) holding `week`, with its shifts and conflicts, for the grid. */
  'rota.week': method<RotaWeek>()({
    input: z.strictObject({ week: rotaDay('week') }),
    access: PLANNERS,
    kind: 'read',
  }),
  /** A new draft shift. A trainee already on shift then is refused; other conflicts are warnings. */
  'rota.addShift': method<ShiftChange>()({
    input: z
      .strictObject({
        date: rotaDay('date'),
        start: wallTime('start time'),
        end: wallTime('end time'),
        endsNextDay: endsNextDay.default(false),
        stationId: idSchema,
        traineeId: nullableId.default(null),
        supervisorId: nullableId.default(null),
        note,
      })
      .refine((s) => s.endsNextDay || s.end > s.start, { path: ['end'], message: 'The shift must end after it starts. For a night shift, say it ends the next day.' }),
    access: PLANNERS,
    kind: 'write',
  }),
  /** Moves a shift (another day, time, station or person) or changes its supervisor or note. Only what is sent changes. */
  'rota.moveShift': method<ShiftChange>()({
    input: z.strictObject({
      shiftId: idSchema,
      date: rotaDay('date').optional(),
      start: wallTime('start time').optional(),
      end: wallTime('end time').optional(),
      endsNextDay: endsNextDay.optional(),
      stationId: idSchema.optional(),
      traineeId: nullableId.optional(),
      supervisorId: nullableId.optional(),
      note: optionalText('note', 200).optional(),
    }),
    access: PLANNERS,
    kind: 'write',
  }),
  /** A draft copy of a shift on another day (same café-clock times), optionally for another station or person. */
  'rota.copyShift': method<ShiftChange>()({
    input: z.strictObject({ shiftId: idSchema, date: rotaDay('date'), stationId: idSchema.optional(), traineeId: nullableId.optional() }),
    access: PLANNERS,
    kind: 'write',
  }),
  /** A draft goes; a published shift is kept as cancelled by the café, so its trainee sees the change. */
  'rota.removeShift': method<{ removed: 'deleted' | 'cancelled' }>()({
    input: z.strictObject({ shiftId: idSchema }),
    access: PLANNERS,
    kind: 'write',
  }),
  /** The week before's planned shifts copied into this week as drafts, at the same café-clock times. */
  'rota.copyLastWeek': method<RotaBulkResult>()({
    input: z.strictObject({ week: rotaDay('week') }),
    access: PLANNERS,
    kind: 'write',
  }),
  'rota.templates': method<ShiftTemplate[]>()({
    input: z.strictObject({}),
    access: PLANNERS,
    kind: 'read',
  }),
  /** Keeps a week's planned shifts as a typical week. */
  'rota.saveTemplate': method<ShiftTemplate>()({
    input: z.strictObject({ week: rotaDay('week'), name: text('template name', 60) }),
    access: PLANNERS,
    kind: 'write',
  }),
  'rota.applyTemplate': method<RotaBulkResult>()({
    input: z.strictObject({ templateId: idSchema, week: rotaDay('week') }),
    access: PLANNERS,
    kind: 'write',
  }),
  'rota.removeTemplate': method<ShiftTemplate[]>()({
    input: z.strictObject({ templateId: idSchema }),
    access: PLANNERS,
    kind: 'write',
  }),
  /** Publishes a week's drafts and changes: trainees see only published shifts. */
  'rota.publish': method<PublishResult>()({
    input: z.strictObject({ week: rotaDay('week') }),
    access: PLANNERS,
    kind: 'write',
  }),
  /** The signed-in person's shift now and published shifts to come. */
  'rota.myShifts': method<MyShifts>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
  }),
  /** An iCalendar file of a person's published shifts: a trainee's own, or anyone's for a supervisor. */
  'rota.calendar': method<CalendarFile>()({
    input: z.strictObject({ staffId: idSchema.optional() }),
    access: 'signed-in',
    kind: 'read',
  }),

  /** A trainee's own times they cannot work and days off; a supervisor may see anyone's. */
  'availability.list': method<Availability>()({
    input: z.strictObject({ staffId: idSchema.optional() }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** A weekly time someone cannot work (college on Tuesday mornings): for themselves, or a supervisor for anyone. */
  'availability.addUnavailable': method<Availability>()({
    input: z
      .strictObject({
        staffId: idSchema.optional(),
        weekday,
        from: wallTime('from time'),
        to: z.union([wallTime('until time'), z.literal('24:00')], { error: 'Enter the until time as a time like 12:30.' }),
        note,
      })
      .refine((u) => u.to > u.from, { path: ['to'], message: 'The until time must be after the from time.' }),
    access: 'signed-in',
    kind: 'write',
  }),
  'availability.addTimeOff': method<Availability>()({
    input: z
      .strictObject({ staffId: idSchema.optional(), from: rotaDay('first day'), to: rotaDay('last day'), reason: optionalText('reason', 200) })
      .refine((r) => r.to >= r.from, { path: ['to'], message: 'The last day must be on or after the first day.' }),
    access: 'signed-in',
    kind: 'write',
  }),
  'availability.remove': method<Availability>()({
    input: z.strictObject({ id: idSchema }),
    access: 'signed-in',
    kind: 'write',
  }),

  /** Offers the trainee sees (others' shifts to take, and their own), or every live one for a supervisor. */
  'swaps.list': method<SwapOffer[]>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
  }),
  /** A trainee offers one of their published shifts to come. */
  'swaps.offer': method<SwapOffer>()({
    input: z.strictObject({ shiftId: idSchema, note }),
    access: 'signed-in',
    kind: 'write',
  }),
  /** Another trainee takes an offered shift; it is theirs once a supervisor approves. */
  'swaps.take': method<SwapOffer>()({
    input: z.strictObject({ swapId: idSchema }),
    access: 'signed-in',
    kind: 'write',
  }),
  'swaps.withdraw': method<SwapOffer>()({
    input: z.strictObject({ swapId: idSchema }),
    access: 'signed-in',
    kind: 'write',
  }),
  'swaps.approve': method<SwapOffer>()({
    input: z.strictObject({ swapId: idSchema }),
    access: PLANNERS,
    kind: 'write',
  }),
  'swaps.decline': method<SwapOffer>()({
    input: z.strictObject({ swapId: idSchema, reason: text('reason', 200) }),
    access: PLANNERS,
    kind: 'write',
  }),
};
