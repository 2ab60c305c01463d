import type { InputOf, Shift } from '../../../shared/contract/index.ts';
import { createTestCafe, valueOf, type Person, type Screen, type TestCore } from './testCore.ts';
import type { SettableClock } from '../clock.ts';

// Test helpers for the rota: a café with a second trainee, shifts planned and published
// through the dispatcher, and the kiosk's clock-in by PIN or badge.

export const priya: Omit<Person, 'id'> = { displayName: 'Priya Shah', role: 'trainee', pin: '73019264', badge: 'BADGE-PRIYA-3390' };

export interface RotaCafe {
  t: TestCore;
  /** The supervisor, signed in on the office screen. */
  sam: Screen;
  tom: Person;
  priya: Person;
  /** A kiosk screen nobody is signed in on (clocking in and out happens here). */
  kiosk: Screen;
}

/** A set-up café with Tom and Priya as trainees and Sam signed in to plan. */
export function createRotaCafe(options: { clock?: SettableClock } = {}): RotaCafe {
  const t = createTestCafe(options);
  const manager = t.loginAs('manager');
  const p = valueOf(manager.call('staff.create', { displayName: priya.displayName, role: 'trainee', pin: priya.pin, badge: priya.badge }));
  valueOf(manager.call('auth.logout', {}));
  return { t, sam: t.loginAs('supervisor'), tom: t.person('trainee'), priya: { ...priya, id: p.id }, kiosk: t.screen('kiosk') };
}

export type ShiftInput = InputOf<'rota.addShift'>;

/** Plans a shift that must be accepted. */
export function plan(screen: Screen, input: Partial<ShiftInput> & Pick<ShiftInput, 'date' | 'start' | 'end'>): Shift {
  return valueOf(screen.call('rota.addShift', { stationId: 'station-till', ...input })).shift;
}

export function publish(screen: Screen, week: string): void {
  valueOf(screen.call('rota.publish', { week }));
}

export function byPin(person: Person): { credential: { staffId: string; pin: string } } {
  return { credential: { staffId: person.id, pin: person.pin } };
}

export function byBadge(person: Person): { credential: { badge: string } } {
  return { credential: { badge: person.badge } };
}

/** The shift's row as stored, for assertions on what the database holds. */
export function shiftRow(t: TestCore, id: string): Record<string, unknown> {
  const row = t.db.prepare('SELECT * FROM shifts WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!row) throw new Error(`no shift ${id}`);
  return row;
}

const ROTA_TABLES = ['shifts', 'shift_breaks', 'shift_templates', 'shift_template_items', 'unavailable_times', 'time_off', 'shift_swaps', 'hour_certifications', 'stations', 'rota_settings'] as const;

/** The rota's own tables (not the audit log, or staff rows a wrong PIN may touch). */
export function rotaSnapshot(t: TestCore): Record<string, unknown[]> {
  const all = t.snapshot().tables;
  return Object.fromEntries(ROTA_TABLES.map((name) => [name, all[name] ?? []]));
}
