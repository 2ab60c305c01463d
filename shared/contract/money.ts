import { z } from 'zod';
import { DENOMINATIONS } from '../money.ts';

// Field schemas for money, shared by the catalogue, sales and cash.

/** Up to £10,000 in pence: far beyond a café order, small enough to stop a slip of the finger. */
export const MAX_PENCE = 1_000_000;

export function pence(label: string, { allowZero = true }: { allowZero?: boolean } = {}) {
  return z
    .number({ error: `The ${label} must be an amount in pence.` })
    .int(`The ${label} must be whole pence.`)
    .min(allowZero ? 0 : 1, allowZero ? `The ${label} cannot be negative.` : `The ${label} must be more than nothing.`)
    .max(MAX_PENCE, `The ${label} can be at most £${MAX_PENCE / 100}.`);
}

/** A count of notes and coins: {"2000": 3, "100": 5}. */
export const denominationCountSchema = z
  .partialRecord(
    z.enum(DENOMINATIONS.map(String) as [string, ...string[]], { error: 'That is not a UK note or coin.' }),
    z.number({ error: 'Count the notes and coins as numbers.' }).int('Count whole notes and coins.').min(0, 'A count cannot be negative.').max(100_000, 'That count is too large.'),
  )
  .refine((c) => Object.keys(c).length > 0, 'Count the drawer: enter at least one note or coin (0 if empty).');
