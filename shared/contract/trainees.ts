import { z } from 'zod';
import { method } from './define.ts';
import { idSchema, optionalText, text } from './fields.ts';
import type { PersonRef, Removal } from './rota.ts';
import { rotaDay } from './rota.ts';
import type { CompetencyRef, Qualification, SkillProgress, SkillSignOff, StationRef } from './skills.ts';

// The trainee record, outcomes, the readiness checklist and progression.
//
// The record holds the minimum the café needs: preferred name, start date, programme,
// referral source and date, a goal, a status (withdrawn needs a reason) and, only for funders'
// breakdowns, an optional gender. Never health or offence details. The name and the consent to
// be named on receipts are the staff list's. A manager keeps the record; a trainee may read
// their own; every viewing is audited.
//
// Outcomes (a paid job, an apprenticeship, training or education, volunteering) are dated, never
// before the trainee's start date, and checked for sustainment at 6 weeks and 6 months. Time to
// outcome is the days from the start date to the outcome's date.

export const referralSources = ['day_centre', 'probation', 'mental_health_service', 'college', 'self'] as const;
export type ReferralSource = (typeof referralSources)[number];

export const traineeStatuses = ['active', 'paused', 'completed', 'withdrawn'] as const;
export type TraineeStatus = (typeof traineeStatuses)[number];

/** Optional, for funders' breakdowns only. */
export const genders = ['woman', 'man', 'non_binary', 'other', 'prefer_not_to_say'] as const;
export type Gender = (typeof genders)[number];

export const outcomeKinds = ['paid_job', 'apprenticeship', 'training_education', 'volunteering'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export const outcomeEvidenceKinds = ['letter', 'payslip', 'self_declaration'] as const;
export type OutcomeEvidence = (typeof outcomeEvidenceKinds)[number];

export const sustainmentCheckpoints = ['six_weeks', 'six_months'] as const;
export type SustainmentCheckpoint = (typeof sustainmentCheckpoints)[number];

export interface TraineeStatusChange {
  status: TraineeStatus;
  /** The café day it took effect. */
  since: string;
  reason: string | null;
  by: PersonRef | null;
  at: string;
}

export interface TraineeRecord {
  staff: PersonRef;
  /** Still on the staff list (can log in). */
  active: boolean;
  preferredName: string | null;
  startDate: string | null;
  programme: string | null;
  referralSource: ReferralSource | null;
  referralDate: string | null;
  goal: string | null;
  status: TraineeStatus;
  statusSince: string | null;
  /** Why they withdrew (needed) or paused (optional). */
  statusReason: string | null;
  gender: Gender | null;
  /** Their agreement to their first name on receipts (the staff list's setting). */
  namedOnReceipts: boolean;
  /** Oldest first. */
  statusHistory: TraineeStatusChange[];
  /** Null until a manager first saves the record. */
  updatedAt: string | null;
}

export interface TraineeSummary {
  staff: PersonRef;
  active: boolean;
  preferredName: string | null;
  startDate: string | null;
  programme: string | null;
  referralSource: ReferralSource | null;
  status: TraineeStatus;
  outcomes: number;
}

export type SustainmentState = 'not_due' | 'due' | 'sustained' | 'not_sustained';

export interface SustainmentCheck {
  checkpoint: SustainmentCheckpoint;
  /** 6 weeks or 6 calendar months after the outcome's date. */
  dueOn: string;
  state: SustainmentState;
  checkedOn: string | null;
  evidence: OutcomeEvidence | null;
  note: string | null;
  checkedBy: PersonRef | null;
}

export interface Outcome {
  id: string;
  staff: PersonRef;
  kind: OutcomeKind;
  /** The day it started. */
  date: string;
  employerOrProvider: string;
  hoursPerWeek: number | null;
  evidence: OutcomeEvidence | null;
  note: string | null;
  /** Days from the trainee's start date to the outcome. */
  daysFromStart: number | null;
  recordedBy: PersonRef;
  recordedAt: string;
  checks: SustainmentCheck[];
  removed: Removal | null;
}

export interface ReadinessItem {
  id: string;
  title: string;
  position: number;
  active: boolean;
}

export interface ReadinessEntry {
  item: ReadinessItem;
  ticked: { by: PersonRef; at: string; note: string | null } | null;
}

export interface ReadinessChecklist {
  staff: PersonRef;
  /** The items in use, in order, ticked or not. */
  items: ReadinessEntry[];
  ticked: number;
  total: number;
}

/** Everything a progression page shows, with the figures its simple charts draw. */
export interface Progression {
  trainee: PersonRef;
  preferredName: string | null;
  startDate: string | null;
  status: TraineeStatus;
  goal: string | null;
  hours: {
    /** Credited placement minutes ever (approved time less unpaid breaks). */
    creditedMinutes: number;
    attended: number;
    late: number;
    absent: number;
    cancelled: number;
    /** Shifts worked but not approved yet (not credited yet). */
    waiting: number;
    /** Calendar months ('2030-03'), oldest first, from the start (at most the last twelve). */
    byMonth: { month: string; creditedMinutes: number }[];
  };
  /** Credited shifts by station, most first. */
  stations: { station: StationRef | null; shifts: number; creditedMinutes: number }[];
  skills: {
    signedOff: number;
    inProgress: number;
    total: number;
    byArea: { id: string; name: string; signedOff: number; inProgress: number; total: number }[];
    /** Complete sign-offs, newest first. */
    signedOffList: SkillSignOff[];
    /** Competencies observed or waiting for a signature, not yet signed off. */
    inProgressList: { competency: CompetencyRef; progress: SkillProgress }[];
  };
  qualifications: Qualification[];
  readiness: ReadinessChecklist;
  outcomes: Outcome[];
}

/**
 * A trainee's record can be erased once they completed or withdrew and nothing has happened
 * on it (no shift, no status change) for this many months: long enough for the café to answer
 * a funder's or a college's questions about the placement, short enough not to keep a person's
 * details for years. Erasure keeps only anonymous totals (see `trainees.erase`).
 */
export const ERASE_AFTER_MONTHS = 6;

/** What is left after an erasure: the person under their new anonymous name. */
export interface TraineeErasure {
  staff: PersonRef;
  erasedAt: string;
  /** The café day of their last shift or status change, from which the months were counted. */
  lastActive: string;
  /** What stays, counted: enough for the screen to show that the totals are kept. */
  kept: { shifts: number; creditedMinutes: number; signOffs: number; outcomes: number };
}

const day = (label: string) => rotaDay(label);
const hoursPerWeek = z
  .number({ error: 'The hours a week must be a number.' })
  .min(0.25, 'The hours a week must be at least a quarter of an hour.')
  .max(80, 'The hours a week can be at most 80.')
  .refine((h) => Number.isInteger(h * 4), 'Enter the hours a week in quarter hours, like 16 or 37.5.');
const outcomeKind = z.enum(outcomeKinds, { error: 'Choose a paid job, an apprenticeship, training or education, or volunteering.' });
const evidence = z.enum(outcomeEvidenceKinds, { error: 'Choose a letter, a payslip or a self-declaration.' });

export const traineesMethods = {
  /** Every trainee with the outline of their record (former staff too when asked). */
  'trainees.list': method<TraineeSummary[]>()({
    input: z.strictObject({ includeFormer: z.boolean({ error: 'Show former trainees must be yes or no.' }).default(false) }),
    access: ['manager'],
    kind: 'read',
    auditRead: true,
  }),
  /** A trainee's record: anyone's for a manager, a trainee's own for them. Audited. */
  'trainees.get': method<TraineeRecord>()({
    input: z.strictObject({ staffId: idSchema.optional() }),
    access: 'signed-in',
    kind: 'read',
    auditRead: true,
  }),
  /** Changes the record. Only what is sent changes; empty text clears a text field, null a date or a choice. */
  'trainees.save': method<TraineeRecord>()({
    input: z.strictObject({
      staffId: idSchema,
      preferredName: optionalText('preferred name', 60).optional(),
      startDate: day('start date').nullable().optional(),
      programme: optionalText('programme', 120).optional(),
      referralSource: z.enum(referralSources, { error: 'Choose a day centre, probation, a mental-health service, a college, or self-referral.' }).nullable().optional(),
      referralDate: day('referral date').nullable().optional(),
      goal: optionalText('goal', 300).optional(),
      gender: z.enum(genders, { error: 'Choose one of the options for gender, or leave it empty.' }).nullable().optional(),
      namedOnReceipts: z.boolean({ error: 'Named on receipts must be yes or no.' }).optional(),
    }),
    access: ['manager'],
    kind: 'write',
  }),
  /** Active, paused, completed or withdrawn (with a reason), from a day (today if not given). */
  'trainees.setStatus': method<TraineeRecord>()({
    input: z.strictObject({
      staffId: idSchema,
      status: z.enum(traineeStatuses, { error: 'Choose active, paused, completed or withdrawn.' }),
      since: day('date').optional(),
      reason: optionalText('reason', 300),
    }),
    access: ['manager'],
    kind: 'write',
  }),

  /**
   * Erases a trainee who left long ago (completed or withdrawn, and no shift or status change
   * for `ERASE_AFTER_MONTHS` months): their name becomes "Former trainee" and a short code, and
   * their preferred name, goal, notes, reasons, employers, PIN, badge, availability, time off,
   * certificate numbers and observation notes go. Kept, anonymous: hours, shifts, attendance,
   * sign-offs, outcome kinds and dates, start date, gender and referral source, so reports of
   * past periods are unchanged. `confirmName` is their name as the staff list has it, typed.
   */
  'trainees.erase': method<TraineeErasure>()({
    input: z.strictObject({ staffId: idSchema, confirmName: text('name to confirm', 60) }),
    access: ['manager'],
    kind: 'write',
  }),

  /** A trainee's outcomes: a trainee's own, or anyone's for a supervisor. */
  'outcomes.list': method<Outcome[]>()({
    input: z.strictObject({ staffId: idSchema.optional(), includeRemoved: z.boolean({ error: 'Show removed ones must be yes or no.' }).default(false) }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** Records an outcome, never before the trainee's start date or in the future. */
  'outcomes.add': method<Outcome>()({
    input: z.strictObject({
      staffId: idSchema,
      kind: outcomeKind,
      date: day('date'),
      employerOrProvider: text('employer or provider', 120),
      hoursPerWeek: hoursPerWeek.nullable().default(null),
      evidence: evidence.nullable().default(null),
      note: optionalText('note', 300),
    }),
    access: ['manager'],
    kind: 'write',
  }),
  /** Changes an outcome. Only what is sent changes. */
  'outcomes.update': method<Outcome>()({
    input: z.strictObject({
      outcomeId: idSchema,
      kind: outcomeKind.optional(),
      date: day('date').optional(),
      employerOrProvider: text('employer or provider', 120).optional(),
      hoursPerWeek: hoursPerWeek.nullable().optional(),
      evidence: evidence.nullable().optional(),
      note: optionalText('note', 300).optional(),
    }),
    access: ['manager'],
    kind: 'write',
  }),
  /** Takes off an outcome recorded by mistake, with a reason; it stays on record. */
  'outcomes.remove': method<Outcome>()({
    input: z.strictObject({ outcomeId: idSchema, reason: text('reason', 300) }),
    access: ['manager'],
    kind: 'write',
  }),
  /** Records whether the outcome was sustained at 6 weeks or 6 months (on or after the day it is due). */
  'outcomes.checkSustainment': method<Outcome>()({
    input: z.strictObject({
      outcomeId: idSchema,
      checkpoint: z.enum(sustainmentCheckpoints, { error: 'Choose the 6-week or the 6-month check.' }),
      checkedOn: day('date checked'),
      sustained: z.boolean({ error: 'Still in it must be yes or no.' }),
      evidence: evidence.nullable().default(null),
      note: optionalText('note', 300),
    }),
    access: ['manager'],
    kind: 'write',
  }),

  /** The readiness checklist's items, in order (retired ones too when asked). */
  'readiness.items': method<ReadinessItem[]>()({
    input: z.strictObject({ includeRetired: z.boolean({ error: 'Show retired items must be yes or no.' }).default(false) }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** Adds a checklist item (no id) or renames, reorders or retires one. */
  'readiness.saveItem': method<ReadinessItem>()({
    input: z.strictObject({
      id: idSchema.optional(),
      title: text('item', 120),
      position: z.number({ error: 'The position must be a number.' }).int('The position must be a whole number.').min(0, 'The position cannot be negative.').max(1000, 'The position can be at most 1000.').default(0),
      active: z.boolean({ error: 'In use must be yes or no.' }).default(true),
    }),
    access: ['manager'],
    kind: 'write',
  }),
  /** Ticks (or unticks) an item for a trainee. */
  'readiness.tick': method<ReadinessChecklist>()({
    input: z.strictObject({ staffId: idSchema, itemId: idSchema, ticked: z.boolean({ error: 'Ticked must be yes or no.' }), note: optionalText('note', 200) }),
    access: ['supervisor', 'manager'],
    kind: 'write',
  }),
  /** A trainee's checklist: their own, or anyone's for a supervisor. */
  'readiness.checklist': method<ReadinessChecklist>()({
    input: z.strictObject({ staffId: idSchema.optional() }),
    access: 'signed-in',
    kind: 'read',
  }),

  /**
   * Hours credited, shifts by station, skills, qualifications, readiness and outcomes: a
   * trainee's own, or anyone's for a supervisor or manager. Audited.
   */
  'progression.get': method<Progression>()({
    input: z.strictObject({ staffId: idSchema.optional() }),
    access: 'signed-in',
    kind: 'read',
    auditRead: true,
  }),
};
