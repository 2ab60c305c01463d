import { describe, expect, it } from 'vitest';
import type { ClockResult, LoginTile } from '../../shared/contract/index.ts';
import { err } from '../../shared/contract/index.ts';
import { answered, chooseAction, choosePerson, clockChoices, scannedWithoutAction, startClocking, stepBack } from './clockFlow.ts';

const tom: LoginTile = { id: 'tom', displayName: 'Tom Trainee', role: 'trainee' };
const welcome = { ok: true as const, value: { message: 'Welcome, Tom. You’re clocked in for Till, 09:00 to 13:00.' } as ClockResult };

describe('clocking in and out at the kiosk', () => {
  it('offers the four things a person does, in the order of a shift', () => {
    expect(clockChoices.map((c) => c.label)).toEqual(['Clock in', 'Start break', 'End break', 'Clock out']);
  });

  it('goes from the choice to the names to the PIN pad, and back one step at a time', () => {
    const who = chooseAction(startClocking, 'clock_in');
    expect(who).toEqual({ step: 'who', action: 'clock_in', problem: null });
    const pin = choosePerson(who, tom);
    expect(pin).toEqual({ step: 'pin', action: 'clock_in', person: tom, problem: null });
    expect(stepBack(pin)).toEqual(who);
    expect(stepBack(who)).toEqual(startClocking);
  });

  it('shows the core’s kind words when it worked', () => {
    expect(answered(choosePerson(chooseAction(startClocking, 'clock_in'), tom), welcome, 'pin')).toEqual({ step: 'done', action: 'clock_in', message: welcome.value.message });
    expect(answered(chooseAction(startClocking, 'clock_in'), welcome, 'badge')).toMatchObject({ step: 'done' });
  });

  it('a wrong PIN stays on the PIN pad; an unknown badge stays on the names', () => {
    const pin = choosePerson(chooseAction(startClocking, 'clock_out'), tom);
    expect(answered(pin, err('invalid_input', 'That PIN is not right.', { field: 'pin' }), 'pin')).toEqual({ ...pin, problem: 'That PIN is not right.' });
    expect(answered(pin, err('locked_out', 'Too many wrong PINs.'), 'pin')).toEqual({ ...pin, problem: 'Too many wrong PINs.' });
    const who = chooseAction(startClocking, 'clock_out');
    expect(answered(who, err('not_found', 'That badge is not known to Apron.'), 'badge')).toEqual({ ...who, problem: 'That badge is not known to Apron.' });
  });

  it('a refusal about the shift (clocked in twice, not clocked in) is shown big', () => {
    const pin = choosePerson(chooseAction(startClocking, 'clock_out'), tom);
    expect(answered(pin, err('conflict', 'Tom, you are not clocked in, so you cannot clock out. Clock in first.'), 'pin')).toEqual({
      step: 'refused',
      action: 'clock_out',
      message: 'Tom, you are not clocked in, so you cannot clock out. Clock in first.',
    });
  });

  it('a badge scanned before choosing asks for the choice first; a product barcode is not a badge', () => {
    expect(scannedWithoutAction(startClocking, 'badge')).toEqual({ step: 'choose', problem: 'First choose what you are doing (clock in, a break, or clock out), then scan your badge.' });
    expect(scannedWithoutAction(chooseAction(startClocking, 'break_start'), 'barcode')).toEqual({
      step: 'who',
      action: 'break_start',
      problem: 'That is a product barcode, not a staff badge: scan your badge.',
    });
  });

  it('an answer arriving after the screen moved on changes nothing', () => {
    const done = answered(chooseAction(startClocking, 'clock_in'), welcome, 'badge');
    expect(answered(done, welcome, 'badge')).toBe(done);
  });
});
