import type { WriteDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { findStaffByBadgeHash, getStaff, installSalt, type StaffRow } from '../people/staffRows.ts';
import { afterWrongPin, describeWait, secondsLocked } from './lockout.ts';
import { hashBadge, pinMatches } from './secrets.ts';

/**
 * Checks a person's PIN. A wrong PIN is counted (and kept: the error carries `record`),
 * and past the free slips the person is paused for a growing time.
 */
export function checkPin(db: WriteDb, staffId: string, pin: string, now: Date): StaffRow {
  const row = getStaff(db, staffId);
  if (row.active !== 1) fail('forbidden', `${row.display_name} is switched off in Apron. Ask a manager.`, { field: 'staffId' });
  if (!row.pin_hash) fail('invalid_input', `${row.display_name} has no PIN yet. Ask a manager to set one.`, { field: 'pin' });
  const waitSeconds = secondsLocked(row.locked_until, now);
  if (waitSeconds > 0) {
    fail('locked_out', `Too many wrong PINs. ${row.display_name} can try again in ${describeWait(waitSeconds)}, or ask a supervisor to let you in.`, {
      field: 'pin',
      retryAfterSeconds: waitSeconds,
      record: true,
    });
  }
  if (pinMatches(pin, row.pin_hash)) {
    if (row.failed_pin_count > 0 || row.locked_until) {
      db.prepare('UPDATE staff SET failed_pin_count = 0, locked_until = NULL WHERE id = ?').run(row.id);
    }
    return row;
  }
  const decision = afterWrongPin(row.failed_pin_count, now);
  db.prepare('UPDATE staff SET failed_pin_count = ?, locked_until = ? WHERE id = ?').run(decision.failedCount, decision.lockedUntil?.toISOString() ?? null, row.id);
  if (decision.lockedUntil) {
    fail('locked_out', `That PIN is not right. To keep the till safe, ${row.display_name} can try again in ${describeWait(decision.pauseSeconds)}, or ask a supervisor.`, {
      field: 'pin',
      retryAfterSeconds: decision.pauseSeconds,
      record: true,
    });
  }
  const tries = decision.triesLeft === 1 ? '1 more try' : `${decision.triesLeft} more tries`;
  return fail('invalid_input', `That PIN is not right. Please try again (${tries} before a short pause).`, { field: 'pin', record: true });
}

export function checkBadge(db: WriteDb, badge: string): StaffRow {
  const row = findStaffByBadgeHash(db, hashBadge(badge, installSalt(db)));
  if (!row) fail('not_found', 'That badge is not known to Apron. Use your PIN, or ask a manager to add the badge.', { field: 'badge', record: true });
  if (row.active !== 1) fail('forbidden', `${row.display_name} is switched off in Apron. Ask a manager.`, { field: 'badge' });
  return row;
}
