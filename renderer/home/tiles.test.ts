import { describe, expect, it } from 'vitest';
import { mayOpen } from '../app/routes.ts';
import { homeTilesFor } from './tiles.ts';

describe('home tiles', () => {
  it('gives a trainee the till, clocking and their own progress, all coming soon', () => {
    const tiles = homeTilesFor('trainee');
    expect(tiles.map((t) => t.label)).toEqual(['Till', 'Clock in/out', 'My hours and skills']);
    expect(tiles.every((t) => t.route === undefined)).toBe(true);
  });

  it('gives a supervisor the staff list', () => {
    expect(homeTilesFor('supervisor').filter((t) => t.route).map((t) => t.label)).toEqual(['Staff list']);
  });

  it('gives a manager staff, audit log and settings', () => {
    expect(homeTilesFor('manager').filter((t) => t.route).map((t) => t.route)).toEqual(['staff', 'audit', 'settings']);
  });

  it('never offers a tile to a screen the role may not open', () => {
    for (const role of ['trainee', 'supervisor', 'manager'] as const) {
      for (const tile of homeTilesFor(role)) if (tile.route) expect(mayOpen(tile.route, role)).toBe(true);
    }
  });
});
