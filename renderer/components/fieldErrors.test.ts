import { describe, expect, it } from 'vitest';
import { errorFor, formLevelError } from './fieldErrors.ts';

const pinError = { code: 'invalid_input' as const, message: 'A PIN is 4 to 8 numbers, with no letters or spaces.', field: 'manager.pin' };

describe('errors beside fields', () => {
  it('puts the message on the field the core named', () => {
    expect(errorFor(pinError, 'manager.pin')).toBe(pinError.message);
    expect(errorFor(pinError, 'manager.displayName')).toBeUndefined();
  });

  it('puts a message about a group on its first field', () => {
    expect(errorFor({ ...pinError, field: 'cafe.name' }, 'cafe')).toBe(pinError.message);
  });

  it('shows an error with no matching field above the form', () => {
    expect(formLevelError(pinError, ['manager.pin'])).toBeUndefined();
    expect(formLevelError({ code: 'conflict', message: 'Already set up.' }, ['manager.pin'])).toBe('Already set up.');
    expect(formLevelError(null, [])).toBeUndefined();
  });
});
