import { describe, expect, it } from 'vitest';
import { byBadge, plan, publish } from '../testing/rota.ts';
import { createSkillsCafe, observe, skillsSnapshot } from '../testing/skills.ts';
import { errorOf, MINUTE, valueOf } from '../testing/testCore.ts';
import { addSampleCatalogue, openTill, sell, workedExample } from '../testing/till.ts';

// Observations through the dispatcher: a supervisor records how a trainee did at a skill on
// one of the trainee's shifts, on or after it, with the till's evidence from that shift.

describe('observing a trainee on a shift', () => {
  it('records the level, a note and the shift, by the supervisor, and audits it', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    const seen = observe(sam, tomShifts[1] ?? '', 'competency-cs1', 'with_support', { note: 'Greeted every customer; needed help with a large order' });
    expect(seen).toMatchObject({
      trainee: { id: tom.id, displayName: 'Tom Walsh' },
      competency: { id: 'competency-cs1', code: 'CS1', title: 'Greeting and serving', areaName: 'Customer service' },
      shift: { id: tomShifts[1], day: '2030-02-26', start: '09:00', end: '13:00', stationName: 'Till' },
      level: 'with_support',
      note: 'Greeted every customer; needed help with a large order',
      observer: { id: t.person('supervisor').id, displayName: 'Sam Reid' },
      at: '2030-03-04T09:00:00.000Z',
      sales: [],
      cashSessions: [],
    });
    expect(t.lastAudit()).toMatchObject({
      action: 'skills.observe',
      subject_type: 'staff',
      subject_id: tom.id,
      outcome: 'done',
      summary: 'Observed Tom Walsh at CS1 Greeting and serving on the shift of Tuesday 26 February 2030: with support',
    });
  });

  it('one observation per skill per shift: a second on the same shift is refused, saying who observed it', () => {
    const { t, sam, tomShifts } = createSkillsCafe();
    observe(sam, tomShifts[0] ?? '', 'competency-tc2');
    const maya = t.loginAs('manager');
    const before = skillsSnapshot(t);
    expect(errorOf(maya.call('skills.observe', { shiftId: tomShifts[0] ?? '', competencyId: 'competency-tc2', level: 'independent' }))).toEqual({
      code: 'conflict',
      message: 'Tom Walsh was already observed for TC2 on this shift (independent, by Sam Reid). Observe them on another shift.',
      field: 'competencyId',
    });
    expect(skillsSnapshot(t)).toEqual(before);
    // Another skill on the same shift is fine.
    observe(maya, tomShifts[0] ?? '', 'competency-tc1');
  });

  it('only on or after the shift: a shift still to come, a draft, an open shift and an unknown one are refused, writing nothing', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    const tomorrow = plan(sam, { date: '2030-03-05', start: '09:00', end: '13:00', traineeId: tom.id }).id;
    const draft = plan(sam, { date: '2030-03-11', start: '09:00', end: '13:00', traineeId: tom.id }).id;
    publish(sam, '2030-03-04');
    const open = plan(sam, { date: '2030-03-04', start: '08:00', end: '08:30' }).id;
    const before = skillsSnapshot(t);
    const tryOn = (shiftId: string) => errorOf(sam.call('skills.observe', { shiftId, competencyId: 'competency-tc2', level: 'shadowing' }));
    expect(tryOn(tomorrow)).toEqual({ code: 'conflict', message: 'That shift on Tuesday 5 March 2030 has not started yet: record what you saw on or after the shift.', field: 'shiftId' });
    expect(tryOn(draft)).toEqual({ code: 'conflict', message: 'That shift is still a draft on the rota: choose a shift that was worked.', field: 'shiftId' });
    expect(tryOn(open)).toEqual({ code: 'conflict', message: 'Nobody was given that shift: choose the shift the trainee worked.', field: 'shiftId' });
    expect(tryOn('shift-nowhere')).toEqual({ code: 'not_found', message: 'That shift is not on the rota any more: choose another.', field: 'shiftId' });
    expect(errorOf(sam.call('skills.observe', { shiftId: tomShifts[0] ?? '', competencyId: 'competency-zz9', level: 'shadowing' }))).toMatchObject({ code: 'not_found', field: 'competencyId' });
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it('nobody observes themselves, and a trainee cannot record observations at all; both refusals are audited', () => {
    const { t, sam, tomShifts } = createSkillsCafe();
    // Sam worked a shift on the till as its worker: nobody may observe themselves.
    const own = plan(sam, { date: '2030-03-04', start: '08:00', end: '08:45', traineeId: t.person('supervisor').id }).id;
    publish(sam, '2030-03-04');
    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('skills.observe', { shiftId: own, competencyId: 'competency-tc2', level: 'independent' }))).toEqual({
      code: 'forbidden',
      message: 'Sam Reid, nobody observes themselves: ask another supervisor or a manager to observe you.',
      field: 'shiftId',
    });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.observe', actor_id: t.person('supervisor').id, outcome: 'refused' });
    const tom = t.loginAs('trainee');
    expect(errorOf(tom.call('skills.observe', { shiftId: tomShifts[0] ?? '', competencyId: 'competency-tc2', level: 'independent' })).code).toBe('forbidden');
    expect(t.lastAudit()).toMatchObject({ action: 'skills.observe', actor_id: t.person('trainee').id, outcome: 'refused' });
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it("till evidence: the trainee's own sales on the shift are listed and can be attached; anyone else's are refused", () => {
    const { t, sam, tom, priya, kiosk } = createSkillsCafe();
    addSampleCatalogue(t);
    const tomToday = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', traineeId: tom.id }).id;
    const priyaToday = plan(sam, { date: '2030-03-04', start: '09:00', end: '13:00', stationId: 'station-front', traineeId: priya.id }).id;
    publish(sam, '2030-03-04');
    valueOf(kiosk.call('attendance.clockIn', byBadge(tom)));
    valueOf(kiosk.call('attendance.clockIn', byBadge(priya)));
    const session = openTill(t);
    const tomTill = t.loginAs('trainee');
    t.clock.advance(MINUTE);
    const first = sell(tomTill, workedExample('takeaway'), 880);
    const second = sell(tomTill, workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 880 }]);
    valueOf(tomTill.call('auth.logout', {}));
    const priyaTill = t.screen('priya');
    valueOf(priyaTill.call('auth.loginWithPin', { staffId: priya.id, pin: priya.pin }));
    const hers = sell(priyaTill, workedExample('takeaway'), 880);

    t.clock.set(new Date('2030-03-04T13:30:00Z'), true);
    const supervisor = t.loginAs('supervisor');
    const evidence = valueOf(supervisor.call('skills.tillEvidence', { shiftId: tomToday }));
    expect(evidence.trainee).toEqual({ id: tom.id, displayName: 'Tom Walsh' });
    expect(evidence.shift).toMatchObject({ id: tomToday, day: '2030-03-04', stationName: 'Till' });
    expect(evidence.sales.map((s) => [s.id, s.kind, s.totalPence, s.tenders])).toEqual([
      [first.id, 'sale', 880, ['cash']],
      [second.id, 'sale', 880, ['card']],
    ]);
    // Sam opened the till, not Tom: it is not Tom's evidence.
    expect(evidence.cashSessions).toEqual([]);
    expect(valueOf(supervisor.call('skills.tillEvidence', { shiftId: priyaToday })).sales.map((s) => s.id)).toEqual([hers.id]);

    const before = skillsSnapshot(t);
    expect(errorOf(supervisor.call('skills.observe', { shiftId: tomToday, competencyId: 'competency-tc2', level: 'independent', saleIds: [first.id, hers.id] }))).toEqual({
      code: 'conflict',
      message: 'That sale was not rung up by Tom Walsh on this shift.',
      field: 'saleIds.1',
    });
    expect(errorOf(supervisor.call('skills.observe', { shiftId: tomToday, competencyId: 'competency-tc2', level: 'independent', cashSessionIds: [session] }))).toEqual({
      code: 'conflict',
      message: 'Tom Walsh did not open or close that cash session during this shift.',
      field: 'cashSessionIds.0',
    });
    expect(skillsSnapshot(t)).toEqual(before);

    const seen = observe(supervisor, tomToday, 'competency-tc2', 'independent', { saleIds: [first.id, second.id] });
    expect(seen.sales.map((s) => s.id)).toEqual([first.id, second.id]);
    expect(t.lastAudit().summary).toBe('Observed Tom Walsh at TC2 Orders and payments on the shift of Monday 4 March 2030: independent, with 2 till records attached');
    const page = valueOf(supervisor.call('skills.trainee', { staffId: tom.id }));
    expect(page.areas.flatMap((a) => a.skills).find((s) => s.competency.code === 'TC2')?.observations[0]?.sales.map((s) => s.receiptNumber)).toEqual([first.receiptNumber, second.receiptNumber]);
  });

  it('a trainee cannot look at till evidence: refused and audited', () => {
    const { t, tomShifts } = createSkillsCafe();
    const tom = t.loginAs('trainee');
    expect(errorOf(tom.call('skills.tillEvidence', { shiftId: tomShifts[0] ?? '' })).code).toBe('forbidden');
    expect(t.lastAudit()).toMatchObject({ action: 'skills.tillEvidence', outcome: 'refused' });
  });
});
