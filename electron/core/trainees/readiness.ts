import type { ParsedInputOf, ReadinessChecklist, ReadinessItem } from '../../../shared/contract/index.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import type { StaffRow } from '../people/staffRows.ts';
import { subjectOf, traineeFor } from './subject.ts';

// Readiness for paid work: a checklist the manager writes (a CV, interview practice, how to get
// to work), ticked per trainee by a supervisor or manager. A retired item keeps its ticks but no
// longer shows on checklists.

interface ItemRow {
  id: string;
  title: string;
  position: number;
  active: number;
}

function toItem(row: ItemRow): ReadinessItem {
  return { id: row.id, title: row.title, position: row.position, active: row.active === 1 };
}

export function readinessItems(db: ReadDb, includeRetired: boolean): ReadinessItem[] {
  return db
    .prepare<[number], ItemRow>('SELECT id, title, position, active FROM readiness_items WHERE active >= ? ORDER BY position, title COLLATE NOCASE')
    .all(includeRetired ? 0 : 1)
    .map(toItem);
}

export function checklistOf(db: ReadDb, staff: Pick<StaffRow, 'id' | 'display_name'>): ReadinessChecklist {
  const items = readinessItems(db, false);
  const ticks = db
    .prepare<[string], { item_id: string; ticked_by_id: string; ticked_by_name: string; ticked_at: string; note: string | null }>(
      'SELECT item_id, ticked_by_id, ticked_by_name, ticked_at, note FROM readiness_ticks WHERE staff_id = ?',
    )
    .all(staff.id);
  const entries = items.map((item) => {
    const tick = ticks.find((t) => t.item_id === item.id);
    return { item, ticked: tick ? { by: { id: tick.ticked_by_id, displayName: tick.ticked_by_name }, at: tick.ticked_at, note: tick.note } : null };
  });
  return { staff: { id: staff.id, displayName: staff.display_name }, items: entries, ticked: entries.filter((e) => e.ticked !== null).length, total: entries.length };
}

export function listItems(ctx: ReadContext, input: ParsedInputOf<'readiness.items'>): ReadinessItem[] {
  return readinessItems(ctx.db, input.includeRetired);
}

export function saveItem(ctx: WriteContext, input: ParsedInputOf<'readiness.saveItem'>): ReadinessItem {
  const at = ctx.now.toISOString();
  const clash = ctx.db.prepare<[string, string], { id: string }>('SELECT id FROM readiness_items WHERE title = ? COLLATE NOCASE AND id IS NOT ?').get(input.title, input.id ?? '');
  if (clash) fail('conflict', `The checklist already has "${input.title}".`, { field: 'title' });
  let id = input.id;
  if (id === undefined) {
    id = ctx.ids();
    ctx.db.prepare('INSERT INTO readiness_items (id, title, position, active, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, input.title, input.position, input.active ? 1 : 0, at);
    ctx.note({ subjectType: 'readiness_item', subjectId: id, summary: `Added "${input.title}" to the readiness checklist` });
  } else {
    const before = ctx.db.prepare<[string], ItemRow>('SELECT * FROM readiness_items WHERE id = ?').get(id) ?? fail('not_found', 'That checklist item is not there any more.', { field: 'id' });
    ctx.db.prepare('UPDATE readiness_items SET title = ?, position = ?, active = ?, updated_at = ? WHERE id = ?').run(input.title, input.position, input.active ? 1 : 0, at, id);
    const words = [before.title !== input.title ? `renamed from "${before.title}"` : null, (before.active === 1) !== input.active ? (input.active ? 'back in use' : 'retired') : null].filter(Boolean);
    ctx.note({ subjectType: 'readiness_item', subjectId: id, summary: `Changed the readiness item "${input.title}"${words.length > 0 ? `: ${words.join(', ')}` : ''}` });
  }
  ctx.emit({ event: 'trainee.changed', payload: { staffId: null, what: 'readiness' } });
  const row = ctx.db.prepare<[string], ItemRow>('SELECT * FROM readiness_items WHERE id = ?').get(id) ?? fail('internal', 'The checklist item vanished while saving.');
  return toItem(row);
}

export function tickItem(ctx: WriteContext, input: ParsedInputOf<'readiness.tick'>): ReadinessChecklist {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const staff = traineeFor(ctx.db, input.staffId);
  const item = ctx.db.prepare<[string], ItemRow>('SELECT * FROM readiness_items WHERE id = ?').get(input.itemId) ?? fail('not_found', 'That checklist item is not there any more.', { field: 'itemId' });
  if (item.active !== 1) fail('conflict', `"${item.title}" is no longer on the checklist.`, { field: 'itemId' });
  if (input.ticked) {
    ctx.db
      .prepare(
        `INSERT INTO readiness_ticks (staff_id, item_id, ticked_by_id, ticked_by_name, ticked_at, note) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (staff_id, item_id) DO UPDATE SET ticked_by_id = excluded.ticked_by_id, ticked_by_name = excluded.ticked_by_name, ticked_at = excluded.ticked_at, note = excluded.note`,
      )
      .run(staff.id, item.id, caller.id, caller.displayName, ctx.now.toISOString(), input.note);
  } else {
    ctx.db.prepare('DELETE FROM readiness_ticks WHERE staff_id = ? AND item_id = ?').run(staff.id, item.id);
  }
  ctx.note({ subjectType: 'staff', subjectId: staff.id, summary: `${input.ticked ? 'Ticked' : 'Unticked'} "${item.title}" for ${staff.display_name}` });
  ctx.emit({ event: 'trainee.changed', payload: { staffId: staff.id, what: 'readiness' } });
  return checklistOf(ctx.db, staff);
}

export function readChecklist(ctx: ReadContext, input: ParsedInputOf<'readiness.checklist'>): ReadinessChecklist {
  const person = subjectOf(ctx, input.staffId, 'readiness checklist', ['supervisor', 'manager']);
  return checklistOf(ctx.db, traineeFor(ctx.db, person.id));
}
