import { describe, expect, it } from 'vitest';
import { createSkillsCafe, observe, observeOn, skillsSnapshot, startTrainee } from '../testing/skills.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// Signing skills off through the dispatcher: enough observations at the independent level on
// separate shifts, never one's own, a second signer for food safety, withdrawn with a reason.

describe('signing off a skill', () => {
  it('signing off with too few observations is refused, saying how many more shifts, writing nothing but the audit entry', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    observeOn(sam, tomShifts.slice(0, 2), 'competency-tc2');
    // Observed, but not yet independent: it does not count.
    observe(sam, tomShifts[2] ?? '', 'competency-tc2', 'with_support');
    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }))).toEqual({
      code: 'conflict',
      message: 'Tom Walsh has 2 observations at independent on separate shifts for TC2 Orders and payments; signing off needs 3. Observe them on 1 more shift first.',
      field: 'competencyId',
    });
    expect(skillsSnapshot(t)).toEqual(before);
    expect(t.lastAudit()).toMatchObject({ action: 'skills.signOff', outcome: 'failed', summary: expect.stringContaining('signing off needs 3') });
  });

  it('signs off once the observations needed are on separate shifts, keeping which ones it stood on, and audits it', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
    const signed = valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }));
    expect(signed).toMatchObject({
      trainee: { id: tom.id, displayName: 'Tom Walsh' },
      code: 'TC2',
      state: 'signed_off',
      secondSignerNeeded: false,
      firstSigner: { displayName: 'Sam Reid' },
      signedOffAt: '2030-03-04T09:00:00.000Z',
      withdrawn: null,
    });
    expect(signed.observations.map((o) => o.shift.day)).toEqual(['2030-02-25', '2030-02-26', '2030-02-27']);
    expect(t.lastAudit()).toMatchObject({ action: 'skills.signOff', subject_id: tom.id, outcome: 'done', summary: 'Signed off TC2 Orders and payments for Tom Walsh (3 observations)' });
    // Once is enough.
    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }))).toEqual({
      code: 'conflict',
      message: 'Tom Walsh is already signed off for TC2 Orders and payments (Monday 4 March 2030, by Sam Reid).',
      field: 'competencyId',
    });
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it('nobody signs off their own skills, even once promoted to supervisor: refused and audited', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
    const maya = t.loginAs('manager');
    startTrainee(maya, tom, '2030-02-01');
    valueOf(maya.call('staff.update', { staffId: tom.id, role: 'supervisor' }));
    const tomNow = t.screen('tom');
    valueOf(tomNow.call('auth.loginWithPin', { staffId: tom.id, pin: tom.pin }));
    const before = skillsSnapshot(t);
    expect(errorOf(tomNow.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }))).toEqual({
      code: 'forbidden',
      message: 'Tom Walsh, nobody signs off their own skills: ask another supervisor or a manager.',
      field: 'traineeId',
    });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.signOff', actor_id: tom.id, outcome: 'refused' });
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it('a trainee cannot sign anything off: refused and audited', () => {
    const { t, sam, priya, priyaShifts } = createSkillsCafe();
    observeOn(sam, priyaShifts.slice(0, 3), 'competency-ki1');
    const tom = t.loginAs('trainee');
    const before = skillsSnapshot(t);
    expect(errorOf(tom.call('skills.signOff', { traineeId: priya.id, competencyId: 'competency-ki1' })).code).toBe('forbidden');
    expect(t.lastAudit()).toMatchObject({ action: 'skills.signOff', actor_id: t.person('trainee').id, outcome: 'refused' });
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it('a food-safety item waits for a second signer, who cannot be the first signer; then it counts', () => {
    const { t, sam, priya, priyaShifts } = createSkillsCafe();
    observeOn(sam, priyaShifts.slice(0, 2), 'competency-fs2');
    const first = valueOf(sam.call('skills.signOff', { traineeId: priya.id, competencyId: 'competency-fs2' }));
    expect(first).toMatchObject({ state: 'awaiting_second_signer', secondSignerNeeded: true, signedOffAt: null, secondSigner: null });
    expect(t.lastAudit().summary).toBe('Signed off FS2 Cleaning for Priya Shah (2 observations): waiting for a second signer');
    const waiting = valueOf(sam.call('skills.trainee', { staffId: priya.id }));
    expect(waiting.next[0]).toMatchObject({ kind: 'countersign', competency: { code: 'FS2' }, message: 'Waiting for a second signer: signed by Sam Reid on Monday 4 March 2030.' });

    const before = skillsSnapshot(t);
    expect(errorOf(sam.call('skills.countersign', { signOffId: first.id }))).toEqual({
      code: 'forbidden',
      message: 'Sam Reid, you signed this first: the second signature must be someone else’s (another supervisor or a manager).',
      field: 'signOffId',
    });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.countersign', outcome: 'refused' });
    expect(errorOf(sam.call('skills.signOff', { traineeId: priya.id, competencyId: 'competency-fs2' }))).toEqual({
      code: 'conflict',
      message: 'FS2 Cleaning for Priya Shah is already signed by Sam Reid and waits for a second signer.',
      field: 'competencyId',
    });
    // The trainee is no second signer either.
    const own = t.screen('priya');
    valueOf(own.call('auth.loginWithPin', { staffId: priya.id, pin: priya.pin }));
    expect(errorOf(own.call('skills.countersign', { signOffId: first.id })).code).toBe('forbidden');
    expect(skillsSnapshot(t)).toEqual(before);
    // Behind Apron's back, the database refuses a second signer who is the first or the trainee.
    expect(() => t.db.prepare('UPDATE skill_signoffs SET second_signer_id = first_signer_id, second_signer_name = first_signer_name, second_signed_at = first_signed_at WHERE id = ?').run(first.id)).toThrow(/CHECK/);
    expect(() => t.db.prepare("UPDATE skill_signoffs SET second_signer_id = trainee_id, second_signer_name = 'x', second_signed_at = first_signed_at WHERE id = ?").run(first.id)).toThrow(/CHECK/);

    const maya = t.loginAs('manager');
    const done = valueOf(maya.call('skills.countersign', { signOffId: first.id }));
    expect(done).toMatchObject({ state: 'signed_off', firstSigner: { displayName: 'Sam Reid' }, secondSigner: { displayName: 'Maya Okafor' }, signedOffAt: '2030-03-04T09:00:00.000Z' });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.countersign', outcome: 'done', summary: 'Countersigned FS2 Cleaning for Priya Shah (first signed by Sam Reid)' });
    expect(errorOf(maya.call('skills.countersign', { signOffId: first.id }))).toMatchObject({ code: 'conflict', message: 'FS2 Cleaning for Priya Shah is already countersigned by Maya Okafor.' });
  });

  it('a sign-off withdrawn with a reason stays on record, and the earlier observations no longer count', () => {
    const { t, sam, tom, tomShifts } = createSkillsCafe();
    observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
    const signed = valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }));
    const maya = t.loginAs('manager');
    const withdrawn = valueOf(maya.call('skills.withdrawSignOff', { signOffId: signed.id, reason: 'Gave the wrong change twice this week' }));
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawn: { by: { displayName: 'Maya Okafor' }, reason: 'Gave the wrong change twice this week' } });
    expect(t.lastAudit()).toMatchObject({ action: 'skills.withdrawSignOff', outcome: 'done', summary: 'Withdrew the sign-off of TC2 Orders and payments for Tom Walsh: Gave the wrong change twice this week' });

    const page = valueOf(sam.call('skills.trainee', { staffId: tom.id }));
    const skill = page.areas.flatMap((a) => a.skills).find((s) => s.competency.code === 'TC2');
    expect(skill?.signOff).toBeNull();
    expect(skill?.withdrawn.map((w) => w.id)).toEqual([signed.id]);
    expect(skill?.progress).toMatchObject({ state: 'in_progress', independentShifts: 0 });
    expect(t.count('skill_signoffs')).toBe(1);

    const before = skillsSnapshot(t);
    expect(errorOf(maya.call('skills.withdrawSignOff', { signOffId: signed.id, reason: 'Again' }))).toEqual({ code: 'conflict', message: 'This sign-off of TC2 Orders and payments was already withdrawn by Maya Okafor.', field: 'signOffId' });
    expect(errorOf(maya.call('skills.withdrawSignOff', { signOffId: signed.id, reason: '  ' }))).toMatchObject({ code: 'invalid_input', field: 'reason' });
    expect(errorOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }))).toMatchObject({
      code: 'conflict',
      message: 'Tom Walsh has 0 observations at independent on separate shifts for TC2 Orders and payments since the last sign-off was withdrawn; signing off needs 3. Observe them on 3 more shifts first.',
    });
    expect(skillsSnapshot(t)).toEqual(before);
  });
});
