import { describe, expect, it } from 'vitest';
import { createSkillsCafe, skillsSnapshot, startTrainee } from '../testing/skills.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// Outcomes through the dispatcher: a move into work, training or volunteering, dated from the
// trainee's start, with its time to outcome and sustainment checks at 6 weeks and 6 months.

const job = { kind: 'paid_job', date: '2030-02-25', employerOrProvider: 'Canal Street Coffee', hoursPerWeek: 16.5, evidence: 'letter', note: 'Barista, part time' } as const;

describe('outcomes', () => {
  it('a manager records an outcome; the time to it counts from the start date, and it is audited', () => {
    const { t, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    startTrainee(maya, tom, '2030-01-07');
    const outcome = valueOf(maya.call('outcomes.add', { staffId: tom.id, ...job }));
    expect(outcome).toMatchObject({
      staff: { id: tom.id, displayName: 'Tom Walsh' },
      kind: 'paid_job',
      date: '2030-02-25',
      employerOrProvider: 'Canal Street Coffee',
      hoursPerWeek: 16.5,
      evidence: 'letter',
      daysFromStart: 49,
      recordedBy: { displayName: 'Maya Okafor' },
      removed: null,
    });
    expect(outcome.checks).toEqual([
      { checkpoint: 'six_weeks', dueOn: '2030-04-08', state: 'not_due', checkedOn: null, evidence: null, note: null, checkedBy: null },
      { checkpoint: 'six_months', dueOn: '2030-08-25', state: 'not_due', checkedOn: null, evidence: null, note: null, checkedBy: null },
    ]);
    expect(t.lastAudit()).toMatchObject({ action: 'outcomes.add', subject_id: tom.id, outcome: 'done', summary: 'Recorded an outcome for Tom Walsh: a paid job from Monday 25 February 2030' });
    expect(t.db.prepare('SELECT minutes_per_week FROM outcomes').get()).toEqual({ minutes_per_week: 990 });
    expect(valueOf(maya.call('trainees.list', {})).find((s) => s.staff.id === tom.id)?.outcomes).toBe(1);
  });

  it('an outcome before the trainee started is refused naming the date, as is one in the future or with no start date on record', () => {
    const { t, tom, priya } = createSkillsCafe();
    const maya = t.loginAs('manager');
    startTrainee(maya, tom, '2030-02-01');
    const before = skillsSnapshot(t);
    expect(errorOf(maya.call('outcomes.add', { staffId: tom.id, ...job, date: '2030-01-31' }))).toEqual({
      code: 'invalid_input',
      message: 'Tom Walsh started on Friday 1 February 2030: an outcome cannot be before that. Check the date, or the start date on their record.',
      field: 'date',
    });
    expect(errorOf(maya.call('outcomes.add', { staffId: tom.id, ...job, date: '2030-03-05' }))).toEqual({
      code: 'invalid_input',
      message: 'An outcome is recorded once it has started: the date cannot be in the future.',
      field: 'date',
    });
    expect(errorOf(maya.call('outcomes.add', { staffId: priya.id, ...job }))).toEqual({
      code: 'conflict',
      message: "Record Priya Shah's start date on their trainee record first: the time to an outcome counts from it.",
      field: 'date',
    });
    expect(errorOf(maya.call('outcomes.add', { staffId: tom.id, ...job, hoursPerWeek: 16.2 }))).toEqual({ code: 'invalid_input', message: 'Enter the hours a week in quarter hours, like 16 or 37.5.', field: 'hoursPerWeek' });
    expect(skillsSnapshot(t)).toEqual(before);
    // Nor can a start date move after an outcome already recorded.
    valueOf(maya.call('outcomes.add', { staffId: tom.id, ...job }));
    const after = skillsSnapshot(t);
    expect(errorOf(maya.call('trainees.save', { staffId: tom.id, startDate: '2030-02-28' }))).toEqual({
      code: 'conflict',
      message: 'Tom Walsh has an outcome on Monday 25 February 2030, before that start date: check the dates.',
      field: 'startDate',
    });
    expect(skillsSnapshot(t)).toEqual(after);
  });

  it('sustainment checks are due 6 weeks and 6 months on, and can only be recorded on or after the day', () => {
    const { t, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    startTrainee(maya, tom, '2029-06-03');
    const outcome = valueOf(maya.call('outcomes.add', { staffId: tom.id, ...job, date: '2029-08-31' }));
    // 31 August + 6 months has no 31st: the last day of February.
    expect(outcome.checks.map((c) => [c.checkpoint, c.dueOn, c.state])).toEqual([
      ['six_weeks', '2029-10-12', 'due'],
      ['six_months', '2030-02-28', 'due'],
    ]);
    const before = skillsSnapshot(t);
    expect(errorOf(maya.call('outcomes.checkSustainment', { outcomeId: outcome.id, checkpoint: 'six_weeks', checkedOn: '2029-10-11', sustained: true }))).toEqual({
      code: 'invalid_input',
      message: 'The 6-week check is due on Friday 12 October 2029: record it on or after that day.',
      field: 'checkedOn',
    });
    expect(errorOf(maya.call('outcomes.checkSustainment', { outcomeId: outcome.id, checkpoint: 'six_months', checkedOn: '2030-03-05', sustained: true }))).toEqual({
      code: 'invalid_input',
      message: 'The date checked cannot be in the future.',
      field: 'checkedOn',
    });
    expect(skillsSnapshot(t)).toEqual(before);

    valueOf(maya.call('outcomes.checkSustainment', { outcomeId: outcome.id, checkpoint: 'six_weeks', checkedOn: '2029-10-12', sustained: true, evidence: 'payslip' }));
    const checked = valueOf(maya.call('outcomes.checkSustainment', { outcomeId: outcome.id, checkpoint: 'six_months', checkedOn: '2030-03-01', sustained: false, note: 'Left in January' }));
    expect(checked.checks.map((c) => [c.checkpoint, c.state, c.checkedOn, c.evidence, c.checkedBy?.displayName])).toEqual([
      ['six_weeks', 'sustained', '2029-10-12', 'payslip', 'Maya Okafor'],
      ['six_months', 'not_sustained', '2030-03-01', null, 'Maya Okafor'],
    ]);
    expect(t.lastAudit().summary).toBe("Recorded the 6-month check of Tom Walsh's outcome (a paid job): not sustained");
    // Moving the outcome's date after a check would make the check early: refused.
    expect(errorOf(maya.call('outcomes.update', { outcomeId: outcome.id, date: '2029-09-10' }))).toMatchObject({ code: 'conflict', field: 'date' });
  });

  it('an outcome is changed or removed with a reason; removed, it stays on record', () => {
    const { t, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    startTrainee(maya, tom, '2030-01-07');
    const outcome = valueOf(maya.call('outcomes.add', { staffId: tom.id, ...job }));
    const changed = valueOf(maya.call('outcomes.update', { outcomeId: outcome.id, kind: 'apprenticeship', hoursPerWeek: 30 }));
    expect(changed).toMatchObject({ kind: 'apprenticeship', hoursPerWeek: 30, employerOrProvider: 'Canal Street Coffee', date: '2030-02-25' });
    expect(t.lastAudit().summary).toBe("Changed Tom Walsh's outcome (an apprenticeship from Monday 25 February 2030): kind, hours a week");
    valueOf(maya.call('outcomes.remove', { outcomeId: outcome.id, reason: 'Recorded twice' }));
    expect(valueOf(maya.call('outcomes.list', { staffId: tom.id }))).toEqual([]);
    expect(valueOf(maya.call('outcomes.list', { staffId: tom.id, includeRemoved: true })).map((o) => o.removed?.reason)).toEqual(['Recorded twice']);
    expect(errorOf(maya.call('outcomes.update', { outcomeId: outcome.id, note: 'x' }))).toMatchObject({ code: 'conflict', field: 'outcomeId' });
  });

  it('a trainee sees their own outcomes; another trainee’s are refused and audited', () => {
    const { t, tom, priya } = createSkillsCafe();
    const maya = t.loginAs('manager');
    startTrainee(maya, priya, '2030-01-07');
    valueOf(maya.call('outcomes.add', { staffId: priya.id, ...job }));
    const own = t.loginAs('trainee');
    expect(valueOf(own.call('outcomes.list', {}))).toEqual([]);
    expect(errorOf(own.call('outcomes.list', { staffId: priya.id }))).toEqual({ code: 'forbidden', message: 'Tom Walsh, you can only see your own outcomes.', field: 'staffId' });
    expect(t.lastAudit()).toMatchObject({ action: 'outcomes.list', actor_id: tom.id, outcome: 'refused' });
    expect(errorOf(own.call('outcomes.add', { staffId: tom.id, ...job })).code).toBe('forbidden');
  });
});
