import type { ConflictKind, PublishResult, RotaBulkResult, RotaConflict, RotaWeek, Shift } from '../../shared/contract/index.ts';
import { formatCafeClock } from '../../shared/dates.ts';
import { dayInWords } from './week.ts';

// The week's grid as rows of cells, and the words the grid uses for a shift's times, state
// and conflicts. The core works out every conflict; these only arrange and name them.

export type RotaView = 'stations' | 'people';

export interface GridCell {
  day: string;
  shifts: Shift[];
}

export interface GridRow {
  key: string;
  label: string;
  /** "No longer used", "Supervisor": said under the row's name. */
  note: string | null;
  /** What a new shift added in this row starts with. */
  stationId: string | null;
  traineeId: string | null;
  cells: GridCell[];
}

function byStart(a: Shift, b: Shift): number {
  const x = a.startAt ?? a.clockedInAt ?? '';
  const y = b.startAt ?? b.clockedInAt ?? '';
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
}

function cellsFor(week: RotaWeek, keep: (shift: Shift) => boolean): GridCell[] {
  return week.days.map((day) => ({ day, shifts: week.shifts.filter((s) => s.day === day && keep(s)).sort(byStart) }));
}

const roleWords = { trainee: null, supervisor: 'Supervisor', manager: 'Manager' } as const;

/** Days × stations, or days × people with open shifts first. */
export function gridRows(week: RotaWeek, view: RotaView): GridRow[] {
  if (view === 'stations') {
    const rows: GridRow[] = week.stations.map((st) => ({
      key: st.id,
      label: st.name,
      note: st.active ? null : 'No longer used',
      stationId: st.active ? st.id : null,
      traineeId: null,
      cells: cellsFor(week, (s) => s.station?.id === st.id),
    }));
    if (week.shifts.some((s) => s.station === null)) {
      rows.push({ key: 'no-station', label: 'No station', note: 'Clocked in without a plan', stationId: null, traineeId: null, cells: cellsFor(week, (s) => s.station === null) });
    }
    return rows;
  }
  const rows: GridRow[] = [{ key: 'open', label: 'Open shifts', note: 'Nobody given yet', stationId: null, traineeId: null, cells: cellsFor(week, (s) => s.trainee === null) }];
  const listed = new Set(week.people.map((p) => p.id));
  for (const p of week.people) {
    rows.push({ key: p.id, label: p.displayName, note: roleWords[p.role], stationId: null, traineeId: p.id, cells: cellsFor(week, (s) => s.trainee?.id === p.id) });
  }
  // Someone switched off since still shows with the shifts they had.
  const others = new Map<string, string>();
  for (const s of week.shifts) if (s.trainee && !listed.has(s.trainee.id)) others.set(s.trainee.id, s.trainee.displayName);
  for (const [id, name] of others) {
    rows.push({ key: id, label: name, note: 'No longer on the staff list', stationId: null, traineeId: null, cells: cellsFor(week, (s) => s.trainee?.id === id) });
  }
  return rows;
}

export const conflictLabels: Record<ConflictKind, string> = {
  double_booking: 'Double booked',
  unavailable: 'Not available',
  time_off: 'Time off',
  too_long: 'Too long',
  too_little_rest: 'Too little rest',
  station_not_signed_off: 'Not signed off for this station',
};

export function conflictsByShift(conflicts: readonly RotaConflict[]): Map<string, RotaConflict[]> {
  const map = new Map<string, RotaConflict[]>();
  for (const c of conflicts) {
    const list = map.get(c.shiftId) ?? [];
    list.push(c);
    map.set(c.shiftId, list);
  }
  return map;
}

export function isCancelled(shift: Shift): boolean {
  return shift.attendance?.status === 'cancelled';
}

export type ShiftStatusKey = 'draft' | 'published' | 'changed' | 'cancelled' | 'unplanned';

export interface ShiftStatus {
  key: ShiftStatusKey;
  label: string;
  /** More about it, for the shift's details: "Published as 09:00–13:00". */
  detail: string | null;
}

/** Where a shift stands, in words: colour on the grid only repeats this. */
export function shiftStatus(shift: Shift): ShiftStatus {
  if (shift.unplanned) return { key: 'unplanned', label: 'Not planned', detail: 'Someone clocked in without a planned shift: sort it out on the Hours screen.' };
  if (isCancelled(shift)) {
    return shift.changedSincePublished
      ? { key: 'cancelled', label: 'Cancelled', detail: 'Cancelled after it was published. Its trainee sees it as cancelled by the café.' }
      : { key: 'cancelled', label: 'Cancelled', detail: 'Cancelled by the café.' };
  }
  if (shift.state === 'draft') return { key: 'draft', label: 'Draft', detail: 'Not published yet: trainees cannot see it.' };
  if (shift.changedSincePublished) {
    const was = shift.publishedStartAt && shift.publishedEndAt ? `Published as ${formatCafeClock(shift.publishedStartAt)}–${formatCafeClock(shift.publishedEndAt)}. ` : '';
    return { key: 'changed', label: 'Changed', detail: `${was}Changed since it was published: publish the week to send the change.` };
  }
  return { key: 'published', label: 'Published', detail: 'Trainees can see it.' };
}

/** "09:00–13:00", or "22:00–06:00 next day" for a night shift. */
export function shiftTimes(shift: Shift): string {
  if (shift.start === null || shift.end === null) {
    return shift.clockedInAt ? `Clocked in ${formatCafeClock(shift.clockedInAt)}` : 'No planned times';
  }
  return `${shift.start}–${shift.end}${shift.endsNextDay ? ' next day' : ''}`;
}

/** "4 hours", "7 hours 30 minutes". */
export function lengthInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? '1 hour' : `${h} hours`;
  const mins = m === 1 ? '1 minute' : `${m} minutes`;
  if (h === 0) return mins;
  return m === 0 ? hours : `${hours} ${mins}`;
}

/** "Till, Monday 23 March, 09:00–13:00". */
export function shiftPlace(shift: Shift): string {
  return `${shift.station?.name ?? 'No station'}, ${dayInWords(shift.day)}, ${shiftTimes(shift)}`;
}

/** "Tom Trainee on Till, Monday 23 March, 09:00–13:00". */
export function shiftInWords(shift: Shift): string {
  return `${shift.trainee?.displayName ?? 'An open shift'} on ${shift.station?.name ?? 'no station'}, ${dayInWords(shift.day)}, ${shiftTimes(shift)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The week's state under its heading: what is waiting to be published. */
export function weekStateWords(week: RotaWeek): string {
  const planned = week.shifts.filter((s) => !s.unplanned && !isCancelled(s)).length;
  if (planned === 0 && week.changed === 0) return 'Nothing planned this week yet.';
  if (week.drafts === 0 && week.changed === 0) return `${plural(planned, 'shift', 'shifts')}, all published.`;
  const waiting = [week.drafts > 0 ? `${plural(week.drafts, 'draft shift', 'draft shifts')}` : null, week.changed > 0 ? plural(week.changed, 'change', 'changes') : null].filter(Boolean);
  return `${waiting.join(' and ')} not published yet: trainees cannot see ${week.drafts + week.changed === 1 ? 'it' : 'them'} until you publish.`;
}

/** The question the Publish button asks, or null when there is nothing to publish. */
export function publishQuestion(week: Pick<RotaWeek, 'drafts' | 'changed'>): string | null {
  if (week.drafts === 0 && week.changed === 0) return null;
  const parts = [week.drafts > 0 ? plural(week.drafts, 'new shift', 'new shifts') : null, week.changed > 0 ? plural(week.changed, 'change', 'changes') : null].filter(Boolean);
  return `Publish ${parts.join(' and ')}? ${week.drafts > 0 ? `${plural(week.drafts, 'shift becomes', 'shifts become')} visible to trainees on My shifts.` : 'Trainees see the changes on My shifts.'}`;
}

export function publishedWords(result: PublishResult): string {
  if (result.published === 0 && result.changes === 0) return 'There was nothing new to publish.';
  const parts: string[] = [];
  if (result.published > 0) parts.push(`${plural(result.published, 'shift is', 'shifts are')} now visible to trainees`);
  if (result.changes > 0) parts.push(`${plural(result.changes, 'change is', 'changes are')} now published`);
  return `Published: ${parts.join(', and ')}.`;
}

/** What copying last week or applying a template did: a headline and one line per shift not made as planned. */
export function bulkWords(result: RotaBulkResult, what: string): { text: string; details: string[] } {
  const parts = [`${what}: ${plural(result.added, 'shift', 'shifts')} added as drafts`];
  if (result.leftOpen.length > 0) parts.push(`${result.leftOpen.length} left open`);
  if (result.skipped.length > 0) parts.push(`${result.skipped.length} not copied`);
  return { text: `${parts.join(', ')}.`, details: [...result.leftOpen.map((l) => l.message), ...result.skipped.map((s) => s.message)] };
}
