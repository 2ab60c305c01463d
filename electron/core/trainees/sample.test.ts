import { describe, expect, it } from 'vitest';
import { TestCore, valueOf, type Screen } from '../testing/testCore.ts';

// The sample café loaded with its training records has trainee records, skills under way and a
// former trainee in work, so the skills, trainee and evidence screens have something to show.
// Without them (the default) it starts blank. The test café's clock is Monday 4 March 2030, 09:00.

function sampleAs(name: string, pin: string): { t: TestCore; screen: Screen; id: (name: string) => string } {
  const t = new TestCore();
  const screen = t.screen();
  valueOf(screen.call('cafe.loadSample', { withTrainingRecords: true }));
  const tiles = valueOf(screen.call('auth.loginTiles', {}));
  const id = (who: string) => tiles.find((tile) => tile.displayName === who)?.id ?? '';
  valueOf(screen.call('auth.loginWithPin', { staffId: id(name), pin }));
  return { t, screen, id };
}

describe('the sample café’s trainees', () => {
  it('has records, a former trainee in work, skills under way, a qualification and readiness ticks', () => {
    const { screen: maya, id } = sampleAs('Maya Manager', '1111');
    const list = valueOf(maya.call('trainees.list', { includeFormer: true }));
    expect(list.map((s) => [s.staff.displayName, s.active, s.status, s.programme, s.referralSource, s.startDate, s.outcomes])).toEqual([
      ['Jordan Trainee', true, 'active', 'Kitchen pathway', 'day_centre', '2030-01-07', 0],
      ['Priya Trainee', true, 'active', 'Barista pathway', 'mental_health_service', '2030-01-28', 0],
      ['Tom Trainee', true, 'active', 'Front of house and till', 'probation', '2030-01-21', 0],
      ['Alex Former', false, 'completed', 'Barista pathway', 'college', '2029-08-06', 1],
    ]);
    const alex = list.find((s) => s.staff.displayName === 'Alex Former')?.staff.id ?? '';
    const outcomes = valueOf(maya.call('outcomes.list', { staffId: alex }));
    expect(outcomes.map((o) => [o.kind, o.date, o.employerOrProvider, o.hoursPerWeek, o.daysFromStart, o.checks.map((c) => c.state)])).toEqual([
      ['paid_job', '2030-01-14', 'Canal Street Coffee', 20, 161, ['sustained', 'not_due']],
    ]);

    const matrix = valueOf(maya.call('skills.matrix', {}));
    const state = (who: string, code: string) => {
      const i = matrix.competencies.findIndex((c) => c.code === code);
      return matrix.rows.find((r) => r.trainee.displayName === who)?.cells[i]?.state;
    };
    expect(matrix.rows.map((r) => [r.trainee.displayName, r.signedOff])).toEqual([
      ['Jordan Trainee', 1],
      ['Priya Trainee', 0],
      ['Tom Trainee', 1],
    ]);
    expect(state('Tom Trainee', 'TC2')).toBe('signed_off');
    expect(state('Tom Trainee', 'CS1')).toBe('in_progress');
    expect(state('Priya Trainee', 'BA1')).toBe('ready_to_sign_off');
    expect(state('Jordan Trainee', 'FS1')).toBe('awaiting_second_signer');
    expect(state('Jordan Trainee', 'KI1')).toBe('signed_off');

    // Jordan's hygiene waits for Maya: she countersigns it through the dispatcher.
    const jordan = valueOf(maya.call('skills.trainee', { staffId: id('Jordan Trainee') }));
    expect(jordan.next[0]).toMatchObject({ kind: 'countersign', competency: { code: 'FS1' } });
    const waiting = jordan.areas.flatMap((a) => a.skills).find((s) => s.competency.code === 'FS1')?.signOff;
    expect(valueOf(maya.call('skills.countersign', { signOffId: waiting?.id ?? '' })).state).toBe('signed_off');
    expect(valueOf(maya.call('qualifications.list', { staffId: id('Jordan Trainee') })).map((q) => [q.title, q.awardedOn, q.expiresOn])).toEqual([
      ['Level 2 Food Safety and Hygiene for Catering', '2030-01-21', '2033-01-21'],
    ]);

    expect(valueOf(maya.call('readiness.checklist', { staffId: id('Tom Trainee') }))).toMatchObject({ ticked: 1, total: 5 });
    expect(valueOf(maya.call('readiness.checklist', { staffId: id('Priya Trainee') }))).toMatchObject({ ticked: 2, total: 5 });

    const tom = valueOf(maya.call('progression.get', { staffId: id('Tom Trainee') }));
    expect(tom.hours.creditedMinutes).toBe(1440);
    expect(tom.skills.signedOffList.map((s) => s.code)).toEqual(['TC2']);

    // Evidence and the cohort report have something in them.
    const cohort = valueOf(maya.call('evidence.cohort', { from: '2029-08-01', to: '2030-03-04' }));
    expect(cohort.document).toMatchObject({ participants: 4, completed: 1, outcomes: 1, participantsWithOutcome: 1 });
    expect(valueOf(maya.call('evidence.trainee', { staffId: id('Tom Trainee'), from: '2030-02-01', to: '2030-03-04' })).document.skills.map((s) => s.code)).toEqual(['TC2']);
  });

  it('without training records (the default) the sample café has none', () => {
    const t = new TestCore();
    const screen = t.screen();
    valueOf(screen.call('cafe.loadSample', {}));
    for (const table of ['trainee_records', 'skill_observations', 'skill_signoffs', 'qualifications', 'outcomes', 'readiness_items']) expect(t.count(table), table).toBe(0);
    expect(t.count('shifts')).toBe(30);
  });

  it('Tom is signed off for the till, so the rota no longer warns about his till shifts', () => {
    const { screen: sam } = sampleAs('Sam Supervisor', '2222');
    const week = valueOf(sam.call('rota.week', { week: '2030-03-04' }));
    const warned = week.conflicts.filter((c) => c.kind === 'station_not_signed_off').map((c) => c.message.split(' is not signed off')[0]);
    expect([...new Set(warned)].sort()).toEqual(['Jordan Trainee', 'Priya Trainee']);
  });
});
