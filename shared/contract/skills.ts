import { z } from 'zod';
import { method } from './define.ts';
import { idSchema, optionalText, text } from './fields.ts';
import type { PersonRef, Removal } from './rota.ts';
import { rotaDay } from './rota.ts';
import type { Tender } from './sales.ts';

// Skills: a framework of competencies by area, observed on shift and signed off, and
// qualifications. A supervisor records observations of a trainee on one of the trainee's
// shifts (with the till's evidence from that shift attached); once there are enough
// observations at the independent level on separate shifts, a supervisor signs the skill off.
// Nobody observes or signs off their own work; items that need a second signer (every
// food-safety item) count only once someone other than the first signer has countersigned.
// A sign-off keeps the competency's code, title and criterion as they were signed: editing the
// framework never rewrites one. A sign-off can be withdrawn with a reason; it stays on record.

export const skillLevels = ['shadowing', 'with_support', 'independent'] as const;
/** How the trainee did when observed. Only `independent` observations count towards a sign-off. */
export type SkillLevel = (typeof skillLevels)[number];

export interface StationRef {
  id: string;
  name: string;
}

export interface Competency {
  id: string;
  areaId: string;
  code: string;
  title: string;
  /** What an observer must see, in the café's words. */
  criterion: string;
  /** Observations at the independent level, on separate shifts, a sign-off needs. */
  observationsNeeded: number;
  secondSignerNeeded: boolean;
  position: number;
  active: boolean;
  /** Stations it qualifies a trainee for: the rota warns when someone works one without it, unsupervised. */
  stations: StationRef[];
}

export interface SkillArea {
  id: string;
  name: string;
  position: number;
  active: boolean;
  /** The food-safety area: each of its items needs a second signer, whatever the form says. */
  foodSafety: boolean;
  competencies: Competency[];
}

export interface SkillsFramework {
  areas: SkillArea[];
}

export interface CompetencyRef {
  id: string;
  code: string;
  title: string;
  areaId: string;
  areaName: string;
}

/** A shift as a skills screen names it: its café day, times on the café's clock and station. */
export interface ShiftRef {
  id: string;
  day: string;
  start: string | null;
  end: string | null;
  stationName: string | null;
}

/** A sale, refund or void the trainee rang up on the shift. */
export interface TillSaleEvidence {
  id: string;
  kind: 'sale' | 'refund' | 'void';
  receiptNumber: number;
  at: string;
  totalPence: number;
  tenders: Tender[];
}

/** A cash session the trainee opened (counted the float) or closed (cashed up) during the shift. */
export interface CashSessionEvidence {
  id: string;
  opened: boolean;
  closed: boolean;
  openedAt: string;
  closedAt: string | null;
  floatPence: number;
  countedPence: number | null;
  /** Counted less expected, from the Z report; null while the session is open. */
  variancePence: number | null;
  zNumber: number | null;
}

export interface ShiftTillEvidence {
  shift: ShiftRef;
  trainee: PersonRef;
  sales: TillSaleEvidence[];
  cashSessions: CashSessionEvidence[];
}

export interface SkillObservation {
  id: string;
  trainee: PersonRef;
  competency: CompetencyRef;
  shift: ShiftRef;
  level: SkillLevel;
  note: string | null;
  observer: PersonRef;
  at: string;
  sales: TillSaleEvidence[];
  cashSessions: CashSessionEvidence[];
}

export type SignOffState = 'awaiting_second_signer' | 'signed_off' | 'withdrawn';

export interface SkillSignOff {
  id: string;
  trainee: PersonRef;
  competencyId: string;
  /** As signed: the framework may say something else now. */
  code: string;
  title: string;
  criterion: string;
  areaName: string;
  observationsNeeded: number;
  secondSignerNeeded: boolean;
  state: SignOffState;
  firstSigner: PersonRef;
  firstSignedAt: string;
  secondSigner: PersonRef | null;
  secondSignedAt: string | null;
  /** When every signature needed was there; null while waiting for the second signer. */
  signedOffAt: string | null;
  withdrawn: { by: PersonRef; at: string; reason: string } | null;
  /** The observations it stood on, oldest first. */
  observations: SkillObservation[];
}

/**
 * Where a trainee is with one competency. `ready_to_sign_off`: enough independent
 * observations on separate shifts; `awaiting_second_signer`: signed once, needs another person.
 */
export type SkillState = 'not_started' | 'in_progress' | 'ready_to_sign_off' | 'awaiting_second_signer' | 'signed_off';

export interface SkillProgress {
  competencyId: string;
  state: SkillState;
  /** The level of the latest observation; null when never observed. */
  latestLevel: SkillLevel | null;
  /** Separate shifts with an independent observation that count towards a sign-off. */
  independentShifts: number;
  observationsNeeded: number;
  signedOffAt: string | null;
}

export interface SkillsMatrixRow {
  trainee: PersonRef;
  /** One per competency, in the order of `competencies`. */
  cells: SkillProgress[];
  signedOff: number;
}

export interface SkillsMatrix {
  /** Every area in use, for the filter. */
  areas: { id: string; name: string }[];
  /** The area shown, or null for all. */
  areaId: string | null;
  competencies: (CompetencyRef & { observationsNeeded: number; secondSignerNeeded: boolean })[];
  rows: SkillsMatrixRow[];
}

export interface TraineeSkill {
  competency: Competency;
  progress: SkillProgress;
  /** Every observation of it, newest first. */
  observations: SkillObservation[];
  /** The standing sign-off (complete or waiting for a second signer). */
  signOff: SkillSignOff | null;
  /** Earlier sign-offs withdrawn, newest first. */
  withdrawn: SkillSignOff[];
}

export type NextStepKind = 'countersign' | 'sign_off' | 'observe' | 'start';

export interface NextSkillStep {
  kind: NextStepKind;
  competency: CompetencyRef;
  /** Plain English: "Ready to sign off: 3 observations at independent on separate shifts." */
  message: string;
}

export interface TraineeSkills {
  trainee: PersonRef;
  signedOff: number;
  inProgress: number;
  total: number;
  areas: { id: string; name: string; skills: TraineeSkill[] }[];
  /** What is next, most pressing first: countersign, sign off, keep observing, start. */
  next: NextSkillStep[];
  /** Their shifts of the last four weeks that have begun, newest first, to observe on. */
  recentShifts: ShiftRef[];
}

export interface Qualification {
  id: string;
  staff: PersonRef;
  title: string;
  awardingBody: string | null;
  awardedOn: string;
  certificateNumber: string | null;
  expiresOn: string | null;
  /** Past its expiry today. */
  expired: boolean;
  recordedBy: PersonRef;
  recordedAt: string;
  removed: Removal | null;
}

const MANAGING = ['manager'] as const;
const SUPERVISING = ['supervisor', 'manager'] as const;

const position = z
  .number({ error: 'The position must be a number.' })
  .int('The position must be a whole number.')
  .min(0, 'The position cannot be negative.')
  .max(1000, 'The position can be at most 1000.');
const inUse = z.boolean({ error: 'In use must be yes or no.' });
const ids = (label: string) => z.array(idSchema, { error: `The ${label} must be a list.` }).max(100, `Attach at most 100 ${label}.`);

export const skillsMethods = {
  /** The framework: areas and their competencies, in order (retired ones too when asked). */
  'skills.framework': method<SkillsFramework>()({
    input: z.strictObject({ includeRetired: z.boolean({ error: 'Show retired skills must be yes or no.' }).default(false) }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** Adds an area (no id) or renames, reorders or retires one. */
  'skills.saveArea': method<SkillArea>()({
    input: z.strictObject({ id: idSchema.optional(), name: text('area name', 60), position: position.default(0), active: inUse.default(true) }),
    access: MANAGING,
    kind: 'write',
  }),
  /**
   * Adds a competency (no id) or changes one. Past sign-offs keep what they signed. Retire a
   * competency rather than lose it: observations and sign-offs name it.
   */
  'skills.saveCompetency': method<Competency>()({
    input: z.strictObject({
      id: idSchema.optional(),
      areaId: idSchema,
      code: text('code', 12).regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'A code is letters and numbers, like FS1 or BA2.'),
      title: text('title', 80),
      criterion: text('observable criterion', 400),
      observationsNeeded: z
        .number({ error: 'The observations needed must be a number.' })
        .int('The observations needed must be a whole number.')
        .min(1, 'A sign-off needs at least 1 observation.')
        .max(20, 'A sign-off can need at most 20 observations.'),
      secondSignerNeeded: z.boolean({ error: 'Needs a second signer must be yes or no.' }),
      stationIds: ids('stations').default([]),
      position: position.default(0),
      active: inUse.default(true),
    }),
    access: MANAGING,
    kind: 'write',
  }),

  /** The trainee's sales and cash sessions on a shift, to attach to an observation. */
  'skills.tillEvidence': method<ShiftTillEvidence>()({
    input: z.strictObject({ shiftId: idSchema }),
    access: SUPERVISING,
    kind: 'read',
  }),
  /**
   * An observation of the shift's trainee against a competency, on or after the shift. Sales
   * and cash sessions attached must be the trainee's on that shift. One per competency per shift.
   */
  'skills.observe': method<SkillObservation>()({
    input: z.strictObject({
      shiftId: idSchema,
      competencyId: idSchema,
      level: z.enum(skillLevels, { error: 'Choose shadowing, with support or independent.' }),
      note: optionalText('note', 300),
      saleIds: ids('sales').default([]),
      cashSessionIds: ids('cash sessions').default([]),
    }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /**
   * Signs a skill off once the observations needed exist at the independent level on separate
   * shifts (since any earlier sign-off was withdrawn). Nobody signs off their own work. When the
   * competency needs a second signer, it waits for `skills.countersign`.
   */
  'skills.signOff': method<SkillSignOff>()({
    input: z.strictObject({ traineeId: idSchema, competencyId: idSchema }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /** The second signature, by someone who is neither the first signer nor the trainee. */
  'skills.countersign': method<SkillSignOff>()({
    input: z.strictObject({ signOffId: idSchema }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /** Withdraws a sign-off (or one waiting for its second signer), with a reason; it stays on record. */
  'skills.withdrawSignOff': method<SkillSignOff>()({
    input: z.strictObject({ signOffId: idSchema, reason: text('reason', 300) }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /** Active trainees × competencies, optionally one area's. */
  'skills.matrix': method<SkillsMatrix>()({
    input: z.strictObject({ areaId: idSchema.optional() }),
    access: SUPERVISING,
    kind: 'read',
  }),
  /** One person's skills page with what is next: a trainee's own, or anyone's for a supervisor. */
  'skills.trainee': method<TraineeSkills>()({
    input: z.strictObject({ staffId: idSchema.optional() }),
    access: 'signed-in',
    kind: 'read',
  }),

  /** Someone's qualifications: a trainee's own, or anyone's for a supervisor. */
  'qualifications.list': method<Qualification[]>()({
    input: z.strictObject({ staffId: idSchema.optional(), includeRemoved: z.boolean({ error: 'Show removed ones must be yes or no.' }).default(false) }),
    access: 'signed-in',
    kind: 'read',
  }),
  'qualifications.add': method<Qualification>()({
    input: z
      .strictObject({
        staffId: idSchema,
        title: text('qualification', 120),
        awardingBody: optionalText('awarding body', 120),
        awardedOn: rotaDay('date awarded'),
        certificateNumber: optionalText('certificate number', 60),
        expiresOn: rotaDay('expiry date').nullable().default(null),
      })
      .refine((q) => q.expiresOn === null || q.expiresOn > q.awardedOn, { path: ['expiresOn'], message: 'The expiry date must be after the date awarded.' }),
    access: SUPERVISING,
    kind: 'write',
  }),
  /** Takes off a qualification recorded by mistake, with a reason; it stays on record. */
  'qualifications.remove': method<Qualification>()({
    input: z.strictObject({ qualificationId: idSchema, reason: text('reason', 300) }),
    access: SUPERVISING,
    kind: 'write',
  }),
};
