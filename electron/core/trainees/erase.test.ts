import { describe, expect, it } from 'vitest';
import { createSkillsCafe, observe, observeOn, skillsSnapshot, type SkillsCafe } from '../testing/skills.ts';
import { errorOf, valueOf, type Screen } from '../testing/testCore.ts';

// Erasing a trainee who left long ago, through the dispatcher: refused until they completed or
// withdrew and six months have passed since their last shift or status change; then their
// personal details go and the anonymous totals stay, so the cohort report is the same.

const PERSONAL = ['Tom Walsh', 'Tommy', 'A barista job', 'Barista Pathway', 'Moved to Leeds', 'HQ-123456', 'Canal Street Coffee', 'Part time, mornings', 'Shy with customers', 'Bus was late', 'Brings his own apron', 'College', 'Dentist', 'Short-changed twice'];

/** Tom's placement, everything a record can hold, then withdrawn on Monday 4 March 2030. */
function tomsPlacement(cafe: SkillsCafe): void {
  const { t, sam, tom, tomShifts } = cafe;
  tomShifts.forEach((shiftId, i) => {
    const late = i === 1 ? { attendance: 'late' as const, start: '09:20', end: '13:00', lateMinutes: 20, reason: 'Bus was late' } : { attendance: 'attended' as const, start: '09:00', end: '13:00', reason: 'Clocked on paper' };
    valueOf(sam.call('hours.approveShift', { shiftId, ...late }));
  });
  // A note planned with the shift (set straight in, as the rota would have kept it).
  t.db.prepare('UPDATE shifts SET note = ? WHERE id = ?').run('Brings his own apron', tomShifts[2] ?? '');
  observeOn(sam, tomShifts.slice(0, 3), 'competency-tc2');
  valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc2' }));
  observe(sam, tomShifts[3] ?? '', 'competency-cs1', 'with_support', { note: 'Shy with customers' });
  observeOn(sam, tomShifts.slice(0, 2), 'competency-tc4');
  const cashUp = valueOf(sam.call('skills.signOff', { traineeId: tom.id, competencyId: 'competency-tc4' }));
  const maya = t.loginAs('manager');
  valueOf(maya.call('skills.withdrawSignOff', { signOffId: cashUp.id, reason: 'Short-changed twice' }));
  valueOf(sam.call('qualifications.add', { staffId: tom.id, title: 'Level 2 Food Safety', awardedOn: '2030-02-20', certificateNumber: 'HQ-123456' }));
  valueOf(
    maya.call('trainees.save', {
      staffId: tom.id, preferredName: 'Tommy', startDate: '2030-02-01', programme: 'Barista Pathway', referralSource: 'probation', referralDate: '2030-01-15', goal: 'A barista job', gender: 'man',
    }),
  );
  valueOf(maya.call('availability.addUnavailable', { staffId: tom.id, weekday: 2, from: '09:00', to: '12:30', note: 'College' }));
  valueOf(maya.call('availability.addTimeOff', { staffId: tom.id, from: '2030-03-20', to: '2030-03-21', reason: 'Dentist' }));
  valueOf(maya.call('outcomes.add', { staffId: tom.id, kind: 'paid_job', date: '2030-03-01', employerOrProvider: 'Canal Street Coffee', hoursPerWeek: 16, evidence: 'letter', note: 'Part time, mornings' }));
  valueOf(maya.call('hours.certify', { period: 'week', date: '2030-02-25', staffId: tom.id }));
  valueOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'withdrawn', reason: 'Moved to Leeds' }));
}

function signIn(cafe: SkillsCafe, role: 'manager' | 'supervisor'): Screen {
  return cafe.t.loginAs(role);
}

describe('erasing a trainee who left long ago', () => {
  it('is refused while they are active, before six months have passed, without the name typed, or by a supervisor; nothing is written', () => {
    const cafe = createSkillsCafe();
    const { t, tom, priya } = cafe;
    tomsPlacement(cafe);
    let maya = signIn(cafe, 'manager');
    const before = t.snapshot().tables;
    expect(errorOf(maya.call('trainees.erase', { staffId: priya.id, confirmName: 'Priya Shah' }))).toEqual({
      code: 'conflict',
      message: 'Priya Shah is active: only the record of a trainee who completed or withdrew can be erased. Set their status first.',
      field: 'staffId',
    });
    expect(errorOf(maya.call('trainees.erase', { staffId: tom.id, confirmName: 'Tom Walsh' }))).toEqual({
      code: 'conflict',
      message: "Tom Walsh's status last changed on Monday 4 March 2030: a record can be erased 6 months after that, from Wednesday 4 September 2030.",
      field: 'staffId',
    });
    t.clock.set(new Date('2030-09-03T09:00:00Z'), true);
    maya = signIn(cafe, 'manager');
    expect(errorOf(maya.call('trainees.erase', { staffId: tom.id, confirmName: 'Tom Walsh' })).message).toMatch(/from Wednesday 4 September 2030\.$/);
    t.clock.set(new Date('2030-09-04T09:00:00Z'), true);
    maya = signIn(cafe, 'manager');
    expect(errorOf(maya.call('trainees.erase', { staffId: tom.id, confirmName: 'Tom Walsh Jr' }))).toEqual({
      code: 'invalid_input',
      message: 'To confirm, type their name exactly as the staff list has it.',
      field: 'confirmName',
    });
    const sam = signIn(cafe, 'supervisor');
    expect(errorOf(sam.call('trainees.erase', { staffId: tom.id, confirmName: 'Tom Walsh' })).code).toBe('forbidden');
    const refusal = t.lastAudit();
    expect(refusal).toMatchObject({ action: 'trainees.erase', outcome: 'refused' });
    const after = t.snapshot().tables;
    expect({ ...after, audit_log: [], sessions: [] }).toEqual({ ...before, audit_log: [], sessions: [] });
  });

  it('removes the personal details and keeps the anonymous totals: the cohort report is the same to the byte', () => {
    const cafe = createSkillsCafe();
    const { t, tom } = cafe;
    tomsPlacement(cafe);
    t.clock.set(new Date('2030-09-05T09:00:00Z'), true);
    const maya = signIn(cafe, 'manager');
    const period = { from: '2030-01-01', to: '2030-09-05' };
    const cohortBefore = valueOf(maya.call('evidence.cohort', period));
    const progressBefore = valueOf(maya.call('progression.get', { staffId: tom.id }));
    expect(cohortBefore.document).toMatchObject({ participants: 2, withdrawn: 1, outcomes: 1, skillsSignedOff: 1 });

    const erased = valueOf(maya.call('trainees.erase', { staffId: tom.id, confirmName: ' tom walsh ' }));
    expect(erased.staff.displayName).toMatch(/^Former trainee [0-9A-F]{4}$/);
    const anonymous = erased.staff.displayName;
    expect(erased).toEqual({ staff: { id: tom.id, displayName: anonymous }, erasedAt: '2030-09-05T09:00:00.000Z', lastActive: '2030-03-04', kept: { shifts: 5, creditedMinutes: 1180, signOffs: 1, outcomes: 1 } });
    const audit = t.lastAudit();
    expect(audit).toMatchObject({ action: 'trainees.erase', subject_id: tom.id, outcome: 'done' });
    expect(audit.summary).toBe(`Erased the personal details of a trainee who left (last active Monday 4 March 2030); now ${anonymous}. Kept: 5 shifts, 19 h 40 min credited, 1 sign-offs, 1 outcomes`);

    // The cohort report gives exactly the same figures, and the same files.
    const cohortAfter = valueOf(maya.call('evidence.cohort', period));
    expect(cohortAfter.document).toEqual(cohortBefore.document);
    expect(cohortAfter.csv).toEqual(cohortBefore.csv);
    // So does the progression page, but for the name and what was personal.
    const progressAfter = valueOf(maya.call('progression.get', { staffId: tom.id }));
    expect(progressAfter.hours).toEqual(progressBefore.hours);
    expect(progressAfter.stations).toEqual(progressBefore.stations);
    expect(progressAfter.skills.signedOff).toBe(progressBefore.skills.signedOff);
    expect(progressAfter.outcomes.map((o) => [o.kind, o.date, o.hoursPerWeek, o.evidence, o.daysFromStart])).toEqual([['paid_job', '2030-03-01', 16, 'letter', 28]]);
    expect(progressAfter).toMatchObject({ trainee: { displayName: anonymous }, preferredName: null, goal: null, startDate: '2030-02-01', status: 'withdrawn' });
    const record = valueOf(maya.call('trainees.get', { staffId: tom.id }));
    expect(record).toMatchObject({ active: false, preferredName: null, programme: null, goal: null, startDate: '2030-02-01', referralSource: 'probation', referralDate: '2030-01-15', gender: 'man', namedOnReceipts: false });
    expect(record.statusHistory.map((h) => [h.status, h.since, h.reason])).toEqual([['withdrawn', '2030-03-04', null]]);
    expect(t.staffRow(tom.id)).toMatchObject({ display_name: anonymous, active: 0, pin_hash: null, badge_hash: null });

    // Nothing personal is left anywhere in the database, the audit log included.
    const everything = JSON.stringify(t.snapshot().tables);
    for (const text of PERSONAL) expect(everything, text).not.toContain(text);
    expect(t.count('unavailable_times')).toBe(0);
    expect(t.count('time_off')).toBe(0);
    // The shifts, sign-offs and qualification stay, anonymous.
    expect(valueOf(maya.call('qualifications.list', { staffId: tom.id })).map((q) => [q.title, q.awardedOn, q.certificateNumber])).toEqual([['Level 2 Food Safety', '2030-02-20', null]]);
    expect(skillsSnapshot(t).skill_signoffs).toHaveLength(2);

    // Certified hours stay locked: their figures cannot change, and cleared text cannot come back.
    expect(() => t.db.prepare('UPDATE shifts SET credited_minutes = 1 WHERE trainee_id = ?').run(tom.id)).toThrow(/certified/);
    expect(() => t.db.prepare("UPDATE shifts SET note = 'Back again' WHERE trainee_id = ?").run(tom.id)).toThrow(/certified/);
    expect(errorOf(maya.call('trainees.save', { staffId: tom.id, goal: 'x' }))).toEqual({
      code: 'conflict',
      message: 'This record was erased: only anonymous totals are kept, and it cannot be changed.',
      field: 'staffId',
    });

    // He cannot log in, and the record is erased once.
    expect(errorOf(t.screen().call('auth.loginWithPin', { staffId: tom.id, pin: tom.pin })).code).not.toBe(undefined);
    expect(errorOf(maya.call('trainees.erase', { staffId: tom.id, confirmName: anonymous }))).toEqual({ code: 'conflict', message: 'This record was already erased on Thursday 5 September 2030.', field: 'staffId' });
  });

  it('a trainee who completed can be erased six months after their last shift', () => {
    const cafe = createSkillsCafe();
    const { t, sam, tom, tomShifts } = cafe;
    valueOf(sam.call('hours.approveShift', { shiftId: tomShifts[0] ?? '', attendance: 'attended', start: '09:00', end: '13:00', reason: 'Clocked on paper' }));
    let maya = signIn(cafe, 'manager');
    valueOf(maya.call('trainees.save', { staffId: tom.id, startDate: '2030-02-01' }));
    valueOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'completed', since: '2030-02-25' }));
    // His last shift (Friday 1 March) is later than the status change: the months count from it.
    t.clock.set(new Date('2030-08-31T09:00:00Z'), true);
    maya = signIn(cafe, 'manager');
    expect(errorOf(maya.call('trainees.erase', { staffId: tom.id, confirmName: 'Tom Walsh' })).message).toBe(
      "Tom Walsh's last shift was on Friday 1 March 2030: a record can be erased 6 months after that, from Sunday 1 September 2030.",
    );
    t.clock.set(new Date('2030-09-01T09:00:00Z'), true);
    maya = signIn(cafe, 'manager');
    expect(valueOf(maya.call('trainees.erase', { staffId: tom.id, confirmName: 'Tom Walsh' })).lastActive).toBe('2030-03-01');
  });
});

describe('a trainee’s right of access', () => {
  it('a trainee gets their own record as files without naming themselves, audited as theirs', () => {
    const cafe = createSkillsCafe();
    const { t, sam, tom, tomShifts } = cafe;
    valueOf(sam.call('hours.approveShift', { shiftId: tomShifts[0] ?? '', attendance: 'attended', start: '09:00', end: '13:00', reason: 'Clocked on paper' }));
    const own = t.loginAs('trainee');
    const files = valueOf(own.call('evidence.trainee', { from: '2030-02-01', to: '2030-03-31' }));
    expect(files.document.trainee).toMatchObject({ id: tom.id, name: 'Tom Walsh' });
    expect(files.document.totals.creditedMinutes).toBe(240);
    expect(files.pdf.mimeType).toBe('application/pdf');
    expect(files.csv.mimeType).toBe('text/csv');
    expect(Buffer.from(files.pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(t.lastAudit()).toMatchObject({ action: 'evidence.trainee', actor_id: tom.id, subject_id: tom.id, outcome: 'done' });
  });
});
