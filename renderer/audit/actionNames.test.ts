import { describe, expect, it } from 'vitest';
import { actionName } from './actionNames.ts';

describe('audit action names', () => {
  it('says what was done in plain words', () => {
    expect(actionName('staff.create')).toBe('Added a person');
    expect(actionName('auth.idleLock')).toBe('Till locked itself');
  });

  it('shows an action it does not know as it is, rather than hiding it', () => {
    expect(actionName('sales.refund')).toBe('sales.refund');
  });
});
