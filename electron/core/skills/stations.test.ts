import { describe, expect, it } from 'vitest';
import { plan } from '../testing/rota.ts';
import { createSkillsCafe, observeOn } from '../testing/skills.ts';
import { valueOf } from '../testing/testCore.ts';

// The rota's skills warning: a trainee given a station they are not signed off for is always
// flagged on the grid; with a supervisor on the shift the words say they are there to support.

const signOffWarnings = <T extends { kind: string }>(conflicts: readonly T[]): T[] => conflicts.filter((c) => c.kind === 'station_not_signed_off');

describe('the rota warns about stations a trainee is not signed off for', () => {
  it('warns, alone or supervised, until the skills are signed off; then it stops', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    const samId = t.person('supervisor').id;
    const alone = plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id });
    const supervised = plan(sam, { date: '2030-03-12', start: '09:00', end: '13:00', traineeId: tom.id, supervisorId: samId });
    const added = valueOf(sam.call('rota.addShift', { date: '2030-03-13', start: '09:00', end: '13:00', stationId: 'station-till', traineeId: tom.id, supervisorId: samId }));
    expect(signOffWarnings(added.conflicts).map((c) => c.message)).toEqual([
      'Tom Walsh is not signed off for Till yet (TC2 Orders and payments); Sam Reid is on the shift to support them.',
    ]);

    const week = () => signOffWarnings(valueOf(sam.call('rota.week', { week: '2030-03-11' })).conflicts);
    expect(week().map((c) => [c.shiftId, c.staffId, c.message])).toEqual([
      [alone.id, tom.id, 'Tom Walsh is not signed off for Till yet (TC2 Orders and payments) and no supervisor is on duty.'],
      [supervised.id, tom.id, 'Tom Walsh is not signed off for Till yet (TC2 Orders and payments); Sam Reid is on the shift to support them.'],
      [added.shift.id, tom.id, 'Tom Walsh is not signed off for Till yet (TC2 Orders and payments); Sam Reid is on the shift to support them.'],
    ]);

    observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
    valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }));
    expect(week()).toEqual([]);
  });

  it('a skill waiting for its second signer still warns; countersigned, it stops. A station asking for nothing never warns', () => {
    const { t, sam, priya, priyaShifts } = createSkillsCafe();
    const kitchen = plan(sam, { date: '2030-03-11', start: '10:00', end: '14:00', stationId: 'station-kitchen', traineeId: priya.id });
    plan(sam, { date: '2030-03-12', start: '10:00', end: '14:00', stationId: 'station-front', traineeId: priya.id });
    // No skills linked to front of house any more: it asks for nothing.
    const maya = t.loginAs('manager');
    valueOf(
      maya.call('skills.saveCompetency', {
        id: 'competency-cs1', areaId: 'area-customer-service', code: 'CS1', title: 'Greeting and serving', criterion: 'Greets promptly; takes the order accurately; repeats it back',
        observationsNeeded: 3, secondSignerNeeded: false, stationIds: [], position: 1,
      }),
    );
    const week = () => signOffWarnings(valueOf(sam.call('rota.week', { week: '2030-03-11' })).conflicts);
    expect(week().map((c) => [c.shiftId, c.message])).toEqual([
      [kitchen.id, 'Priya Shah is not signed off for Kitchen yet (FS1 Personal hygiene, KI1 Preparation, KI2 Cooking and hot holding) and no supervisor is on duty.'],
    ]);

    for (const code of ['fs1', 'ki1', 'ki2']) {
      observeOn(sam, priyaShifts.slice(0, 3), `competency-${code}`);
      const first = valueOf(sam.call('skills.signOff', { traineeId: priya.id, competencyId: `competency-${code}` }));
      if (code !== 'ki2') valueOf(maya.call('skills.countersign', { signOffId: first.id }));
      else expect(week().map((c) => c.message)).toEqual(['Priya Shah is not signed off for Kitchen yet (KI2 Cooking and hot holding) and no supervisor is on duty.']);
      if (code === 'ki2') valueOf(maya.call('skills.countersign', { signOffId: first.id }));
    }
    expect(week()).toEqual([]);
  });
});
