import { describe, expect, it } from 'vitest';
import { hrefFor, mayOpen, parseRoute, whoMayOpen } from './routes.ts';

describe('screens by address', () => {
  it('reads the hash', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/staff')).toEqual({ name: 'staff' });
    expect(parseRoute('#/audit/')).toEqual({ name: 'audit' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'unknown', path: '/nowhere' });
    expect(hrefFor('settings')).toBe('#/settings');
  });

  it('never lets a trainee open a manager screen', () => {
    expect(mayOpen('staff', 'trainee')).toBe(false);
    expect(mayOpen('audit', 'trainee')).toBe(false);
    expect(mayOpen('settings', 'trainee')).toBe(false);
    expect(mayOpen('home', 'trainee')).toBe(true);
  });

  it('lets a supervisor see the staff list but not the audit log', () => {
    expect(mayOpen('staff', 'supervisor')).toBe(true);
    expect(mayOpen('audit', 'supervisor')).toBe(false);
    expect(mayOpen('audit', 'manager')).toBe(true);
  });

  it('keeps the till’s back office from trainees: cash-up and practice review for supervisors, catalogue and reports for managers', () => {
    for (const route of ['cash', 'practice', 'catalogue', 'reports'] as const) expect(mayOpen(route, 'trainee')).toBe(false);
    expect(mayOpen('cash', 'supervisor')).toBe(true);
    expect(mayOpen('practice', 'supervisor')).toBe(true);
    expect(mayOpen('catalogue', 'supervisor')).toBe(false);
    expect(mayOpen('reports', 'supervisor')).toBe(false);
    expect(parseRoute('#/cash')).toEqual({ name: 'cash' });
  });

  it('says who a screen is for', () => {
    expect(whoMayOpen('audit')).toBe('managers');
    expect(whoMayOpen('staff')).toBe('supervisors or managers');
  });
});
