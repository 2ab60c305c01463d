import { z } from 'zod';
import { method, roles, type Role } from './define.ts';
import { badgeSchema, idSchema, pinSchema, text } from './fields.ts';

export interface StaffMember {
  id: string;
  displayName: string;
  role: Role;
  active: boolean;
  hasPin: boolean;
  hasBadge: boolean;
  /** ISO time while wrong PINs keep this person out. */
  lockedUntil: string | null;
  /** They agreed to have their first name printed on receipts ("Served by Tom"). */
  namedOnReceipts: boolean;
  createdAt: string;
}

const roleSchema = z.enum(roles, { error: 'Choose trainee, supervisor or manager.' });
const namedOnReceiptsSchema = z.boolean({ error: 'Named on receipts must be yes or no.' });

export const staffMethods = {
  'staff.list': method<StaffMember[]>()({
    input: z.strictObject({ includeInactive: z.boolean({ error: 'Show former staff must be yes or no.' }).default(false) }),
    access: ['supervisor', 'manager'],
    kind: 'read',
  }),
  'staff.create': method<StaffMember>()({
    input: z.strictObject({
      displayName: text('name', 60),
      role: roleSchema,
      pin: pinSchema,
      badge: badgeSchema.optional(),
      namedOnReceipts: namedOnReceiptsSchema.optional(),
    }),
    access: ['manager'],
    kind: 'write',
  }),
  'staff.update': method<StaffMember>()({
    input: z.strictObject({
      staffId: idSchema,
      displayName: text('name', 60).optional(),
      role: roleSchema.optional(),
      active: z.boolean({ error: 'Active must be yes or no.' }).optional(),
      /** Only with the person's agreement: their first name on the receipts of their sales. */
      namedOnReceipts: namedOnReceiptsSchema.optional(),
    }),
    access: ['manager'],
    kind: 'write',
  }),
  'staff.setPin': method<StaffMember>()({
    input: z.strictObject({ staffId: idSchema, pin: pinSchema }),
    access: ['manager'],
    kind: 'write',
  }),
  'staff.setBadge': method<StaffMember>()({
    input: z.strictObject({ staffId: idSchema, badge: badgeSchema.nullable() }),
    access: ['manager'],
    kind: 'write',
  }),
  /** Lets someone locked out by wrong PINs try again now. */
  'staff.clearLockout': method<StaffMember>()({
    input: z.strictObject({ staffId: idSchema }),
    access: ['supervisor', 'manager'],
    kind: 'write',
    authorisableBy: ['supervisor', 'manager'],
  }),
};
