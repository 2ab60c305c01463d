import { describe, expect, it } from 'vitest';
import { createSkillsCafe, observe, observeOn, skillsSnapshot, startTrainee, type SkillsCafe } from '../testing/skills.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// The readiness checklist and each trainee's progression page through the dispatcher: what a
// trainee, their supervisor and their manager see of hours, stations, skills, qualifications,
// readiness and outcomes; a trainee sees only their own.

/** Tom's week approved (four shifts attended, one absent) and his record, a sign-off, a qualification, a tick and an outcome. */
function tomsProgress(cafe: SkillsCafe): { cv: string; interview: string } {
  const { t, sam, tom, tomShifts } = cafe;
  tomShifts.forEach((shiftId, i) => {
    const input = i === 4 ? { shiftId, attendance: 'absent' as const, absenceAcceptable: true, reason: 'Appointment' } : { shiftId, attendance: 'attended' as const, start: '09:00', end: '13:00', breakMinutes: i === 0 ? 15 : 0, reason: 'Clocked on paper' };
    valueOf(sam.call('hours.approveShift', input));
  });
  observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
  valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }));
  observe(sam, tomShifts[0] ?? '', 'competency-cs1', 'with_support');
  valueOf(sam.call('qualifications.add', { staffId: tom.id, title: 'Level 2 Food Safety', awardedOn: '2030-02-20', expiresOn: '2033-02-20' }));
  const maya = t.loginAs('manager');
  startTrainee(maya, tom, '2030-02-01');
  valueOf(maya.call('trainees.save', { staffId: tom.id, goal: 'A barista job', preferredName: 'Tommy' }));
  const cv = valueOf(maya.call('readiness.saveItem', { title: 'CV written', position: 1 })).id;
  const interview = valueOf(maya.call('readiness.saveItem', { title: 'Mock interview done', position: 2 })).id;
  valueOf(maya.call('readiness.saveItem', { title: 'Knows the bus route', position: 3 }));
  valueOf(sam.call('readiness.tick', { staffId: tom.id, itemId: cv, ticked: true, note: 'With the job coach' }));
  valueOf(maya.call('outcomes.add', { staffId: tom.id, kind: 'volunteering', date: '2030-03-01', employerOrProvider: 'Food bank' }));
  return { cv, interview };
}

describe('the readiness checklist', () => {
  it('a manager writes the items; a supervisor ticks and unticks them for a trainee, each audited', () => {
    const { t, sam, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    const cv = valueOf(maya.call('readiness.saveItem', { title: 'CV written', position: 1 }));
    expect(t.lastAudit().summary).toBe('Added "CV written" to the readiness checklist');
    const bus = valueOf(maya.call('readiness.saveItem', { title: 'Knows the bus route', position: 2 }));
    expect(errorOf(maya.call('readiness.saveItem', { title: 'cv WRITTEN' }))).toEqual({ code: 'conflict', message: 'The checklist already has "cv WRITTEN".', field: 'title' });

    const ticked = valueOf(sam.call('readiness.tick', { staffId: tom.id, itemId: cv.id, ticked: true, note: 'Checked with the job coach' }));
    expect(ticked).toMatchObject({ staff: { id: tom.id }, ticked: 1, total: 2 });
    expect(ticked.items.map((e) => [e.item.title, e.ticked?.by.displayName ?? null, e.ticked?.note ?? null])).toEqual([
      ['CV written', 'Sam Reid', 'Checked with the job coach'],
      ['Knows the bus route', null, null],
    ]);
    expect(t.lastAudit()).toMatchObject({ action: 'readiness.tick', subject_id: tom.id, summary: 'Ticked "CV written" for Tom Walsh' });
    expect(valueOf(sam.call('readiness.tick', { staffId: tom.id, itemId: cv.id, ticked: false })).ticked).toBe(0);
    expect(t.lastAudit().summary).toBe('Unticked "CV written" for Tom Walsh');

    // A retired item leaves the checklists and cannot be ticked.
    valueOf(maya.call('readiness.saveItem', { id: bus.id, title: 'Knows the bus route', position: 2, active: false }));
    expect(valueOf(sam.call('readiness.checklist', { staffId: tom.id })).total).toBe(1);
    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('readiness.tick', { staffId: tom.id, itemId: bus.id, ticked: true }))).toEqual({ code: 'conflict', message: '"Knows the bus route" is no longer on the checklist.', field: 'itemId' });
    expect(errorOf(sam.call('readiness.saveItem', { title: 'Bank account' })).code).toBe('forbidden');
    expect(errorOf(t.loginAs('trainee').call('readiness.tick', { staffId: tom.id, itemId: cv.id, ticked: true })).code).toBe('forbidden');
    expect(skillsSnapshot(t)).toEqual(before);
  });
});

describe('progression', () => {
  it('shows a supervisor hours credited, shifts by station, skills, qualifications, readiness and outcomes, and is audited', () => {
    const cafe = createSkillsCafe();
    const { t, sam, tom } = cafe;
    tomsProgress(cafe);
    const page = valueOf(sam.call('progression.get', { staffId: tom.id }));
    expect(page).toMatchObject({ trainee: { id: tom.id, displayName: 'Tom Walsh' }, preferredName: 'Tommy', startDate: '2030-02-01', status: 'active', goal: 'A barista job' });
    expect(page.hours).toEqual({
      creditedMinutes: 4 * 240 - 15,
      attended: 4,
      late: 0,
      absent: 1,
      cancelled: 0,
      waiting: 0,
      byMonth: [
        { month: '2030-02', creditedMinutes: 4 * 240 - 15 },
        { month: '2030-03', creditedMinutes: 0 },
      ],
    });
    expect(page.stations).toEqual([{ station: { id: 'station-till', name: 'Till' }, shifts: 4, creditedMinutes: 945 }]);
    expect(page.skills).toMatchObject({ signedOff: 1, inProgress: 1, total: 23 });
    expect(page.skills.signedOffList.map((s) => s.code)).toEqual(['TC2']);
    expect(page.skills.inProgressList.map((s) => [s.competency.code, s.progress.state])).toEqual([['CS1', 'in_progress']]);
    expect(page.skills.byArea.find((a) => a.name === 'Till and cash')).toEqual({ id: 'area-till-cash', name: 'Till and cash', signedOff: 1, inProgress: 0, total: 4 });
    expect(page.qualifications.map((q) => q.title)).toEqual(['Level 2 Food Safety']);
    expect(page.readiness).toMatchObject({ ticked: 1, total: 3 });
    expect(page.outcomes.map((o) => [o.kind, o.employerOrProvider, o.daysFromStart])).toEqual([['volunteering', 'Food bank', 28]]);
    expect(t.lastAudit()).toMatchObject({ action: 'progression.get', actor_id: t.person('supervisor').id, subject_id: tom.id, outcome: 'done', summary: "Viewed Tom Walsh's progression" });
    // The manager sees the same page.
    expect(valueOf(t.loginAs('manager').call('progression.get', { staffId: tom.id })).hours.creditedMinutes).toBe(945);
  });

  it('a trainee sees their own progression and checklist; another trainee’s record, progress, evidence, outcomes or checklist is refused and audited', () => {
    const cafe = createSkillsCafe();
    const { t, tom, priya } = cafe;
    tomsProgress(cafe);
    const own = t.loginAs('trainee');
    const mine = valueOf(own.call('progression.get', {}));
    expect(mine.trainee.id).toBe(tom.id);
    expect(mine.hours.creditedMinutes).toBe(945);
    expect(t.lastAudit()).toMatchObject({ action: 'progression.get', actor_id: tom.id, subject_id: tom.id, summary: 'Viewed their own progression' });
    expect(valueOf(own.call('readiness.checklist', {})).ticked).toBe(1);

    const p = t.screen('priya');
    valueOf(p.call('auth.loginWithPin', { staffId: priya.id, pin: priya.pin }));
    const before = skillsSnapshot(t);
    const asked: [string, unknown][] = [
      ['trainees.get', { staffId: tom.id }],
      ['progression.get', { staffId: tom.id }],
      ['evidence.trainee', { staffId: tom.id, from: '2030-02-01', to: '2030-03-31' }],
      ['outcomes.list', { staffId: tom.id }],
      ['readiness.checklist', { staffId: tom.id }],
      ['skills.trainee', { staffId: tom.id }],
      ['qualifications.list', { staffId: tom.id }],
    ];
    for (const [method, input] of asked) {
      const refused = errorOf(p.send(method, input));
      expect(refused, method).toMatchObject({ code: 'forbidden', field: 'staffId' });
      expect(refused.message, method).toMatch(/^Priya Shah, you can/);
      expect(t.lastAudit(), method).toMatchObject({ action: method, actor_id: priya.id, outcome: 'refused' });
    }
    expect(skillsSnapshot(t)).toEqual(before);
  });
});
