import type { Role, StaffMember } from '../../../shared/contract/index.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import type { Caller } from '../context.ts';

export interface StaffRow {
  id: string;
  display_name: string;
  role: Role;
  active: number;
  pin_hash: string | null;
  badge_hash: string | null;
  failed_pin_count: number;
  locked_until: string | null;
  named_on_receipts: number;
  created_at: string;
}

export function findStaff(db: ReadDb, id: string): StaffRow | undefined {
  return db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE id = ?').get(id);
}

export function getStaff(db: ReadDb, id: string): StaffRow {
  return findStaff(db, id) ?? fail('not_found', 'That person is not on the staff list.', { field: 'staffId' });
}

export function findStaffByBadgeHash(db: ReadDb, badgeHash: string): StaffRow | undefined {
  return db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE badge_hash = ?').get(badgeHash);
}

export function installSalt(db: ReadDb): string {
  const row = db.prepare<[], { badge_salt: string }>('SELECT badge_salt FROM install WHERE id = 1').get();
  if (!row) throw new Error('install row missing: the first migration did not run');
  return row.badge_salt;
}

export function toStaffMember(row: StaffRow, now: Date): StaffMember {
  return {
    id: row.id,
    displayName: row.display_name,
    role: row.role,
    active: row.active === 1,
    hasPin: row.pin_hash !== null,
    hasBadge: row.badge_hash !== null,
    lockedUntil: row.locked_until && Date.parse(row.locked_until) > now.getTime() ? row.locked_until : null,
    namedOnReceipts: row.named_on_receipts === 1,
    createdAt: row.created_at,
  };
}

export function toCaller(row: StaffRow): Caller {
  return { id: row.id, displayName: row.display_name, role: row.role };
}
