import { describe, expect, it } from 'vitest';
import { createSkillsCafe, skillsSnapshot } from '../testing/skills.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// The trainee record through the dispatcher: the minimum the café needs, kept by a manager,
// with every status a trainee has had; the audit log says what changed, never what it says.

describe('the trainee record', () => {
  it('a manager saves the record, and a later save changes only what it sends', () => {
    const { t, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    const saved = valueOf(
      maya.call('trainees.save', {
        staffId: tom.id, preferredName: 'Tommy', startDate: '2030-02-01', programme: 'Barista Pathway', referralSource: 'probation', referralDate: '2030-01-15',
        goal: 'A barista job by the summer', gender: 'man', namedOnReceipts: true,
      }),
    );
    expect(saved).toMatchObject({
      staff: { id: tom.id, displayName: 'Tom Walsh' },
      active: true,
      preferredName: 'Tommy',
      startDate: '2030-02-01',
      programme: 'Barista Pathway',
      referralSource: 'probation',
      referralDate: '2030-01-15',
      goal: 'A barista job by the summer',
      status: 'active',
      statusSince: '2030-03-04',
      gender: 'man',
      namedOnReceipts: true,
    });
    // Which parts changed, never what they say.
    const audit = t.lastAudit();
    expect(audit).toMatchObject({ action: 'trainees.save', subject_id: tom.id, outcome: 'done' });
    expect(audit.summary).toBe("Changed Tom Walsh's trainee record: preferred name, start date, programme, referral source, referral date, goal, gender, named on receipts");
    expect(audit.summary).not.toMatch(/Barista Pathway|probation|summer/);

    const partly = valueOf(maya.call('trainees.save', { staffId: tom.id, goal: 'A kitchen job', preferredName: '' }));
    expect(partly).toMatchObject({ preferredName: null, goal: 'A kitchen job', programme: 'Barista Pathway', startDate: '2030-02-01', gender: 'man' });
    expect(t.lastAudit().summary).toBe("Changed Tom Walsh's trainee record: preferred name, goal");
    expect(valueOf(maya.call('trainees.list', {})).map((s) => [s.staff.displayName, s.status, s.programme])).toEqual([
      ['Priya Shah', 'active', null],
      ['Tom Walsh', 'active', 'Barista Pathway'],
    ]);
  });

  it('has no place for health or offence details: such fields are refused by name and nothing is written', () => {
    const { t, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    const before = skillsSnapshot(t);
    for (const field of ['health', 'offence', 'diagnosis', 'convictions', 'medication']) {
      expect(maya.send('trainees.save', { staffId: tom.id, [field]: 'anything' })).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: `The form sent something Apron does not know: ${field}.`, field },
      });
    }
    expect(skillsSnapshot(t)).toEqual(before);
    const columns = t.db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('trainee_records')").all().map((c) => c.name);
    expect(columns.filter((c) => /health|offen|convict|medic|diagnos|disab/.test(c))).toEqual([]);
  });

  it('refuses a referral after the start date, a referral in the future and a staff member who is no trainee', () => {
    const { t, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    const before = skillsSnapshot(t);
    expect(errorOf(maya.call('trainees.save', { staffId: tom.id, startDate: '2030-02-01', referralDate: '2030-02-10' }))).toEqual({
      code: 'invalid_input',
      message: 'The referral date must be on or before the start date (Friday 1 February 2030).',
      field: 'referralDate',
    });
    expect(errorOf(maya.call('trainees.save', { staffId: tom.id, referralDate: '2030-03-05' }))).toEqual({ code: 'invalid_input', message: 'The referral date cannot be in the future.', field: 'referralDate' });
    expect(errorOf(maya.call('trainees.save', { staffId: tom.id, startDate: '2030-02-30' }))).toMatchObject({ code: 'invalid_input', field: 'startDate' });
    expect(errorOf(maya.call('trainees.save', { staffId: t.person('supervisor').id, goal: 'x' }))).toEqual({ code: 'conflict', message: 'Sam Reid is a supervisor: this is kept for trainees.', field: 'staffId' });
    expect(skillsSnapshot(t)).toEqual(before);
    // Only a manager keeps records.
    expect(errorOf(t.loginAs('supervisor').call('trainees.save', { staffId: tom.id, goal: 'x' })).code).toBe('forbidden');
    expect(skillsSnapshot(t)).toEqual(before);
  });

  it('keeps every status with its day; withdrawn needs a reason, which stays out of the audit log', () => {
    const { t, tom } = createSkillsCafe();
    const maya = t.loginAs('manager');
    valueOf(maya.call('trainees.save', { staffId: tom.id, startDate: '2030-02-01' }));
    valueOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'paused', since: '2030-02-20', reason: 'Family matters' }));
    expect(t.lastAudit().summary).toBe("Set Tom Walsh's status to paused from Wednesday 20 February 2030");

    const before = skillsSnapshot(t);
    expect(errorOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'withdrawn' }))).toEqual({ code: 'invalid_input', message: 'Say why they withdrew: it is kept on their record.', field: 'reason' });
    expect(errorOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'withdrawn', reason: '   ' }))).toMatchObject({ code: 'invalid_input', field: 'reason' });
    expect(errorOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'active', since: '2030-03-05' }))).toEqual({ code: 'invalid_input', message: 'The date cannot be in the future.', field: 'since' });
    expect(errorOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'active', since: '2030-01-31' }))).toEqual({
      code: 'invalid_input',
      message: 'Tom Walsh started on Friday 1 February 2030: the date cannot be before that.',
      field: 'since',
    });
    expect(errorOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'paused', since: '2030-02-20', reason: 'Family matters' }))).toEqual({ code: 'conflict', message: 'Tom Walsh is already paused.', field: 'status' });
    expect(skillsSnapshot(t)).toEqual(before);
    // Behind Apron's back too.
    expect(() => t.db.prepare("UPDATE trainee_records SET status = 'withdrawn', status_reason = NULL WHERE staff_id = ?").run(tom.id)).toThrow(/CHECK/);

    valueOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'active', since: '2030-02-27' }));
    const record = valueOf(maya.call('trainees.setStatus', { staffId: tom.id, status: 'withdrawn', reason: 'Moved to Leeds' }));
    expect(record).toMatchObject({ status: 'withdrawn', statusSince: '2030-03-04', statusReason: 'Moved to Leeds' });
    expect(record.statusHistory.map((h) => [h.status, h.since, h.reason, h.by?.displayName])).toEqual([
      ['paused', '2030-02-20', 'Family matters', 'Maya Okafor'],
      ['active', '2030-02-27', null, 'Maya Okafor'],
      ['withdrawn', '2030-03-04', 'Moved to Leeds', 'Maya Okafor'],
    ]);
    expect(t.audit().map((a) => a.summary).join('\n')).not.toMatch(/Leeds|Family/);
    expect(valueOf(maya.call('trainees.list', {})).find((s) => s.staff.id === tom.id)?.status).toBe('withdrawn');
  });

  it('a trainee reads their own record, audited; another trainee’s is refused and audited', () => {
    const { t, tom, priya } = createSkillsCafe();
    const own = t.loginAs('trainee');
    expect(valueOf(own.call('trainees.get', {})).staff.id).toBe(tom.id);
    expect(t.lastAudit()).toMatchObject({ action: 'trainees.get', actor_id: tom.id, subject_id: tom.id, outcome: 'done', summary: 'Viewed their own trainee record' });
    expect(errorOf(own.call('trainees.get', { staffId: priya.id }))).toEqual({ code: 'forbidden', message: 'Tom Walsh, you can only see your own record.', field: 'staffId' });
    expect(t.lastAudit()).toMatchObject({ action: 'trainees.get', actor_id: tom.id, outcome: 'refused' });
    expect(errorOf(own.call('trainees.list', {})).code).toBe('forbidden');

    const maya = t.loginAs('manager');
    valueOf(maya.call('trainees.get', { staffId: priya.id }));
    expect(t.lastAudit()).toMatchObject({ action: 'trainees.get', subject_id: priya.id, summary: "Viewed Priya Shah's trainee record" });
  });
});
