import { z } from 'zod';
import { method } from './define.ts';
import { badgeSchema, pinSchema, text } from './fields.ts';

const vatNumber = z
  .string({ error: 'The VAT number must be text.' })
  .trim()
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .refine((v) => v === '' || /^(GB)?(\d{9}|\d{12})$/.test(v), 'A UK VAT number is GB then 9 numbers, for example GB 123 4567 89.')
  .optional()
  .transform((v) => (v ? (v.startsWith('GB') ? v : `GB${v}`) : null));

const charityNumber = z
  .string({ error: 'The charity number must be text.' })
  .trim()
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .refine((v) => v === '' || /^(SC\d{6}|NIC\d{6}|\d{6,8}(-\d{1,2})?)$/.test(v), 'A charity number looks like 1234567, SC012345 or NIC100002.')
  .optional()
  .transform((v) => (v ? v : null));

export const cafeDetailsSchema = z.strictObject({
  name: text('café name', 80),
  address: text('address', 300),
  vatNumber,
  charityNumber,
});

export const idleLockSecondsSchema = z
  .number({ error: 'Idle time must be a number of seconds.' })
  .int('Idle time must be a whole number of seconds.')
  .min(30, 'The till must stay open for at least 30 seconds.')
  .max(3600, 'The till must lock itself within an hour.');

export interface CafeDetails {
  name: string;
  address: string;
  vatNumber: string | null;
  charityNumber: string | null;
}

export interface CafeSettings extends CafeDetails {
  idleLockSeconds: number;
}

export interface CafeStatus {
  setUp: boolean;
  name: string | null;
  /** Sample cafés say so on the login screen. */
  sample: boolean;
  version: string;
}

export const cafeMethods = {
  'cafe.status': method<CafeStatus>()({
    input: z.strictObject({}),
    access: 'public',
    kind: 'read',
    passive: true,
  }),
  'cafe.setUp': method<{ managerId: string }>()({
    input: z.strictObject({
      cafe: cafeDetailsSchema,
      manager: z.strictObject({
        displayName: text('name', 60),
        pin: pinSchema,
        badge: badgeSchema.optional(),
      }),
    }),
    access: 'public',
    kind: 'write',
  }),
  /**
   * Sets up the sample café: its staff, menu and rota. With `withTrainingRecords`, also its
   * trainees' records, skills under way (one sign-off waiting for a second signer), a
   * qualification, readiness ticks and a former trainee in work. Off by default: journeys that
   * start from the sample café build those up themselves.
   */
  'cafe.loadSample': method<{ managerId: string }>()({
    input: z.strictObject({ withTrainingRecords: z.boolean({ error: 'With training records must be yes or no.' }).default(false) }),
    access: 'public',
    kind: 'write',
  }),
  'settings.get': method<CafeSettings>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
  }),
  'settings.update': method<CafeSettings>()({
    input: z.strictObject({
      cafe: cafeDetailsSchema.optional(),
      idleLockSeconds: idleLockSecondsSchema.optional(),
    }),
    access: ['manager'],
    kind: 'write',
  }),
};

