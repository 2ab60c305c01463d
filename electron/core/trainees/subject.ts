import type { Role } from '../../../shared/contract/index.ts';
import type { Caller } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { getStaff, type StaffRow } from '../people/staffRows.ts';

// Whose record a call is about. Everyone may see their own; the roles in `othersFor` may see
// anyone's. Asking for someone else's without that role is forbidden (the dispatcher audits it).

export function subjectOf(ctx: { db: ReadDb; caller: Caller | null }, staffId: string | undefined, what: string, othersFor: readonly Role[]): StaffRow {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const id = staffId ?? caller.id;
  if (id !== caller.id && !othersFor.includes(caller.role)) {
    fail('forbidden', `${caller.displayName}, you can only see your own ${what}.`, { field: 'staffId' });
  }
  return getStaff(ctx.db, id);
}

/** Someone skills, records and outcomes are kept for: a trainee (or someone who has a record from when they were one). */
export function traineeFor(db: ReadDb, staffId: string, field = 'staffId'): StaffRow {
  const row = getStaff(db, staffId);
  if (row.role !== 'trainee') {
    const hasRecord = db.prepare<[string], { staff_id: string }>('SELECT staff_id FROM trainee_records WHERE staff_id = ?').get(staffId);
    if (!hasRecord) fail('conflict', `${row.display_name} is a ${row.role}: this is kept for trainees.`, { field });
  }
  return row;
}
