import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldLabel, plainSchemaError } from './plainErrors.ts';
import { contract } from './index.ts';

function errorFrom(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return plainSchemaError(parsed.error, input);
}

const form = z.strictObject({
  displayName: z.string().min(1).max(10),
  staffId: z.string(),
  age: z.number().int().min(16).max(99),
  over: z.number().positive().optional(),
  keen: z.boolean().optional(),
  role: z.enum(['trainee', 'supervisor']).optional(),
  tags: z.array(z.string()).optional(),
  cafe: z.strictObject({ vatNumber: z.string().max(14) }).optional(),
});
const good = { displayName: 'Tom', staffId: 's1', age: 20 };

describe('plain-English schema errors', () => {
  it('keeps a message written in the schema as it is, with the field it is about', () => {
    const pin = z.strictObject({ manager: z.strictObject({ pin: z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 numbers.') }) });
    expect(errorFrom(pin, { manager: { pin: 'abcd' } })).toEqual({ code: 'invalid_input', field: 'manager.pin', message: 'A PIN is 4 to 8 numbers.' });
  });

  it('says a missing field should be entered, using its everyday name', () => {
    expect(errorFrom(form, { staffId: 's1', age: 20 })).toEqual({ code: 'invalid_input', field: 'displayName', message: 'Enter the name.' });
    expect(errorFrom(form, { displayName: 'Tom', age: 20 })).toMatchObject({ field: 'staffId', message: 'Enter the person.' });
  });

  it('says what kind of value a field needs when it was given the wrong kind', () => {
    expect(errorFrom(form, { ...good, staffId: 7 }).message).toBe('The person must be text.');
    expect(errorFrom(form, { ...good, age: 'twenty' }).message).toBe('The age must be a number.');
    expect(errorFrom(form, { ...good, keen: 'yes' }).message).toBe('The keen must be yes or no.');
    expect(errorFrom(form, { ...good, tags: 'a,b' }).message).toBe('The tags must be a list.');
    expect(errorFrom(form, { ...good, cafe: 'GB1' })).toEqual({ code: 'invalid_input', field: 'cafe', message: 'The café details could not be read.' });
  });

  it('names a whole number, and limits, without symbols', () => {
    expect(errorFrom(form, { ...good, age: 20.5 })).toMatchObject({ field: 'age', message: 'The age must be a whole number.' });
    expect(errorFrom(form, { ...good, age: 12 }).message).toBe('The age is too small (at least 16).');
    expect(errorFrom(form, { ...good, age: 120 }).message).toBe('The age is too big (at most 99).');
    expect(errorFrom(form, { ...good, over: 0 }).message).toBe('The over is too small (more than 0).');
  });

  it('gives text limits in characters, and asks for empty text to be entered', () => {
    expect(errorFrom(form, { ...good, displayName: 'Thomas Anthony' }).message).toBe('The name can be at most 10 characters.');
    expect(errorFrom(form, { ...good, displayName: '' }).message).toBe('Enter the name.');
    expect(errorFrom(form, { ...good, cafe: { vatNumber: 'GB'.repeat(8) } })).toMatchObject({ field: 'cafe.vatNumber', message: 'The VAT number can be at most 14 characters.' });
  });

  it('asks for one of the options when a choice is not one of them', () => {
    expect(errorFrom(form, { ...good, role: 'boss' })).toMatchObject({ field: 'role', message: 'Choose one of the options for the role.' });
  });

  it('names an unknown field by its full path', () => {
    expect(errorFrom(form, { ...good, isAdmin: true })).toEqual({ code: 'invalid_input', field: 'isAdmin', message: 'The form sent something Apron does not know: isAdmin.' });
    expect(errorFrom(form, { ...good, cafe: { vatNumber: 'GB1', colour: 'red' } })).toMatchObject({ field: 'cafe.colour' });
  });

  it('has no field to name when the whole input cannot be read', () => {
    for (const input of ['hello', 42, [], null, undefined]) {
      expect(errorFrom(form, input)).toEqual({ code: 'invalid_input', message: 'Apron could not read what the screen sent. Please try again.' });
    }
  });

  it('tells missing from wrong even when it is not given the input, if the schema reported it', () => {
    const parsed = form.safeParse({ ...good, staffId: 7 }, { reportInput: true });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(plainSchemaError(parsed.error).message).toBe('The person must be text.');
  });

  it('reports only the first problem, so a person has one thing to fix', () => {
    const error = errorFrom(form, { displayName: '', staffId: 7, age: 'x' });
    expect(error.field).toBe('displayName');
  });

  it('says something sensible for an error with no issues', () => {
    expect(plainSchemaError(new z.ZodError([]))).toEqual({ code: 'invalid_input', message: 'Something in the form is not right.' });
  });

  it('uses the everyday names of fields, and splits other names into words', () => {
    expect(fieldLabel(['manager', 'pin'])).toBe('PIN');
    expect(fieldLabel(['idleLockSeconds'])).toBe('idle time');
    expect(fieldLabel(['cafe', 'charityNumber'])).toBe('charity number');
    expect(fieldLabel(['includeInactive'])).toBe('include inactive');
    expect(fieldLabel(['lines', 3])).toBe('lines');
    expect(fieldLabel([])).toBe('details');
  });

  it('gives plain messages for the real contract, without library jargon', () => {
    const jargon = /invalid input|expected|received|unrecognized|too big|too small|undefined|\bstring\b|\bobject\b/i;
    const samples: [keyof typeof contract, unknown][] = [
      ['staff.create', { displayName: 'Priya', role: 'trainee', pin: 1234 }],
      ['staff.create', { displayName: 'Priya', role: 'chef', pin: '1234' }],
      ['cafe.setUp', { cafe: { name: 'Café', address: 'Street', vatNumber: 'GB1' }, manager: { displayName: 'Ann', pin: '1234' } }],
      ['cafe.setUp', { cafe: [], manager: {} }],
      ['settings.update', { idleLockSeconds: 5 }],
      ['audit.list', { limit: 0 }],
      ['auth.authorise', { method: 'staff.clearLockout', credential: 'x' }],
      ['staff.list', { includeInactive: 1 }],
      ['auth.loginWithBadge', {}],
    ];
    for (const [method, input] of samples) {
      const error = errorFrom(contract[method].input, input);
      expect(error.message, `${method} ${JSON.stringify(input)}`).not.toMatch(jargon);
      expect(error.message).toMatch(/^[A-Z].*[.]$/);
    }
  });
});
