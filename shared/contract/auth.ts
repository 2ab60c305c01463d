import { z } from 'zod';
import { method, type Role } from './define.ts';
import { badgeSchema, idSchema, pinSchema } from './fields.ts';

export interface SignedInStaff {
  id: string;
  displayName: string;
  role: Role;
}

export interface SessionInfo {
  staff: SignedInStaff | null;
  /** Seconds without use before the till locks itself. */
  idleLockSeconds: number;
  /** Set when the last session ended by itself, so the screen can say why. */
  endedBecause: 'idle' | null;
}

export interface LoginTile {
  id: string;
  displayName: string;
  role: Role;
}

export interface Authorisation {
  token: string;
  method: string;
  authorisedBy: SignedInStaff;
  expiresAt: string;
}

const credential = z.union(
  [
    z.strictObject({ staffId: idSchema, pin: pinSchema }),
    z.strictObject({ badge: badgeSchema }),
  ],
  { error: 'Enter a supervisor PIN or scan a supervisor badge.' },
);

export const authMethods = {
  'auth.session': method<SessionInfo>()({
    input: z.strictObject({}),
    access: 'public',
    kind: 'read',
    passive: true,
  }),
  'auth.loginTiles': method<LoginTile[]>()({
    input: z.strictObject({}),
    access: 'public',
    kind: 'read',
    passive: true,
  }),
  'auth.loginWithPin': method<SessionInfo>()({
    input: z.strictObject({ staffId: idSchema, pin: pinSchema }),
    access: 'public',
    kind: 'write',
  }),
  'auth.loginWithBadge': method<SessionInfo>()({
    input: z.strictObject({ badge: badgeSchema }),
    access: 'public',
    kind: 'write',
  }),
  'auth.logout': method<SessionInfo>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'write',
  }),
  /** The screen reports that someone is still using it, so the idle lock waits. */
  'auth.stillHere': method<{ idleLockSeconds: number }>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
  }),
  /** A supervisor (or above) authorises one named call inside someone else's session. */
  'auth.authorise': method<Authorisation>()({
    input: z.strictObject({
      method: z.string({ error: 'Say what is being authorised.' }).min(1).max(64),
      credential,
    }),
    access: 'signed-in',
    kind: 'write',
  }),
};
