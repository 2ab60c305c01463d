import { describe, expect, it } from 'vitest';
import { createSkillsCafe, observe, observeOn, skillsSnapshot } from '../testing/skills.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// Reading skills through the dispatcher: the matrix of trainees × skills, each trainee's page
// with what is next, qualifications; a trainee sees their own and nobody else's.

describe('the skills matrix and each trainee’s page', () => {
  it('the matrix shows every trainee against every skill, and filters by area', () => {
    const { sam, tom, priya, tomShifts } = createSkillsCafe();
    observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
    valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }));
    observe(sam, tomShifts[0] ?? '', 'competency-tc1', 'with_support');

    const all = valueOf(sam.call('skills.matrix', {}));
    expect(all.areaId).toBeNull();
    expect(all.areas.map((a) => a.id)).toHaveLength(6);
    expect(all.competencies).toHaveLength(23);
    expect(all.rows.map((r) => [r.trainee.displayName, r.signedOff, r.cells.length])).toEqual([
      ['Priya Shah', 0, 23],
      ['Tom Walsh', 1, 23],
    ]);

    const till = valueOf(sam.call('skills.matrix', { areaId: 'area-till-cash' }));
    expect(till.areaId).toBe('area-till-cash');
    expect(till.competencies.map((c) => c.code)).toEqual(['TC1', 'TC2', 'TC3', 'TC4']);
    const row = (id: string) => till.rows.find((r) => r.trainee.id === id)?.cells.map((c) => [c.state, c.latestLevel, c.independentShifts, c.observationsNeeded]);
    expect(row(tom.id)).toEqual([
      ['in_progress', 'with_support', 0, 2],
      ['signed_off', 'independent', 3, 3],
      ['not_started', null, 0, 2],
      ['not_started', null, 0, 2],
    ]);
    expect(row(priya.id)?.every(([state]) => state === 'not_started')).toBe(true);
    expect(errorOf(sam.call('skills.matrix', { areaId: 'area-nowhere' }))).toEqual({ code: 'not_found', message: 'That skill area is not in use: choose another.', field: 'areaId' });
  });

  it("a trainee's page says what is next: ready to sign off first, then what is under way, then what to start", () => {
    const { sam, tom, tomShifts } = createSkillsCafe();
    observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
    observe(sam, tomShifts[0] ?? '', 'competency-cs1');
    observe(sam, tomShifts[1] ?? '', 'competency-tc1', 'shadowing');
    const page = valueOf(sam.call('skills.trainee', { staffId: tom.id }));
    expect(page).toMatchObject({ trainee: { id: tom.id, displayName: 'Tom Walsh' }, signedOff: 0, inProgress: 3, total: 23 });
    expect(page.next.map((n) => [n.kind, n.competency.code, n.message])).toEqual([
      ['sign_off', 'TC2', 'Ready to sign off: 3 observations at independent on separate shifts.'],
      ['observe', 'TC1', '0 of 2 observations at independent so far: observe on 2 more shifts.'],
      ['observe', 'CS1', '1 of 3 observations at independent so far: observe on 2 more shifts.'],
      ['start', 'FS1', 'Not started yet: it needs 3 observations at independent on separate shifts.'],
      ['start', 'FS2', 'Not started yet: it needs 2 observations at independent on separate shifts.'],
      ['start', 'FS3', 'Not started yet: it needs 2 observations at independent on separate shifts.'],
    ]);
    expect(page.recentShifts.map((s) => s.day)).toEqual(['2030-03-01', '2030-02-28', '2030-02-27', '2030-02-26', '2030-02-25']);
    expect(page.areas.map((a) => a.name)).toEqual(['Food safety', 'Till and cash', 'Customer service', 'Barista', 'Kitchen', 'Teamwork']);
  });

  it('a trainee sees their own skills and qualifications; asking for another trainee’s is refused and audited', () => {
    const { t, sam, tom, priya, tomShifts } = createSkillsCafe();
    observe(sam, tomShifts[0] ?? '', 'competency-tc2');
    const own = t.loginAs('trainee');
    expect(valueOf(own.call('skills.trainee', {})).trainee.id).toBe(tom.id);
    expect(valueOf(own.call('skills.trainee', { staffId: tom.id })).inProgress).toBe(1);
    expect(valueOf(own.call('qualifications.list', {}))).toEqual([]);

    const before = skillsSnapshot(t);
    expect(errorOf(own.call('skills.trainee', { staffId: priya.id }))).toEqual({ code: 'forbidden', message: 'Tom Walsh, you can only see your own skills.', field: 'staffId' });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.trainee', actor_id: tom.id, outcome: 'refused' });
    expect(errorOf(own.call('qualifications.list', { staffId: priya.id }))).toEqual({ code: 'forbidden', message: 'Tom Walsh, you can only see your own qualifications.', field: 'staffId' });
    expect(t.lastAudit()).toMatchObject({ action: 'qualifications.list', actor_id: tom.id, outcome: 'refused' });
    expect(errorOf(own.call('skills.matrix', {})).code).toBe('forbidden');
    expect(skillsSnapshot(t)).toEqual(before);
  });
});

describe('qualifications', () => {
  const level2 = { title: 'Level 2 Food Safety and Hygiene for Catering', awardingBody: 'Highfield', awardedOn: '2030-02-20', certificateNumber: 'HQ-123456', expiresOn: '2033-02-20' };

  it('a supervisor records one with its date, certificate number and expiry; removed with a reason it stays on record', () => {
    const { t, sam, tom } = createSkillsCafe();
    const added = valueOf(sam.call('qualifications.add', { staffId: tom.id, ...level2 }));
    expect(added).toMatchObject({ staff: { id: tom.id, displayName: 'Tom Walsh' }, ...level2, expired: false, recordedBy: { displayName: 'Sam Reid' }, removed: null });
    expect(t.lastAudit()).toMatchObject({ action: 'qualifications.add', subject_id: tom.id, outcome: 'done', summary: 'Recorded Level 2 Food Safety and Hygiene for Catering for Tom Walsh, awarded Wednesday 20 February 2030' });
    const old = valueOf(sam.call('qualifications.add', { staffId: tom.id, title: 'Emergency First Aid at Work', awardedOn: '2026-01-10', expiresOn: '2029-01-10' }));
    expect(old.expired).toBe(true);
    expect(valueOf(sam.call('qualifications.list', { staffId: tom.id })).map((q) => q.title)).toEqual([level2.title, 'Emergency First Aid at Work']);

    const removed = valueOf(sam.call('qualifications.remove', { qualificationId: old.id, reason: 'Recorded for the wrong trainee' }));
    expect(removed.removed).toMatchObject({ by: { displayName: 'Sam Reid' }, reason: 'Recorded for the wrong trainee' });
    expect(t.lastAudit().summary).toBe("Removed Emergency First Aid at Work from Tom Walsh's qualifications: Recorded for the wrong trainee");
    expect(valueOf(sam.call('qualifications.list', { staffId: tom.id })).map((q) => q.id)).toEqual([added.id]);
    expect(valueOf(sam.call('qualifications.list', { staffId: tom.id, includeRemoved: true })).map((q) => q.id)).toEqual([added.id, old.id]);
    expect(errorOf(sam.call('qualifications.remove', { qualificationId: old.id, reason: 'Twice' }))).toMatchObject({ code: 'conflict', field: 'qualificationId' });
  });

  it('an expiry on or before the award, an award in the future and a supervisor are refused, writing nothing', () => {
    const { t, sam, tom } = createSkillsCafe();
    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('qualifications.add', { staffId: tom.id, ...level2, expiresOn: '2030-02-20' }))).toEqual({ code: 'invalid_input', message: 'The expiry date must be after the date awarded.', field: 'expiresOn' });
    expect(errorOf(sam.call('qualifications.add', { staffId: tom.id, ...level2, expiresOn: '2029-12-31' }))).toMatchObject({ code: 'invalid_input', field: 'expiresOn' });
    expect(errorOf(sam.call('qualifications.add', { staffId: tom.id, ...level2, awardedOn: '2030-03-05', expiresOn: null }))).toEqual({
      code: 'invalid_input',
      message: 'The date awarded cannot be in the future: record it once it is awarded.',
      field: 'awardedOn',
    });
    expect(errorOf(sam.call('qualifications.add', { staffId: tom.id, ...level2, awardedOn: '2030-02-30' }))).toMatchObject({ code: 'invalid_input', field: 'awardedOn' });
    expect(errorOf(sam.call('qualifications.add', { staffId: t.person('manager').id, ...level2 }))).toEqual({ code: 'conflict', message: 'Maya Okafor is a manager: this is kept for trainees.', field: 'staffId' });
    const own = t.loginAs('trainee');
    expect(errorOf(own.call('qualifications.add', { staffId: tom.id, ...level2 })).code).toBe('forbidden');
    expect(t.lastAudit()).toMatchObject({ action: 'qualifications.add', outcome: 'refused' });
    expect(skillsSnapshot(t)).toEqual(before);
  });
});
