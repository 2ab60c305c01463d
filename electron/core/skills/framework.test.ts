import { describe, expect, it } from 'vitest';
import { createSkillsCafe, observeOn, skillsSnapshot } from '../testing/skills.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// The skills framework through the dispatcher: the default one a café starts with, and a
// manager's changes to it, which never rewrite a sign-off already given.

const competency = {
  areaId: 'area-barista',
  code: 'BA5',
  title: 'Latte art',
  criterion: 'Pours a heart and a rosetta on three drinks in a row',
  observationsNeeded: 2,
  secondSignerNeeded: false,
  stationIds: ['station-barista'],
};

describe('the skills framework', () => {
  it('a new café starts with about twenty skills in the six areas, every food-safety one needing a second signer', () => {
    const { sam } = createSkillsCafe();
    const framework = valueOf(sam.call('skills.framework', {}));
    expect(framework.areas.map((a) => a.name)).toEqual(['Food safety', 'Till and cash', 'Customer service', 'Barista', 'Kitchen', 'Teamwork']);
    const all = framework.areas.flatMap((a) => a.competencies);
    expect(all.length).toBeGreaterThanOrEqual(18);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(framework.areas.map((a) => a.competencies.map((c) => c.code))).toEqual([
      ['FS1', 'FS2', 'FS3', 'FS4', 'FS5', 'FS6'],
      ['TC1', 'TC2', 'TC3', 'TC4'],
      ['CS1', 'CS2', 'CS3', 'CS4'],
      ['BA1', 'BA2', 'BA3', 'BA4'],
      ['KI1', 'KI2'],
      ['TB1', 'TB2', 'TB3'],
    ]);
    const food = framework.areas.find((a) => a.name === 'Food safety');
    expect(food?.foodSafety).toBe(true);
    expect(food?.competencies.every((c) => c.secondSignerNeeded)).toBe(true);
    expect(all.find((c) => c.code === 'FS5')).toMatchObject({ title: 'Allergens', observationsNeeded: 3 });
    expect(all.find((c) => c.code === 'TC2')?.stations).toEqual([{ id: 'station-till', name: 'Till' }]);
    expect(all.every((c) => c.criterion.length > 10 && c.observationsNeeded >= 1)).toBe(true);
  });

  it('a manager adds an area and a skill linked to a station, and each change is audited', () => {
    const { t } = createSkillsCafe();
    const maya = t.loginAs('manager');
    const area = valueOf(maya.call('skills.saveArea', { name: 'Bakery', position: 7 }));
    expect(area).toMatchObject({ name: 'Bakery', active: true, foodSafety: false, competencies: [] });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.saveArea', outcome: 'done', summary: 'Added the skill area Bakery' });

    const added = valueOf(maya.call('skills.saveCompetency', { ...competency, areaId: area.id, code: 'BK1', title: 'Scones' }));
    expect(added).toMatchObject({ areaId: area.id, code: 'BK1', title: 'Scones', observationsNeeded: 2, secondSignerNeeded: false, active: true, stations: [{ id: 'station-barista', name: 'Barista' }] });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.saveCompetency', outcome: 'done', summary: 'Added the skill BK1 Scones to Bakery' });

    valueOf(maya.call('skills.saveCompetency', { ...competency, id: added.id, areaId: area.id, code: 'BK1', title: 'Scones', observationsNeeded: 3, active: false }));
    expect(t.lastAudit().summary).toBe('Changed the skill BK1 Scones: observations needed from 2 to 3, retired');
    const framework = valueOf(maya.call('skills.framework', {}));
    expect(framework.areas.find((a) => a.id === area.id)?.competencies).toEqual([]);
    const withRetired = valueOf(maya.call('skills.framework', { includeRetired: true }));
    expect(withRetired.areas.find((a) => a.id === area.id)?.competencies.map((c) => [c.code, c.active])).toEqual([['BK1', false]]);
  });

  it('refuses a food-safety skill with no second signer, a code already used and an unknown station, naming the field and writing nothing', () => {
    const { t } = createSkillsCafe();
    const maya = t.loginAs('manager');
    const before = skillsSnapshot(t);
    expect(errorOf(maya.call('skills.saveCompetency', { ...competency, areaId: 'area-food-safety', code: 'FS7' }))).toEqual({
      code: 'invalid_input',
      message: 'Every food-safety skill needs a second signer.',
      field: 'secondSignerNeeded',
    });
    expect(errorOf(maya.call('skills.saveCompetency', { ...competency, code: 'ba1' }))).toEqual({ code: 'conflict', message: 'The code BA1 is already used by Espresso to recipe: choose another.', field: 'code' });
    expect(errorOf(maya.call('skills.saveCompetency', { ...competency, stationIds: ['station-barista', 'station-roof'] }))).toEqual({
      code: 'not_found',
      message: 'That station is not on the list: choose another.',
      field: 'stationIds.1',
    });
    expect(errorOf(maya.call('skills.saveCompetency', { ...competency, areaId: 'area-nowhere' }))).toMatchObject({ code: 'not_found', field: 'areaId' });
    expect(errorOf(maya.call('skills.saveArea', { name: 'barista' }))).toEqual({ code: 'conflict', message: 'There is already a skill area called barista.', field: 'name' });
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it('only a manager changes the framework: a supervisor is refused and the attempt audited', () => {
    const { t, sam } = createSkillsCafe();
    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('skills.saveCompetency', competency)).code).toBe('forbidden');
    expect(t.lastAudit()).toMatchObject({ action: 'skills.saveCompetency', actor_id: t.person('supervisor').id, outcome: 'refused' });
    expect(errorOf(sam.call('skills.saveArea', { name: 'Bakery' })).code).toBe('forbidden');
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it('a change to a skill never rewrites a past sign-off: the sign-off keeps the code, title and criterion as signed', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
    const signed = valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }));
    const asSigned = { code: 'TC2', title: 'Orders and payments', criterion: 'At least 3 cash and 3 card sales correct: items, options, change, receipt', areaName: 'Till and cash' };
    expect(signed).toMatchObject(asSigned);

    const maya = t.loginAs('manager');
    valueOf(maya.call('skills.saveArea', { id: 'area-till-cash', name: 'Till', position: 2 }));
    valueOf(
      maya.call('skills.saveCompetency', {
        id: 'competency-tc2', areaId: 'area-till-cash', code: 'TC2A', title: 'Taking payment', criterion: 'Five cash and five card sales', observationsNeeded: 4, secondSignerNeeded: false, stationIds: ['station-till'], position: 2,
      }),
    );
    expect(t.lastAudit().summary).toBe('Changed the skill TC2A Taking payment: code from TC2, title, criterion, observations needed from 3 to 4');

    const page = valueOf(sam.call('skills.trainee', { staffId: tom.id }));
    const skill = page.areas.flatMap((a) => a.skills).find((s) => s.competency.id === 'competency-tc2');
    expect(skill?.competency).toMatchObject({ code: 'TC2A', title: 'Taking payment' });
    expect(skill?.signOff).toMatchObject({ ...asSigned, observationsNeeded: 3, state: 'signed_off' });
    expect(skill?.progress.state).toBe('signed_off');
    expect(valueOf(maya.call('progression.get', { staffId: tom.id })).skills.signedOffList).toMatchObject([asSigned]);
    // Behind Apron's back too: the database refuses to rewrite a sign-off.
    expect(() => t.db.prepare("UPDATE skill_signoffs SET title = 'Something else' WHERE id = ?").run(signed.id)).toThrow(/keeps what was signed/);
    expect(() => t.db.prepare('DELETE FROM skill_signoffs WHERE id = ?').run(signed.id)).toThrow(/cannot be deleted/);
  });

  it('a retired skill cannot be observed, and says how to bring it back', () => {
    const { t, sam, tomShifts } = createSkillsCafe();
    const maya = t.loginAs('manager');
    valueOf(maya.call('skills.saveArea', { id: 'area-barista', name: 'Barista', position: 4, active: false }));
    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('skills.observe', { shiftId: tomShifts[0] ?? '', competencyId: 'competency-ba1', level: 'independent' }))).toEqual({
      code: 'conflict',
      message: 'BA1 Espresso to recipe is no longer in use: a manager can bring it back in the framework.',
      field: 'competencyId',
    });
    expect(skillsSnapshot(t)).toEqual(before);
    expect(valueOf(sam.call('skills.framework', {})).areas.map((a) => a.name)).not.toContain('Barista');
  });
});
