import { z } from 'zod';

// Field schemas reused by several domains, each with the message a person should read.

export const pinSchema = z
  .string({ error: 'Enter your PIN.' })
  .regex(/^\d{4,8}$/, 'A PIN is 4 to 8 numbers, with no letters or spaces.');

export const badgeSchema = z
  .string({ error: 'Scan a badge.' })
  .trim()
  .min(4, 'That badge code is too short: scan the badge again.')
  .max(64, 'That badge code is too long: scan the badge again.')
  .regex(/^[\x21-\x7e]+$/, 'That badge code has characters a badge cannot have: scan it again.');

export const idSchema = z.string({ error: 'Choose who or what this is about.' }).min(1).max(64);

export function text(label: string, max: number) {
  return z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} can be at most ${max} characters.`);
}

export function optionalText(label: string, max: number) {
  return z
    .string({ error: `The ${label} must be text.` })
    .trim()
    .max(max, `The ${label} can be at most ${max} characters.`)
    .optional()
    .transform((v) => (v === undefined || v === '' ? null : v));
}
