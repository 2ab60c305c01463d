import type { StaffMember } from '../../../shared/contract/index.ts';
import { hashBadge, hashPin } from '../access/secrets.ts';
import type { Handlers, WriteContext } from '../context.ts';
import { fail } from '../errors.ts';
import { findStaffByBadgeHash, getStaff, installSalt, toStaffMember, type StaffRow } from './staffRows.ts';

type StaffHandlers = Pick<Handlers, 'staff.list' | 'staff.create' | 'staff.update' | 'staff.setPin' | 'staff.setBadge' | 'staff.clearLockout'>;

/** A badge belongs to one person; the hash makes the clash visible without the code. */
function badgeHashFor(ctx: WriteContext, badge: string, forStaffId: string | null): string {
  const hash = hashBadge(badge, installSalt(ctx.db));
  const owner = findStaffByBadgeHash(ctx.db, hash);
  if (owner && owner.id !== forStaffId) fail('conflict', `That badge already belongs to ${owner.display_name}.`, { field: 'badge' });
  return hash;
}

function reread(ctx: WriteContext, id: string): StaffMember {
  return toStaffMember(getStaff(ctx.db, id), ctx.now);
}

/** A café must always keep someone who can run it. */
function keepAnActiveManager(ctx: WriteContext, row: StaffRow, nextRole: string, nextActive: boolean): void {
  if (row.role !== 'manager' || (nextRole === 'manager' && nextActive)) return;
  const others = ctx.db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM staff WHERE role = 'manager' AND active = 1 AND id != ?").get(row.id);
  if ((others?.n ?? 0) === 0) fail('conflict', 'Apron needs at least one active manager. Add another manager first.', { field: nextActive ? 'role' : 'active' });
}

export function peopleHandlers(): StaffHandlers {
  return {
    'staff.list': (ctx, input) =>
      ctx.db
        .prepare<[number], StaffRow>('SELECT * FROM staff WHERE active = 1 OR ? = 1 ORDER BY active DESC, display_name COLLATE NOCASE')
        .all(input.includeInactive ? 1 : 0)
        .map((row) => toStaffMember(row, ctx.now)),

    'staff.create': (ctx, input) => {
      const id = ctx.ids();
      const at = ctx.now.toISOString();
      const badgeHash = input.badge ? badgeHashFor(ctx, input.badge, null) : null;
      ctx.db
        .prepare('INSERT INTO staff (id, display_name, role, active, pin_hash, badge_hash, named_on_receipts, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)')
        .run(id, input.displayName, input.role, hashPin(input.pin), badgeHash, input.namedOnReceipts ? 1 : 0, at, at);
      const named = input.namedOnReceipts ? ', named on receipts' : '';
      ctx.note({ subjectType: 'staff', subjectId: id, summary: `Added ${input.displayName} as ${input.role}${badgeHash ? ' with a badge' : ''}${named}` });
      return reread(ctx, id);
    },

    'staff.update': (ctx, input) => {
      const row = getStaff(ctx.db, input.staffId);
      const displayName = input.displayName ?? row.display_name;
      const role = input.role ?? row.role;
      const active = input.active ?? row.active === 1;
      const named = input.namedOnReceipts ?? row.named_on_receipts === 1;
      keepAnActiveManager(ctx, row, role, active);
      ctx.db
        .prepare('UPDATE staff SET display_name = ?, role = ?, active = ?, named_on_receipts = ?, updated_at = ? WHERE id = ?')
        .run(displayName, role, active ? 1 : 0, named ? 1 : 0, ctx.now.toISOString(), row.id);
      const changes = [
        displayName !== row.display_name ? `name to ${displayName}` : null,
        role !== row.role ? `role from ${row.role} to ${role}` : null,
        active !== (row.active === 1) ? (active ? 'switched on' : 'switched off') : null,
        named !== (row.named_on_receipts === 1) ? (named ? 'first name on receipts' : 'no name on receipts') : null,
      ].filter(Boolean);
      ctx.note({ subjectType: 'staff', subjectId: row.id, summary: `Changed ${row.display_name}: ${changes.join(', ') || 'nothing'}` });
      return reread(ctx, row.id);
    },

    'staff.setPin': (ctx, input) => {
      const row = getStaff(ctx.db, input.staffId);
      ctx.db.prepare('UPDATE staff SET pin_hash = ?, failed_pin_count = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(hashPin(input.pin), ctx.now.toISOString(), row.id);
      ctx.note({ subjectType: 'staff', subjectId: row.id, summary: `Set a new PIN for ${row.display_name}` });
      return reread(ctx, row.id);
    },

    'staff.setBadge': (ctx, input) => {
      const row = getStaff(ctx.db, input.staffId);
      const hash = input.badge === null ? null : badgeHashFor(ctx, input.badge, row.id);
      ctx.db.prepare('UPDATE staff SET badge_hash = ?, updated_at = ? WHERE id = ?').run(hash, ctx.now.toISOString(), row.id);
      ctx.note({ subjectType: 'staff', subjectId: row.id, summary: hash ? `Gave ${row.display_name} a badge` : `Removed ${row.display_name}'s badge` });
      return reread(ctx, row.id);
    },

    'staff.clearLockout': (ctx, input) => {
      const row = getStaff(ctx.db, input.staffId);
      ctx.db.prepare('UPDATE staff SET failed_pin_count = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), row.id);
      ctx.note({ subjectType: 'staff', subjectId: row.id, summary: `Let ${row.display_name} try their PIN again` });
      return reread(ctx, row.id);
    },
  };
}
