import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ApiError, type InputOf, type MethodName } from '../../shared/contract/index.ts';
import { createTestCafe, errorOf, type Screen, type TestCore } from './testing/testCore.ts';

// Bad input for every method in the contract: whatever a buggy or hostile screen sends,
// the answer is invalid_input naming the field in plain English, and nothing is written.

/** A good input for every method, with every optional field filled in. A new method without one is a type error. */
const goodInput: { [M in MethodName]: InputOf<M> } = {
  'cafe.status': {},
  'cafe.setUp': {
    cafe: { name: 'Back Yard Café', address: '12 Canal Street', vatNumber: 'GB 123 4567 89', charityNumber: '1180123' },
    manager: { displayName: 'Maya Okafor', pin: '2468', badge: 'BADGE-MAYA-0001' },
  },
  'cafe.loadSample': { withTrainingRecords: true },
  'settings.get': {},
  'settings.update': { cafe: { name: 'Back Yard Café', address: '12 Canal Street', vatNumber: 'GB123456789', charityNumber: 'SC012345' }, idleLockSeconds: 300 },
  'auth.session': {},
  'auth.loginTiles': {},
  'auth.loginWithPin': { staffId: 'staff-0003', pin: '2468' },
  'auth.loginWithBadge': { badge: 'BADGE-TOM-0003' },
  'auth.logout': {},
  'auth.stillHere': {},
  'auth.authorise': { method: 'staff.clearLockout', credential: { staffId: 'staff-0002', pin: '2468' } },
  'staff.list': { includeInactive: true },
  'staff.create': { displayName: 'Priya Shah', role: 'trainee', pin: '2468', badge: 'BADGE-PRIYA-0004', namedOnReceipts: true },
  'staff.update': { staffId: 'staff-0003', displayName: 'Tom Walsh', role: 'supervisor', active: true, namedOnReceipts: true },
  'staff.setPin': { staffId: 'staff-0003', pin: '2468' },
  'staff.setBadge': { staffId: 'staff-0003', badge: 'BADGE-TOM-0009' },
  'staff.clearLockout': { staffId: 'staff-0003' },
  'audit.list': { actorId: 'staff-0001', action: 'auth.loginWithPin', before: 10, limit: 50 },
  'catalogue.get': { includeInactive: true },
  'catalogue.saveCategory': { id: 'cat-0001', name: 'Hot drinks', colour: '#1d4ed8', position: 1, active: true },
  'catalogue.saveProduct': {
    id: 'prod-0001', name: 'Flat white', categoryId: 'cat-0001', pricePence: 320, vatClass: 'standard', barcode: '5000112637922',
    icon: '☕', openPrice: false, maxPricePence: null, modifierGroupIds: ['group-0001'], position: 1, active: true,
  },
  'catalogue.saveModifierGroup': { id: 'group-0001', name: 'Milk', minChoices: 1, maxChoices: 1, options: [{ id: 'opt-0001', name: 'Oat', priceDeltaPence: 30 }] },
  'catalogue.saveDiscountReason': { id: 'reason-staff-meal', name: 'Staff meal', active: true },
  'catalogue.findBarcode': { barcode: '5000112637922' },
  'till.state': {},
  'till.setPractice': { practice: true },
  'till.setDiscountLimits': { trainee: 10, supervisor: 50, manager: 100 },
  'sales.complete': {
    clientRef: 'sale-ref-0001',
    basket: {
      orderType: 'takeaway',
      lines: [{ productId: 'prod-0001', quantity: 2, optionIds: ['opt-0001'], openPricePence: null, discount: { kind: 'percent', value: 10, reasonId: 'reason-staff-meal' } }],
      orderDiscount: { kind: 'fixed', value: 50, reasonId: 'reason-complaint' },
    },
    payments: [{ tender: 'cash', amountPence: 1000 }],
    expectedTotalPence: 626,
    heldOrderId: 'held-0001',
  },
  'sales.hold': { label: 'Table 4', basket: { orderType: 'eat_in', lines: [{ productId: 'prod-0001', quantity: 1, optionIds: [], openPricePence: null, discount: null }], orderDiscount: null } },
  'sales.listHeld': {},
  'sales.resumeHeld': { heldOrderId: 'held-0001' },
  'sales.void': { saleId: 'sale-0001', reason: 'Rang up the wrong order' },
  'sales.refund': { saleId: 'sale-0001', lines: [{ lineId: 'line-0001', quantity: 1 }], to: 'original', reason: 'Cold coffee' },
  'sales.find': { receiptNumber: 12, from: '2026-11-23T08:00:00.000Z', to: '2026-11-23T17:00:00.000Z', totalPence: 320, before: 'sale-0009', limit: 20 },
  'sales.get': { saleId: 'sale-0001' },
  'sales.verifyChain': {},
  'practice.review': { staffId: 'staff-0003', from: '2026-11-01T00:00:00.000Z' },
  'practice.mark': { saleId: 'sale-0001', review: 'right' },
  'cash.current': {},
  'cash.open': { floatCounts: { '2000': 2, '1000': 2, '500': 4, '100': 10, '50': 10, '20': 10, '10': 10 } },
  'cash.noSale': { reason: 'Change for the float' },
  'cash.payOut': { amountPence: 245, reason: 'Milk from the shop' },
  'cash.lift': { amountPence: 10000, reason: 'To the safe' },
  'cash.xReport': {},
  'cash.close': { countedCounts: { '2000': 5, '100': 3 }, note: 'All fine' },
  'cash.zReports': { limit: 30 },
  'cash.zReport': { number: 1 },
  'reports.vatSummary': { from: '2026-08-01', to: '2026-10-31' },
  'printing.settings': {},
  'printing.saveSettings': {
    receipt: { kind: 'network', host: '192.168.1.50', port: 9100 },
    columns: 42,
    printEverySale: true,
    drawerPin: 2,
    drawerTenders: ['cash'],
    footer: 'Thank you for supporting our trainees',
    qr: 'https://example.org/feedback',
    logo: { width: 8, height: 2, bits: 'gYE=' },
    kitchen: { kind: 'usb', device: '/dev/usb/lp1' },
    kitchenColumns: 32,
    kitchenCategoryIds: ['cat-hot-food'],
  },
  'printing.testPage': { target: 'receipt', openDrawer: true },
  'printing.status': {},
  'printing.receipt': { entryId: 'sale-0001' },
  'printing.preview': { entryId: 'sale-0001', copy: true },
  'printing.report': { report: 'Z', number: 1 },
  'printing.jobs': { limit: 20 },
  'printing.cancelJob': { jobId: 'job-0001' },
  'scanners.settings': {},
  'scanners.saveSettings': { prefix: '', endKey: 'Enter', maxKeyGapMs: 50, hid: { enabled: true, vendorId: 0x0c2e, productId: 0x0b61, reads: 'badges' } },
  'scanners.status': {},
  'stations.list': { includeInactive: true },
  'stations.save': { id: 'station-0001', name: 'Barista', position: 2, active: true },
  'rota.settings': {},
  'rota.saveSettings': { maxShiftMinutes: 480, minRestMinutes: 660, approvalToleranceMinutes: 10 },
  'rota.week': { week: '2026-11-23' },
  'rota.addShift': { date: '2026-11-23', start: '09:00', end: '13:00', endsNextDay: false, stationId: 'station-0001', traineeId: 'staff-0003', supervisorId: 'staff-0002', note: 'Bring a pen' },
  'rota.moveShift': { shiftId: 'shift-0001', date: '2026-11-24', start: '22:00', end: '06:00', endsNextDay: true, stationId: 'station-0001', traineeId: 'staff-0003', supervisorId: 'staff-0002', note: 'Night bake' },
  'rota.copyShift': { shiftId: 'shift-0001', date: '2026-11-25', stationId: 'station-0001', traineeId: 'staff-0003' },
  'rota.removeShift': { shiftId: 'shift-0001' },
  'rota.copyLastWeek': { week: '2026-11-23' },
  'rota.templates': {},
  'rota.saveTemplate': { week: '2026-11-23', name: 'Term-time week' },
  'rota.applyTemplate': { templateId: 'template-0001', week: '2026-11-30' },
  'rota.removeTemplate': { templateId: 'template-0001' },
  'rota.publish': { week: '2026-11-23' },
  'rota.myShifts': {},
  'rota.calendar': { staffId: 'staff-0003' },
  'availability.list': { staffId: 'staff-0003' },
  'availability.addUnavailable': { staffId: 'staff-0003', weekday: 2, from: '09:00', to: '12:30', note: 'College' },
  'availability.addTimeOff': { staffId: 'staff-0003', from: '2026-12-01', to: '2026-12-03', reason: 'Hospital appointment' },
  'availability.remove': { id: 'off-0001' },
  'swaps.list': {},
  'swaps.offer': { shiftId: 'shift-0001', note: 'Family visit' },
  'swaps.take': { swapId: 'swap-0001' },
  'swaps.withdraw': { swapId: 'swap-0001' },
  'swaps.approve': { swapId: 'swap-0001' },
  'swaps.decline': { swapId: 'swap-0001', reason: 'Priya is not signed off for the kitchen yet' },
  'attendance.clockIn': { credential: { staffId: 'staff-0003', pin: '2468' } },
  'attendance.clockOut': { credential: { staffId: 'staff-0003', pin: '2468' } },
  'attendance.startBreak': { credential: { staffId: 'staff-0003', pin: '2468' } },
  'attendance.endBreak': { credential: { staffId: 'staff-0003', pin: '2468' } },
  'hours.mine': { from: '2026-11-01', to: '2026-11-30' },
  'hours.day': { day: '2026-11-23' },
  'hours.approve': { shiftIds: ['shift-0001', 'shift-0002'] },
  'hours.approveShift': { shiftId: 'shift-0001', attendance: 'late', start: '09:20', end: '13:00', endsNextDay: false, breakMinutes: 15, lateMinutes: 20, absenceAcceptable: true, reason: 'Bus was late' },
  'hours.confirmUnplanned': { shiftId: 'shift-0001', stationId: 'station-0001' },
  'hours.summary': { from: '2026-11-01', to: '2026-11-30', staffId: 'staff-0003' },
  'hours.certifications': { limit: 20 },
  'hours.certify': { period: 'month', date: '2026-11-01', staffId: 'staff-0003' },
  'hours.reopen': { certificationId: 'cert-0001', reason: 'A shift was approved for the wrong person' },
  'evidence.trainee': { staffId: 'staff-0003', from: '2026-10-01', to: '2026-12-31', includeReasons: false },
  'evidence.cohort': { from: '2026-01-01', to: '2026-12-31' },
  'backups.list': {},
  'backups.runNow': {},
  'skills.framework': { includeRetired: true },
  'skills.saveArea': { id: 'area-barista', name: 'Barista', position: 4, active: true },
  'skills.saveCompetency': {
    id: 'competency-ba1', areaId: 'area-barista', code: 'BA1', title: 'Espresso to recipe', criterion: 'Three shots in a row within the house time and yield',
    observationsNeeded: 3, secondSignerNeeded: false, stationIds: ['station-barista'], position: 1, active: true,
  },
  'skills.tillEvidence': { shiftId: 'shift-0001' },
  'skills.observe': { shiftId: 'shift-0001', competencyId: 'competency-tc2', level: 'with_support', note: 'Gave the right change', saleIds: ['sale-0001'], cashSessionIds: ['cash-0001'] },
  'skills.signOff': { traineeId: 'staff-0003', competencyId: 'competency-tc2' },
  'skills.countersign': { signOffId: 'signoff-0001' },
  'skills.withdrawSignOff': { signOffId: 'signoff-0001', reason: 'Signed off for the wrong trainee' },
  'skills.matrix': { areaId: 'area-barista' },
  'skills.trainee': { staffId: 'staff-0003' },
  'qualifications.list': { staffId: 'staff-0003', includeRemoved: true },
  'qualifications.add': { staffId: 'staff-0003', title: 'Level 2 Food Safety and Hygiene for Catering', awardingBody: 'Highfield', awardedOn: '2026-10-01', certificateNumber: 'HQ-123456', expiresOn: '2029-10-01' },
  'qualifications.remove': { qualificationId: 'qual-0001', reason: 'Recorded for the wrong trainee' },
  'trainees.list': { includeFormer: true },
  'trainees.get': { staffId: 'staff-0003' },
  'trainees.save': {
    staffId: 'staff-0003', preferredName: 'Tommy', startDate: '2026-09-01', programme: 'Barista Pathway', referralSource: 'probation', referralDate: '2026-08-15',
    goal: 'A barista job', gender: 'man', namedOnReceipts: true,
  },
  'trainees.setStatus': { staffId: 'staff-0003', status: 'withdrawn', since: '2026-11-20', reason: 'Moved away' },
  'trainees.erase': { staffId: 'staff-0003', confirmName: 'Tom Walsh' },
  'outcomes.list': { staffId: 'staff-0003', includeRemoved: true },
  'outcomes.add': { staffId: 'staff-0003', kind: 'paid_job', date: '2026-11-02', employerOrProvider: 'Canal Street Coffee', hoursPerWeek: 16.5, evidence: 'letter', note: 'Barista, part time' },
  'outcomes.update': { outcomeId: 'outcome-0001', kind: 'apprenticeship', date: '2026-11-03', employerOrProvider: 'Canal Street Coffee', hoursPerWeek: 30, evidence: 'payslip', note: 'Now an apprentice' },
  'outcomes.remove': { outcomeId: 'outcome-0001', reason: 'Recorded twice' },
  'outcomes.checkSustainment': { outcomeId: 'outcome-0001', checkpoint: 'six_weeks', checkedOn: '2026-12-14', sustained: true, evidence: 'payslip', note: 'Still there' },
  'readiness.items': { includeRetired: true },
  'readiness.saveItem': { id: 'ready-0001', title: 'CV written', position: 1, active: true },
  'readiness.tick': { staffId: 'staff-0003', itemId: 'ready-0001', ticked: true, note: 'Checked with the job coach' },
  'readiness.checklist': { staffId: 'staff-0003' },
  'progression.get': { staffId: 'staff-0003' },
};

const methods = Object.keys(contract) as MethodName[];

// One café for the whole file: every test here proves that nothing is written, so they
// cannot disturb each other, and the manager signs in once (a manager may call every
// method, so only the input is wrong).
let t: TestCore;
let manager: Screen;
beforeAll(() => {
  t = createTestCafe({ manual: true });
  manager = t.loginAs('manager');
});
afterAll(() => t.dispose());

interface BadCase {
  what: string;
  input: unknown;
  /** The dotted path the error must name; undefined when the whole input is unreadable. */
  field: string | undefined;
}

/**
 * A credential is a PIN with a person, or a badge: when a spoilt credential is close to
 * neither, the error is about the whole credential ("Enter a supervisor PIN or scan a
 * supervisor badge."), which is the field the screen shows.
 */
function fieldNamed(method: MethodName, path: readonly string[]): string {
  const hasCredential = method === 'auth.authorise' || method.startsWith('attendance.');
  return hasCredential && path[0] === 'credential' && path.length > 1 ? 'credential' : path.join('.');
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `input` with the value at `path` replaced (or removed, for `undefined`). */
function withValue(input: Json, path: readonly string[], value: unknown): Json {
  const [head, ...rest] = path;
  if (head === undefined) throw new Error('empty path');
  const copy: Json = { ...input };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
  } else {
    copy[head] = withValue(copy[head] as Json, rest, value);
  }
  return copy;
}

function leaves(input: Json, prefix: string[] = []): { path: string[]; value: unknown }[] {
  return Object.entries(input).flatMap(([key, value]) => {
    const path = [...prefix, key];
    return isRecord(value) ? [{ path, value }, ...leaves(value, path)] : [{ path, value }];
  });
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'sixty';
  if (typeof value === 'boolean') return 'yes';
  return 'not a form';
}

/** Every way to spoil a good input: wrong types, missing fields, overlong text, unknown extras. */
function badCasesFor(method: MethodName): BadCase[] {
  const good = goodInput[method] as Json;
  const schema = contract[method].input;
  const cases: BadCase[] = [
    { what: 'a string instead of a form', input: 'hello', field: undefined },
    { what: 'a number instead of a form', input: 42, field: undefined },
    { what: 'a list instead of a form', input: [good], field: undefined },
    { what: 'an unknown extra field', input: { ...good, colour: 'blue' }, field: 'colour' },
  ];
  for (const { path, value } of leaves(good)) {
    const name = path.join('.');
    const field = fieldNamed(method, path);
    cases.push({ what: `${name}: wrong type`, input: withValue(good, path, wrongTypeFor(value)), field });
    // A list inside a list is wrong at its first item.
    cases.push({ what: `${name}: a list`, input: withValue(good, path, [value]), field: Array.isArray(value) ? `${field}.0` : field });
    if (!schema.safeParse(withValue(good, path, null)).success) cases.push({ what: `${name}: null`, input: withValue(good, path, null), field });
    if (!schema.safeParse(withValue(good, path, undefined)).success) cases.push({ what: `${name}: missing`, input: withValue(good, path, undefined), field });
    if (typeof value === 'string') cases.push({ what: `${name}: far too long`, input: withValue(good, path, '7'.repeat(10_000)), field: name });
    if (isRecord(value)) cases.push({ what: `${name}: an unknown extra field inside`, input: withValue(good, [...path, 'colour'], 'blue'), field: `${name}.colour` });
  }
  return cases;
}

/** No jargon from the schema library, and a sentence a trainee can read. */
function expectPlainEnglish(message: string, context: string): void {
  expect(message, context).toMatch(/^[A-Z]/);
  expect(message, context).toMatch(/[.!?]$/);
  expect(message, context).not.toMatch(/invalid input|invalid_|expected|received|unrecognized|too big|too small|undefined|NaN|zod|regex|\bstring\b|\bobject\b|\bint\b|[<>]=?\s?\d/i);
}

function expectRefusedBadInput(screen: Screen, method: string, input: unknown, field: string | undefined, context: string): ApiError {
  const before = t.snapshot();
  const error = errorOf(screen.send(method, input));
  expect(error.code, context).toBe('invalid_input');
  expect(error.field, context).toBe(field);
  expectPlainEnglish(error.message, context);
  expect(t.snapshot(), `${context}: the database changed`).toEqual(before);
  return error;
}

describe('bad input, for every method in the contract', () => {
  it('has a good example input for every method, and each one passes its schema', () => {
    expect(Object.keys(goodInput).sort()).toEqual([...methods].sort());
    for (const method of methods) expect(contract[method].input.safeParse(goodInput[method]).success, method).toBe(true);
  });

  it.each(methods)('%s: every spoilt input is invalid_input, names the field in plain English, and writes nothing', (method) => {
    const cases = badCasesFor(method);
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const c of cases) expectRefusedBadInput(manager, method, c.input, c.field, `${method} with ${c.what}`);
  });

  it('an unreadable form gets one plain message, with no field to point at', () => {
    const screen = t.screen();
    expect(expectRefusedBadInput(screen, 'auth.loginWithPin', 'hello', undefined, 'string').message).toBe('Apron could not read what the screen sent. Please try again.');
  });

  it('a missing part of a form and a wrong type are told apart', () => {
    const screen = t.screen();
    const manager = { displayName: 'Maya', pin: '2468' };
    expect(expectRefusedBadInput(screen, 'cafe.setUp', { manager }, 'cafe', 'missing').message).toBe('Enter the café details.');
    expect(expectRefusedBadInput(screen, 'cafe.setUp', { cafe: 'Back Yard', manager }, 'cafe', 'wrong type').message).toBe('The café details could not be read.');
  });

  it('names the unknown field it was sent', () => {
    const screen = t.screen();
    expect(expectRefusedBadInput(screen, 'auth.loginWithBadge', { badge: 'BADGE-TOM-0003', isAdmin: true }, 'isAdmin', 'extra').message).toBe(
      'The form sent something Apron does not know: isAdmin.',
    );
  });
});

describe('bad input that people really type', () => {
  const pins: [string, unknown][] = [
    ['letters', 'abcd'],
    ['letters and numbers', '12a4'],
    ['too short', '123'],
    ['too long', '123456789'],
    ['a space', '12 34'],
    ['empty', ''],
    ['a decimal point', '12.34'],
    ['full-width digits', '１２３４'],
  ];

  it.each(pins)('a PIN with %s is refused wherever a PIN is asked for', (_what, pin) => {
    const places: [string, unknown, string][] = [
      ['auth.loginWithPin', { staffId: t.person('trainee').id, pin }, 'pin'],
      ['staff.create', { displayName: 'Priya Shah', role: 'trainee', pin }, 'pin'],
      ['staff.setPin', { staffId: t.person('trainee').id, pin }, 'pin'],
      ['auth.authorise', { method: 'staff.clearLockout', credential: { staffId: t.person('supervisor').id, pin } }, 'credential.pin'],
    ];
    for (const [method, input, field] of places) {
      const error = expectRefusedBadInput(manager, method, input, field, `${method} with PIN ${JSON.stringify(pin)}`);
      expect(error.message).toBe('A PIN is 4 to 8 numbers, with no letters or spaces.');
    }
    // the wrong-PIN counter is not touched by a PIN that could never be right
    expect(t.staffRow(t.person('trainee').id).failed_pin_count).toBe(0);
    expect(t.staffRow(t.person('supervisor').id).failed_pin_count).toBe(0);
  });

  it.each(pins)('setting up a café with a manager PIN with %s is refused', (_what, pin) => {
    const error = expectRefusedBadInput(t.screen(), 'cafe.setUp', { cafe: { name: 'Corner Café', address: '1 High St' }, manager: { displayName: 'Ann', pin } }, 'manager.pin', 'set-up');
    expect(error.message).toBe('A PIN is 4 to 8 numbers, with no letters or spaces.');
  });

  const vatNumbers = ['GB12345', 'GB1234567890', 'GB12345678X', 'FR123456789', 'VAT 123456789', '12345678'];
  it.each(vatNumbers)('the VAT number %s is refused with an example of a good one', (vatNumber) => {
    const cafe = { name: 'Back Yard Café', address: '12 Canal Street', vatNumber };
    for (const [method, input] of [
      ['settings.update', { cafe }],
      ['cafe.setUp', { cafe, manager: { displayName: 'Ann', pin: '2468' } }],
    ] as const) {
      const error = expectRefusedBadInput(manager, method, input, 'cafe.vatNumber', `${method} VAT ${vatNumber}`);
      expect(error.message).toBe('A UK VAT number is GB then 9 numbers, for example GB 123 4567 89.');
    }
  });

  const charityNumbers = ['X123', '12345', 'SC12345', 'NIC12', '123456789', 'CHARITY'];
  it.each(charityNumbers)('the charity number %s is refused with examples', (charityNumber) => {
    const error = expectRefusedBadInput(manager, 'settings.update', { cafe: { name: 'Back Yard Café', address: '12 Canal Street', charityNumber } }, 'cafe.charityNumber', charityNumber);
    expect(error.message).toBe('A charity number looks like 1234567, SC012345 or NIC100002.');
  });

  const idleTimes: [unknown, string][] = [
    [0, 'The till must stay open for at least 30 seconds.'],
    [29, 'The till must stay open for at least 30 seconds.'],
    [-60, 'The till must stay open for at least 30 seconds.'],
    [3601, 'The till must lock itself within an hour.'],
    [86_400, 'The till must lock itself within an hour.'],
    [45.5, 'Idle time must be a whole number of seconds.'],
    ['60', 'Idle time must be a number of seconds.'],
    [null, 'Idle time must be a number of seconds.'],
  ];
  it.each(idleTimes)('an idle time of %j is refused: %s', (idleLockSeconds, message) => {
    expect(expectRefusedBadInput(manager, 'settings.update', { idleLockSeconds }, 'idleLockSeconds', String(idleLockSeconds)).message).toBe(message);
  });

  const badges: [string, string][] = [
    ['abc', 'That badge code is too short: scan the badge again.'],
    ['   ', 'That badge code is too short: scan the badge again.'],
    ['B'.repeat(65), 'That badge code is too long: scan the badge again.'],
    ['BADGE 0001', 'That badge code has characters a badge cannot have: scan it again.'],
    ['BADGE-ÉCLAIR', 'That badge code has characters a badge cannot have: scan it again.'],
    ['BADGE\u00000001', 'That badge code has characters a badge cannot have: scan it again.'],
  ];
  it.each(badges)('the badge code %j is refused: %s', (badge, message) => {
    expect(expectRefusedBadInput(manager, 'auth.loginWithBadge', { badge }, 'badge', 'login').message).toBe(message);
    expect(expectRefusedBadInput(manager, 'staff.setBadge', { staffId: t.person('trainee').id, badge }, 'badge', 'setBadge').message).toBe(message);
  });

  it('names that are empty, only spaces or too long are refused', () => {
    const create = (displayName: string) => ({ displayName, role: 'trainee', pin: '2468' });
    expect(expectRefusedBadInput(manager, 'staff.create', create(''), 'displayName', 'empty').message).toBe('Enter the name.');
    expect(expectRefusedBadInput(manager, 'staff.create', create('    '), 'displayName', 'spaces').message).toBe('Enter the name.');
    expect(expectRefusedBadInput(manager, 'staff.create', create('P'.repeat(61)), 'displayName', 'long').message).toBe('The name can be at most 60 characters.');
    expect(expectRefusedBadInput(manager, 'staff.update', { staffId: t.person('trainee').id, displayName: '' }, 'displayName', 'rename').message).toBe('Enter the name.');
    expect(
      expectRefusedBadInput(manager, 'settings.update', { cafe: { name: 'C'.repeat(81), address: '12 Canal Street' } }, 'cafe.name', 'café name').message,
    ).toBe('The café name can be at most 80 characters.');
    expect(expectRefusedBadInput(manager, 'settings.update', { cafe: { name: 'Back Yard', address: '' } }, 'cafe.address', 'address').message).toBe('Enter the address.');
  });

  it('a role that does not exist is refused', () => {
    for (const role of ['boss', 'Manager', '', 'admin']) {
      const error = expectRefusedBadInput(manager, 'staff.create', { displayName: 'Priya Shah', role, pin: '2468' }, 'role', role);
      expect(error.message).toBe('Choose trainee, supervisor or manager.');
    }
  });

  it('a page of the audit log must be a sensible size and position', () => {
    const cases: [Json, string, string][] = [
      [{ limit: 0 }, 'limit', 'Ask for at least 1 entry.'],
      [{ limit: 501 }, 'limit', 'At most 500 entries at a time.'],
      [{ limit: 2.5 }, 'limit', 'Page size must be a whole number.'],
      [{ before: 0 }, 'before', 'Page position must be above zero.'],
      [{ before: 1.5 }, 'before', 'Page position must be a whole number.'],
      [{ before: '7' }, 'before', 'Page position must be a number.'],
    ];
    for (const [input, field, message] of cases) {
      expect(expectRefusedBadInput(manager, 'audit.list', input, field, JSON.stringify(input)).message).toBe(message);
    }
  });

  const days = ['2030-02-30', '2030-13-01', '2030-04-31', '30/01/2030', '2030-2-3', 'yesterday', ''];
  it.each(days)('the date %j is refused wherever a trainee record, outcome or qualification asks for one', (day) => {
    const trainee = t.person('trainee').id;
    const places: [string, Json, string][] = [
      ['trainees.save', { staffId: trainee, startDate: day }, 'startDate'],
      ['trainees.save', { staffId: trainee, referralDate: day }, 'referralDate'],
      ['trainees.setStatus', { staffId: trainee, status: 'paused', since: day }, 'since'],
      ['outcomes.add', { staffId: trainee, kind: 'paid_job', date: day, employerOrProvider: 'Canal Street Coffee' }, 'date'],
      ['outcomes.update', { outcomeId: 'outcome-0001', date: day }, 'date'],
      ['outcomes.checkSustainment', { outcomeId: 'outcome-0001', checkpoint: 'six_weeks', checkedOn: day, sustained: true }, 'checkedOn'],
      ['qualifications.add', { staffId: trainee, title: 'Level 2 Food Safety', awardedOn: day }, 'awardedOn'],
      ['qualifications.add', { staffId: trainee, title: 'Level 2 Food Safety', awardedOn: '2030-01-01', expiresOn: day }, 'expiresOn'],
    ];
    for (const [method, input, field] of places) {
      expect(expectRefusedBadInput(manager, method, input, field, `${method} ${field} ${JSON.stringify(day)}`).message).toMatch(/date/i);
    }
  });

  const hours: [unknown, string][] = [
    ['sixteen', 'The hours a week must be a number.'],
    ['16', 'The hours a week must be a number.'],
    [0, 'The hours a week must be at least a quarter of an hour.'],
    [-4, 'The hours a week must be at least a quarter of an hour.'],
    [81, 'The hours a week can be at most 80.'],
    [16.1, 'Enter the hours a week in quarter hours, like 16 or 37.5.'],
  ];
  it.each(hours)('hours a week of %j are refused: %s', (hoursPerWeek, message) => {
    const input = { staffId: t.person('trainee').id, kind: 'paid_job', date: '2030-01-01', employerOrProvider: 'Canal Street Coffee', hoursPerWeek };
    expect(expectRefusedBadInput(manager, 'outcomes.add', input, 'hoursPerWeek', String(hoursPerWeek)).message).toBe(message);
    expect(expectRefusedBadInput(manager, 'outcomes.update', { outcomeId: 'outcome-0001', hoursPerWeek }, 'hoursPerWeek', String(hoursPerWeek)).message).toBe(message);
  });

  it('the observations a skill needs must be a whole number from 1 to 20', () => {
    const skill = { areaId: 'area-barista', code: 'BA9', title: 'Latte art', criterion: 'Pours a heart', secondSignerNeeded: false };
    const cases: [unknown, string][] = [
      ['three', 'The observations needed must be a number.'],
      [0, 'A sign-off needs at least 1 observation.'],
      [21, 'A sign-off can need at most 20 observations.'],
      [2.5, 'The observations needed must be a whole number.'],
    ];
    for (const [observationsNeeded, message] of cases) {
      expect(expectRefusedBadInput(manager, 'skills.saveCompetency', { ...skill, observationsNeeded }, 'observationsNeeded', String(observationsNeeded)).message).toBe(message);
    }
    expect(expectRefusedBadInput(manager, 'skills.saveCompetency', { ...skill, observationsNeeded: 2, code: 'BA 9!' }, 'code', 'code').message).toBe('A code is letters and numbers, like FS1 or BA2.');
    expect(expectRefusedBadInput(manager, 'skills.observe', { shiftId: 'shift-0001', competencyId: 'competency-tc2', level: 'expert' }, 'level', 'level').message).toBe(
      'Choose shadowing, with support or independent.',
    );
  });

  it('a supervisor credential must be a PIN with a person, or a badge', () => {
    const till = t.loginAs('trainee');
    const credentials: [unknown, string][] = [
      [{}, 'credential'],
      [{ pin: '2468' }, 'credential'],
      ['2468', 'credential'],
      [{ staffId: t.person('supervisor').id, pin: 'abcd' }, 'credential.pin'],
      [{ badge: 'ab' }, 'credential.badge'],
    ];
    for (const [credential, field] of credentials) {
      expectRefusedBadInput(till, 'auth.authorise', { method: 'staff.clearLockout', credential }, field, JSON.stringify(credential));
    }
  });
});
