import { z } from 'zod';
import { method } from './define.ts';
import { badgeSchema, idSchema, pinSchema } from './fields.ts';
import type { PersonRef, Shift } from './rota.ts';

// Clocking in and out, and breaks, at the kiosk's log-in screen with a badge or a PIN. These
// are public: the person proves who they are with the credential, exactly as they would to
// log in (same checks, same wrong-PIN pause), and nobody is signed in by it.

export type ClockAction = 'clock_in' | 'clock_out' | 'break_start' | 'break_end';

export interface ClockResult {
  action: ClockAction;
  staff: PersonRef;
  at: string;
  shift: Shift;
  /** What the kiosk says, kindly: "Welcome, Tom. You're clocked in for Till, 09:00 to 13:00." */
  message: string;
}

/** The person's own PIN (with who they are) or badge. */
export const clockCredentialSchema = z.union(
  [
    z.strictObject({ staffId: idSchema, pin: pinSchema }),
    z.strictObject({ badge: badgeSchema }),
  ],
  { error: 'Enter your PIN or scan your badge.' },
);

const clockInput = z.strictObject({ credential: clockCredentialSchema });

export const attendanceMethods = {
  /** Links the person to the shift planned for them now, or starts an unplanned one for a supervisor to confirm. */
  'attendance.clockIn': method<ClockResult>()({
    input: clockInput,
    access: 'public',
    kind: 'write',
  }),
  /** Ends the open shift (and a break still going on). */
  'attendance.clockOut': method<ClockResult>()({
    input: clockInput,
    access: 'public',
    kind: 'write',
  }),
  'attendance.startBreak': method<ClockResult>()({
    input: clockInput,
    access: 'public',
    kind: 'write',
  }),
  'attendance.endBreak': method<ClockResult>()({
    input: clockInput,
    access: 'public',
    kind: 'write',
  }),
};
