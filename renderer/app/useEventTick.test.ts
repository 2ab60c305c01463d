import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../shared/contract/index.ts';
import { concerns } from './useEventTick.ts';

const skills = (staffId: string | null): EventMessage => ({ event: 'skills.changed', payload: { staffId } });
const backup: EventMessage = { event: 'backup.status', payload: { state: 'ok', message: 'Backed up at 14:05: 2.1 MB, checked.', at: '2030-10-01T13:05:00Z' } };

describe('a change the core announces', () => {
  it('concerns a screen listening for its kind, whoever it is about', () => {
    expect(concerns(skills('tom'), ['skills.changed'])).toBe(true);
    expect(concerns(backup, ['backup.status'])).toBe(true);
    expect(concerns(skills('tom'), ['attendance.changed', 'rota.changed'])).toBe(false);
  });

  it('concerns Tom’s page when it is about Tom or everyone, not about Priya', () => {
    expect(concerns(skills('tom'), ['skills.changed'], 'tom')).toBe(true);
    expect(concerns(skills(null), ['skills.changed'], 'tom')).toBe(true);
    expect(concerns(skills('priya'), ['skills.changed'], 'tom')).toBe(false);
  });

  it('concerns the framework only when it is about everyone', () => {
    expect(concerns(skills(null), ['skills.changed'], null)).toBe(true);
    expect(concerns(skills('tom'), ['skills.changed'], null)).toBe(false);
  });
});
