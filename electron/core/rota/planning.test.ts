import { describe, expect, it } from 'vitest';
import { createRotaCafe, plan, publish, rotaSnapshot, shiftRow } from '../testing/rota.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// Planning the rota through the dispatcher: the café's clock is Monday 4 March 2030, 09:00.

/** These tests are about time conflicts; skills warnings have their own tests. */
const withoutSkills = <T extends { kind: string }>(conflicts: readonly T[]): T[] => conflicts.filter((c) => c.kind !== 'station_not_signed_off');

describe('planning the rota', () => {
  it('a supervisor plans a shift as a draft, in café time, stored in UTC', () => {
    const { t, sam, tom } = createRotaCafe();
    const change = valueOf(sam.call('rota.addShift', { date: '2030-03-11', start: '09:00', end: '13:00', stationId: 'station-till', traineeId: tom.id, supervisorId: t.person('supervisor').id, note: 'Show Tom the card terminal' }));
    expect(change.shift).toMatchObject({
      day: '2030-03-11',
      startAt: '2030-03-11T09:00:00.000Z',
      endAt: '2030-03-11T13:00:00.000Z',
      start: '09:00',
      end: '13:00',
      endsNextDay: false,
      scheduledMinutes: 240,
      station: { id: 'station-till', name: 'Till' },
      trainee: { id: tom.id, displayName: 'Tom Walsh' },
      supervisor: { displayName: 'Sam Reid' },
      note: 'Show Tom the card terminal',
      state: 'draft',
      changedSincePublished: false,
      unplanned: false,
      locked: false,
    });
    expect(withoutSkills(change.conflicts)).toEqual([]);
    expect(t.lastAudit()).toMatchObject({ action: 'rota.addShift', outcome: 'done', summary: 'Planned Tom Walsh on Till, Monday 11 March 2030 09:00–13:00 (draft)' });
  });

  it('a summer shift is stored an hour earlier in UTC (British Summer Time)', () => {
    const { sam, tom } = createRotaCafe();
    const shift = plan(sam, { date: '2030-07-01', start: '09:00', end: '13:00', traineeId: tom.id });
    expect([shift.startAt, shift.endAt, shift.start, shift.end]).toEqual(['2030-07-01T08:00:00.000Z', '2030-07-01T12:00:00.000Z', '09:00', '13:00']);
  });

  it('a night shift across the October clock change is nine hours long, and across the March change seven', () => {
    const { sam, tom } = createRotaCafe();
    const october = plan(sam, { date: '2030-10-26', start: '22:00', end: '06:00', endsNextDay: true, traineeId: tom.id });
    expect(october).toMatchObject({ startAt: '2030-10-26T21:00:00.000Z', endAt: '2030-10-27T06:00:00.000Z', scheduledMinutes: 540, endsNextDay: true, start: '22:00', end: '06:00' });
    const march = plan(sam, { date: '2030-03-30', start: '22:00', end: '06:00', endsNextDay: true, traineeId: tom.id });
    expect(march).toMatchObject({ startAt: '2030-03-30T22:00:00.000Z', endAt: '2030-03-31T05:00:00.000Z', scheduledMinutes: 420 });
  });

  it('a time that happens twice in October means the first one, still summer time', () => {
    const { sam } = createRotaCafe();
    const shift = plan(sam, { date: '2030-10-27', start: '01:30', end: '05:00' });
    // 01:30 BST is 00:30 UTC; the second 01:30 (GMT) would be 01:30 UTC. 01:30 BST to 05:00 GMT is 4½ hours.
    expect(shift).toMatchObject({ startAt: '2030-10-27T00:30:00.000Z', endAt: '2030-10-27T05:00:00.000Z', scheduledMinutes: 270 });
  });

  it('a shift in the hour that does not exist in March is refused, naming the field, and nothing is written', () => {
    const { t, sam } = createRotaCafe();
    const before = rotaSnapshot(t);
    const refused = errorOf(sam.call('rota.addShift', { date: '2030-03-31', start: '01:30', end: '06:00', stationId: 'station-till' }));
    expect(refused).toEqual({
      code: 'invalid_input',
      field: 'start',
      message: 'There is no 01:30 on Sunday 31 March 2030: the clocks go forward an hour that night. Choose a time outside the missing hour.',
    });
    expect(errorOf(sam.call('rota.addShift', { date: '2030-03-30', start: '22:00', end: '01:15', endsNextDay: true, stationId: 'station-till' }))).toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(rotaSnapshot(t)).toEqual(before);
  });

  it('a shift that ends before it starts is refused unless it ends the next day', () => {
    const { t, sam } = createRotaCafe();
    const before = t.snapshot();
    expect(errorOf(sam.call('rota.addShift', { date: '2030-03-11', start: '13:00', end: '09:00', stationId: 'station-till' }))).toEqual({
      code: 'invalid_input',
      field: 'end',
      message: 'The shift must end after it starts. For a night shift, say it ends the next day.',
    });
    expect(errorOf(sam.call('rota.addShift', { date: '2030-03-11', start: '09:00', end: '09:00', stationId: 'station-till' })).field).toBe('end');
    expect(t.snapshot()).toEqual(before);
  });

  it('one trainee cannot be on two shifts at once: the second is refused and nothing is written', () => {
    const { t, sam, tom } = createRotaCafe();
    plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    const before = rotaSnapshot(t);
    const refused = errorOf(sam.call('rota.addShift', { date: '2030-03-11', start: '12:00', end: '16:00', stationId: 'station-kitchen', traineeId: tom.id }));
    expect(refused).toEqual({ code: 'conflict', field: 'traineeId', message: 'Tom Walsh is already on Till 09:00–13:00 on Monday 11 March 2030.' });
    // A night shift the evening before reaching into the morning counts too.
    plan(sam, { date: '2030-03-12', start: '22:00', end: '06:00', endsNextDay: true, traineeId: tom.id });
    expect(errorOf(sam.call('rota.addShift', { date: '2030-03-13', start: '05:00', end: '09:00', stationId: 'station-kitchen', traineeId: tom.id })).message).toBe(
      'Tom Walsh is already on Till 22:00–06:00 on Tuesday 12 March 2030.',
    );
    expect(rotaSnapshot(t).shifts).toHaveLength(before.shifts!.length + 1);
    // Back to back is fine.
    plan(sam, { date: '2030-03-11', start: '13:00', end: '15:00', stationId: 'station-barista', traineeId: tom.id });
  });

  it('a trainee cannot plan the rota: refused as forbidden, audited, nothing else written', () => {
    const { t, tom } = createRotaCafe();
    const till = t.loginAs('trainee');
    const before = rotaSnapshot(t);
    const audits = t.audit().length;
    const refused = errorOf(till.call('rota.addShift', { date: '2030-03-11', start: '09:00', end: '13:00', stationId: 'station-till', traineeId: tom.id }));
    expect(refused).toEqual({ code: 'forbidden', message: 'Tom Walsh, this needs a supervisor or manager.' });
    expect(t.audit()).toHaveLength(audits + 1);
    expect(t.lastAudit()).toMatchObject({ action: 'rota.addShift', outcome: 'refused', actor_id: tom.id, summary: refused.message });
    expect(rotaSnapshot(t)).toEqual(before);
    for (const method of ['rota.week', 'rota.publish', 'hours.day', 'hours.approve', 'swaps.approve', 'stations.save', 'hours.certify'] as const) {
      expect(errorOf(till.send(method, {})).code, method).toBe('forbidden');
    }
  });

  it('moves a shift to another day and time; a published one is marked as changed, keeping what was published', () => {
    const { t, sam, tom, priya } = createRotaCafe();
    const shift = plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    const draftMove = valueOf(sam.call('rota.moveShift', { shiftId: shift.id, start: '10:00', end: '14:00' })).shift;
    expect(draftMove).toMatchObject({ start: '10:00', end: '14:00', state: 'draft', changedSincePublished: false });
    publish(sam, '2030-03-11');
    const moved = valueOf(sam.call('rota.moveShift', { shiftId: shift.id, date: '2030-03-12', stationId: 'station-kitchen' })).shift;
    expect(moved).toMatchObject({
      day: '2030-03-12',
      start: '10:00',
      end: '14:00',
      station: { name: 'Kitchen' },
      state: 'published',
      changedSincePublished: true,
      publishedStartAt: '2030-03-11T10:00:00.000Z',
      publishedEndAt: '2030-03-11T14:00:00.000Z',
    });
    // A second change keeps the times first published.
    const again = valueOf(sam.call('rota.moveShift', { shiftId: shift.id, traineeId: priya.id })).shift;
    expect(again).toMatchObject({ trainee: { displayName: 'Priya Shah' }, publishedStartAt: '2030-03-11T10:00:00.000Z' });
    // Only a note: not a change the trainee must notice.
    const noted = valueOf(sam.call('rota.moveShift', { shiftId: shift.id, note: 'Bring an apron' })).shift;
    expect(noted.note).toBe('Bring an apron');
    const week = valueOf(sam.call('rota.week', { week: '2030-03-14' }));
    expect([week.drafts, week.changed]).toEqual([0, 1]);
    const republished = valueOf(sam.call('rota.publish', { week: '2030-03-11' }));
    expect(republished).toEqual({ weekStart: '2030-03-11', published: 0, changes: 1 });
    expect(shiftRow(t, shift.id)).toMatchObject({ changed_since_published: 0, published_start_at: null });
  });

  it('moving a shift onto a time the trainee is busy is refused, and so is moving a shift already clocked into', () => {
    const { t, sam, tom, kiosk } = createRotaCafe();
    const first = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id });
    const second = plan(sam, { date: '2030-03-04', start: '14:00', end: '16:00', traineeId: tom.id });
    const before = rotaSnapshot(t);
    expect(errorOf(sam.call('rota.moveShift', { shiftId: second.id, start: '12:00', end: '15:00' }))).toMatchObject({ code: 'conflict', field: 'traineeId' });
    expect(rotaSnapshot(t)).toEqual(before);
    publish(sam, '2030-03-04');
    valueOf(kiosk.call('attendance.clockIn', { credential: { staffId: tom.id, pin: tom.pin } }));
    expect(errorOf(sam.call('rota.moveShift', { shiftId: first.id, start: '10:00' })).message).toBe('Tom Walsh has already started this shift, so it cannot be moved: correct its hours instead.');
  });

  it('copies a shift to another day at the same café-clock times, even across the clock change', () => {
    const { sam, tom } = createRotaCafe();
    const shift = plan(sam, { date: '2030-03-25', start: '09:00', end: '13:00', traineeId: tom.id });
    expect(shift.startAt).toBe('2030-03-25T09:00:00.000Z');
    const copy = valueOf(sam.call('rota.copyShift', { shiftId: shift.id, date: '2030-04-01', stationId: 'station-barista' })).shift;
    expect(copy).toMatchObject({ start: '09:00', end: '13:00', startAt: '2030-04-01T08:00:00.000Z', station: { name: 'Barista' }, trainee: { id: tom.id }, state: 'draft' });
    const open = valueOf(sam.call('rota.copyShift', { shiftId: shift.id, date: '2030-03-25', traineeId: null })).shift;
    expect(open.trainee).toBeNull();
  });

  it('removes a draft for good, but a published shift is kept as cancelled by the café so its trainee sees it', () => {
    const { t, sam, tom } = createRotaCafe();
    const draft = plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    expect(valueOf(sam.call('rota.removeShift', { shiftId: draft.id }))).toEqual({ removed: 'deleted' });
    expect(t.count('shifts')).toBe(0);
    const published = plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    publish(sam, '2030-03-11');
    expect(valueOf(sam.call('rota.removeShift', { shiftId: published.id }))).toEqual({ removed: 'cancelled' });
    expect(shiftRow(t, published.id)).toMatchObject({ attendance: 'cancelled', changed_since_published: 1 });
    expect(t.lastAudit().summary).toBe('Cancelled the published shift of Tom Walsh on Till, Monday 11 March 2030 09:00–13:00');
    expect(errorOf(sam.call('rota.removeShift', { shiftId: published.id })).message).toBe('This shift was cancelled: plan a new one instead.');
    // The slot is free again.
    plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    expect(errorOf(sam.call('rota.removeShift', { shiftId: 'no-such-shift' }))).toMatchObject({ code: 'not_found', field: 'shiftId' });
  });

  it('publishing a week shows its drafts to trainees; the week reports drafts, changes and when it was published', () => {
    const { t, sam, tom } = createRotaCafe();
    plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    plan(sam, { date: '2030-03-17', start: '10:00', end: '14:00' });
    plan(sam, { date: '2030-03-18', start: '10:00', end: '14:00', traineeId: tom.id });
    const till = t.loginAs('trainee');
    expect(valueOf(till.call('rota.myShifts', {})).upcoming).toEqual([]);
    expect(valueOf(sam.call('rota.week', { week: '2030-03-11' }))).toMatchObject({ drafts: 2, changed: 0, publishedAt: null });
    t.clock.advance(60_000);
    expect(valueOf(sam.call('rota.publish', { week: '2030-03-13' }))).toEqual({ weekStart: '2030-03-11', published: 2, changes: 0 });
    expect(t.lastAudit().summary).toBe('Published the week of Monday 11 March 2030: 2 new shifts and 0 changes');
    const week = valueOf(sam.call('rota.week', { week: '2030-03-11' }));
    expect(week).toMatchObject({ weekStart: '2030-03-11', drafts: 0, publishedAt: '2030-03-04T09:01:00.000Z' });
    expect(week.days).toEqual(['2030-03-11', '2030-03-12', '2030-03-13', '2030-03-14', '2030-03-15', '2030-03-16', '2030-03-17']);
    expect(week.shifts.map((s) => s.day)).toEqual(['2030-03-11', '2030-03-17']);
    expect(week.stations.map((s) => s.name)).toEqual(['Till', 'Barista', 'Kitchen', 'Front of house', 'Pot wash']);
    expect(week.people.map((p) => [p.displayName, p.role])).toEqual([['Priya Shah', 'trainee'], ['Tom Walsh', 'trainee'], ['Sam Reid', 'supervisor'], ['Maya Okafor', 'manager']]);
    expect(valueOf(till.call('rota.myShifts', {})).upcoming.map((s) => s.day)).toEqual(['2030-03-11']);
    expect(valueOf(sam.call('rota.publish', { week: '2030-03-11' }))).toEqual({ weekStart: '2030-03-11', published: 0, changes: 0 });
  });

  it('flags conflicts on the grid: unavailability, time off, over the longest shift, too little rest', () => {
    const { sam, tom, priya } = createRotaCafe();
    valueOf(sam.call('availability.addUnavailable', { staffId: tom.id, weekday: 2, from: '09:00', to: '12:00', note: 'College' }));
    valueOf(sam.call('availability.addTimeOff', { staffId: priya.id, from: '2030-03-14', to: '2030-03-15', reason: 'Hospital appointment' }));
    const tuesday = valueOf(sam.call('rota.addShift', { date: '2030-03-12', start: '11:00', end: '15:00', stationId: 'station-till', traineeId: tom.id }));
    expect(withoutSkills(tuesday.conflicts)).toEqual([
      { kind: 'unavailable', shiftId: tuesday.shift.id, otherShiftId: null, staffId: tom.id, message: 'Tom Walsh cannot work Tuesdays 09:00–12:00 (College).' },
    ]);
    const long = plan(sam, { date: '2030-03-14', start: '08:00', end: '17:30', traineeId: priya.id });
    const late = plan(sam, { date: '2030-03-12', start: '18:00', end: '23:00', stationId: 'station-kitchen', traineeId: priya.id });
    const early = plan(sam, { date: '2030-03-13', start: '06:00', end: '10:00', stationId: 'station-kitchen', traineeId: priya.id });
    const week = valueOf(sam.call('rota.week', { week: '2030-03-11' }));
    const of = (id: string) => withoutSkills(week.conflicts).filter((c) => c.shiftId === id).map((c) => [c.kind, c.message]);
    expect(of(long.id)).toEqual([
      ['too_long', 'This shift is 9 hours 30 minutes, longer than the 8 hours the café allows.'],
      ['time_off', 'Priya Shah has time off from Thursday 14 March 2030 to Friday 15 March 2030 (Hospital appointment).'],
    ]);
    expect(of(early.id)).toEqual([['too_little_rest', 'Priya Shah has only 7 hours of rest after Kitchen 18:00–23:00 on Tuesday 12 March 2030; the café asks for at least 11 hours.']]);
    expect(of(late.id)).toEqual([]);
    expect(of(tuesday.shift.id).map(([kind]) => kind)).toEqual(['unavailable']);
  });

  it('copies last week as drafts at the same café times; a trainee busy then leaves the copy open; a second copy adds nothing', () => {
    const { sam, tom, priya } = createRotaCafe();
    plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    plan(sam, { date: '2030-03-13', start: '09:00', end: '13:00', stationId: 'station-kitchen', traineeId: priya.id });
    plan(sam, { date: '2030-03-20', start: '10:00', end: '12:00', stationId: 'station-barista', traineeId: priya.id });
    const copied = valueOf(sam.call('rota.copyLastWeek', { week: '2030-03-18' }));
    expect(copied.added).toBe(2);
    expect(copied.skipped).toEqual([]);
    expect(copied.leftOpen).toEqual([{ shiftId: expect.any(String), message: 'Left open, Wednesday 20 March 2030 09:00–13:00: Priya Shah is already on Barista 10:00–12:00 on Wednesday 20 March 2030.' }]);
    const week = valueOf(sam.call('rota.week', { week: '2030-03-18' }));
    expect(week.shifts.map((s) => [s.day, s.start, s.station?.name, s.trainee?.displayName ?? null, s.state])).toEqual([
      ['2030-03-18', '09:00', 'Till', 'Tom Walsh', 'draft'],
      ['2030-03-20', '09:00', 'Kitchen', null, 'draft'],
      ['2030-03-20', '10:00', 'Barista', 'Priya Shah', 'draft'],
    ]);
    const again = valueOf(sam.call('rota.copyLastWeek', { week: '2030-03-18' }));
    expect(again.added).toBe(0);
    expect(again.skipped).toHaveLength(2);
    expect(errorOf(sam.call('rota.copyLastWeek', { week: '2030-03-04' }))).toMatchObject({ code: 'conflict', field: 'week', message: 'There are no shifts in the week before to copy.' });
  });

  it('keeps a week as a template and applies it to another week, at the same café times across the clock change', () => {
    const { t, sam, tom } = createRotaCafe();
    plan(sam, { date: '2030-03-25', start: '09:00', end: '13:00', traineeId: tom.id });
    plan(sam, { date: '2030-03-30', start: '22:00', end: '06:00', endsNextDay: true, stationId: 'station-kitchen' });
    const template = valueOf(sam.call('rota.saveTemplate', { week: '2030-03-25', name: 'Term-time week' }));
    expect(template).toMatchObject({ name: 'Term-time week', shifts: 2 });
    expect(valueOf(sam.call('rota.templates', {}))).toEqual([template]);
    const applied = valueOf(sam.call('rota.applyTemplate', { templateId: template.id, week: '2030-04-01' }));
    expect(applied).toEqual({ added: 2, leftOpen: [], skipped: [] });
    const week = valueOf(sam.call('rota.week', { week: '2030-04-01' }));
    expect(week.shifts.map((s) => [s.day, s.start, s.end, s.startAt, s.scheduledMinutes])).toEqual([
      ['2030-04-01', '09:00', '13:00', '2030-04-01T08:00:00.000Z', 240],
      ['2030-04-06', '22:00', '06:00', '2030-04-06T21:00:00.000Z', 480],
    ]);
    expect(t.lastAudit().summary).toBe('Applied the template "Term-time week" to the week of Monday 1 April 2030: 2 shifts added as drafts');
    expect(valueOf(sam.call('rota.removeTemplate', { templateId: template.id }))).toEqual([]);
    expect(t.count('shift_template_items')).toBe(0);
    expect(errorOf(sam.call('rota.saveTemplate', { week: '2030-05-06', name: 'Empty' })).code).toBe('conflict');
  });

  it('stations: the manager adds, renames and retires them; a retired station cannot be planned', () => {
    const { t, sam } = createRotaCafe();
    const manager = t.loginAs('manager');
    expect(valueOf(sam.call('stations.list', {})).map((s) => s.name)).toEqual(['Till', 'Barista', 'Kitchen', 'Front of house', 'Pot wash']);
    const bakery = valueOf(manager.call('stations.save', { name: 'Bakery', position: 6 }));
    expect(bakery).toEqual({ id: expect.any(String), name: 'Bakery', position: 6, active: true });
    expect(errorOf(manager.call('stations.save', { name: 'bakery' }))).toMatchObject({ code: 'conflict', field: 'name' });
    valueOf(manager.call('stations.save', { id: bakery.id, name: 'Bakehouse', position: 6, active: false }));
    expect(t.lastAudit().summary).toBe('Changed the station Bakehouse: renamed Bakery to Bakehouse, no longer in use');
    expect(valueOf(sam.call('stations.list', {})).map((s) => s.name)).not.toContain('Bakehouse');
    expect(valueOf(sam.call('stations.list', { includeInactive: true })).map((s) => s.name)).toContain('Bakehouse');
    expect(errorOf(sam.call('rota.addShift', { date: '2030-03-11', start: '09:00', end: '13:00', stationId: bakery.id }))).toEqual({
      code: 'conflict',
      field: 'stationId',
      message: 'Bakehouse is no longer in use: choose another station.',
    });
    expect(errorOf(sam.call('stations.save', { name: 'Garden' })).code).toBe('forbidden');
  });

  it('the manager sets the rota rules; the grid follows them', () => {
    const { t, sam, tom } = createRotaCafe();
    const manager = t.loginAs('manager');
    expect(valueOf(sam.call('rota.settings', {}))).toEqual({ maxShiftMinutes: 480, minRestMinutes: 660, approvalToleranceMinutes: 10 });
    const change = valueOf(sam.call('rota.addShift', { date: '2030-03-11', start: '09:00', end: '15:00', stationId: 'station-till', traineeId: tom.id }));
    expect(withoutSkills(change.conflicts)).toEqual([]);
    valueOf(manager.call('rota.saveSettings', { maxShiftMinutes: 300, minRestMinutes: 600, approvalToleranceMinutes: 5 }));
    expect(withoutSkills(valueOf(sam.call('rota.week', { week: '2030-03-11' })).conflicts).map((c) => c.kind)).toEqual(['too_long']);
    expect(errorOf(sam.call('rota.saveSettings', { maxShiftMinutes: 300, minRestMinutes: 600, approvalToleranceMinutes: 5 })).code).toBe('forbidden');
  });
});
