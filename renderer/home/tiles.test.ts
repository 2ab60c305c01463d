import { describe, expect, it } from 'vitest';
import { mayOpen } from '../app/routes.ts';
import { homeTilesFor } from './tiles.ts';

describe('home tiles', () => {
  it('gives a trainee the till, sales history, their shifts, hours, availability, skills and progress', () => {
    const tiles = homeTilesFor('trainee');
    expect(tiles.map((t) => t.label)).toEqual(['Till', 'Sales history', 'My shifts', 'My hours', 'Availability', 'My skills', 'My progress']);
    expect(tiles.filter((t) => t.route).map((t) => t.route)).toEqual(['till', 'history', 'myShifts', 'myHours', 'availability', 'mySkills', 'myProgress']);
  });

  it('gives a supervisor the till, sales history, the rota, hours, availability, cash-up, practice review, skills sign-off and the staff list', () => {
    expect(homeTilesFor('supervisor').filter((t) => t.route).map((t) => t.label)).toEqual(['Till', 'Sales history', 'Rota', 'Hours', 'Availability', 'Cash-up', 'Practice review', 'Skills sign-off', 'Staff list']);
  });

  it('gives a manager staff, audit log, settings, the till, sales history, cash-up, practice review, catalogue, reports, hardware, the rota, hours, availability, skills, trainees and evidence', () => {
    expect(homeTilesFor('manager').filter((t) => t.route).map((t) => t.route)).toEqual(['staff', 'audit', 'settings', 'till', 'history', 'cash', 'practice', 'catalogue', 'reports', 'hardware', 'rota', 'hours', 'availability', 'skills', 'framework', 'trainees', 'evidence']);
  });

  it('never offers a tile to a screen the role may not open', () => {
    for (const role of ['trainee', 'supervisor', 'manager'] as const) {
      for (const tile of homeTilesFor(role)) if (tile.route) expect(mayOpen(tile.route, role)).toBe(true);
    }
  });
});
