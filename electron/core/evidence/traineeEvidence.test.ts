import { describe, expect, it } from 'vitest';
import { csvTables, readPdf, records } from '../testing/evidence.ts';
import { ABSENCE_REASON, createEvidenceCafe, LATE_REASON, ZOE } from '../testing/evidenceCafe.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// One trainee's placement-hours evidence, through the dispatcher on a real database: a month
// planned, clocked, approved and partly certified; the PDF read back as text and the CSV
// parsed must say exactly what was approved, and only certified hours count as certified.

const OCTOBER = { from: '2030-10-01', to: '2030-10-31' };
/** How the PDF's standard fonts write her name: Ł has no accent to drop, so it becomes L. */
const ZOE_IN_PDF = '=Zoë "Zed" Lukasz-Brontë, Jr';

describe('evidence for one trainee', () => {
  it('the PDF and the CSV match the approved hours exactly, shift by shift, with totals and certification', async () => {
    const { t, zoe, shifts } = createEvidenceCafe();
    const maya = t.loginAs('manager');
    const evidence = valueOf(maya.call('evidence.trainee', { staffId: zoe.id, ...OCTOBER }));
    const d = evidence.document;

    expect(evidence.emptyMessage).toBeNull();
    expect(d.shifts.map((s) => [s.day, s.station, s.attendance, s.creditedMinutes, s.certified])).toEqual([
      ['2030-10-21', 'Till', 'late', 205, true],
      ['2030-10-22', 'Barista', 'attended', 240, true],
      ['2030-10-23', 'Kitchen', 'absent', 0, true],
      ['2030-10-26', 'Kitchen', 'attended', 540, true],
      ['2030-10-28', 'Front of house', 'cancelled', null, false],
      ['2030-10-29', 'Till', 'attended', 240, false],
      ['2030-10-31', 'Till', null, null, false],
    ]);
    expect(d.shifts.map((s) => s.shiftId)).not.toContain(shifts.toms.id);
    expect(d.totals).toEqual({
      shifts: 7,
      scheduledMinutes: 1740,
      attendedShifts: 4,
      lateShifts: 1,
      absentShifts: 1,
      acceptableAbsences: 1,
      cancelledShifts: 1,
      waitingShifts: 1,
      creditedMinutes: 1225,
      certifiedMinutes: 985,
      notCertifiedMinutes: 240,
      attendanceRateBp: 8000,
      creditedSinceStartMinutes: 1225,
      weeksEngaged: 2,
      lastSeen: '2030-10-29',
    });
    expect(d.certification).toEqual({
      status: 'partly_certified',
      periods: [{ kind: 'week', from: '2030-10-21', to: '2030-10-27', forEveryone: false, certifiedBy: 'Maya Okafor', certifiedAt: '2030-10-30T10:00:00.000Z' }],
    });
    // The document's shifts are the hours core's, minute for minute.
    const summary = valueOf(maya.call('hours.summary', { ...OCTOBER, staffId: zoe.id }));
    expect(summary.creditedMinutes).toBe(d.totals.creditedMinutes);

    // The CSV: the same shifts and figures, dates ISO, numbers as numbers, formulas neutralised.
    expect(evidence.csv).toMatchObject({ mimeType: 'text/csv', filename: 'apron-evidence-zoe-zed-lukasz-bronte-jr-2030-10-01-to-2030-10-31.csv' });
    const csv = csvTables(evidence.csv);
    expect([...csv.keys()]).toEqual(['Placement hours evidence', 'Shifts', 'Totals', 'Skills signed off', 'Qualifications', 'Outcomes', 'Certified periods']);
    const details = Object.fromEntries(records(csv.get('Placement hours evidence')).map((r) => [r.Field, r.Value]));
    expect(details).toMatchObject({ Trainee: `'${ZOE.displayName}`, 'Apron id': zoe.id, 'Period from': '2030-10-01', 'Period to': '2030-10-31', Certification: 'partly_certified', 'Start date': '2030-10-21' });
    const rows = records(csv.get('Shifts'));
    expect(rows.map((r) => [r.Date, r.Station, r['Scheduled start'], r['Scheduled end'], r['Clocked in'], r['Clocked out'], r['Approved start'], r['Approved end'], r['Break minutes'], r['Credited minutes'], r['Credited hours'], r.Attendance, r['Minutes late'], r['Absence acceptable'], r.Reason, r['Approved by'], r.Certified])).toEqual([
      ['2030-10-21', 'Till', '2030-10-21 09:00', '2030-10-21 13:00', '2030-10-21 09:20', '', '2030-10-21 09:20', '2030-10-21 13:00', '15', '205', '3.42', 'late', '20', '', LATE_REASON, 'Sam Reid', 'Yes'],
      ['2030-10-22', 'Barista', '2030-10-22 12:00', '2030-10-22 16:00', '2030-10-22 12:02', '2030-10-22 16:01', '2030-10-22 12:00', '2030-10-22 16:00', '0', '240', '4.00', 'attended', '', '', '', 'Sam Reid', 'Yes'],
      ['2030-10-23', 'Kitchen', '2030-10-23 09:00', '2030-10-23 13:00', '', '', '', '', '', '0', '0.00', 'absent', '', 'Yes', `'${ABSENCE_REASON}`, 'Sam Reid', 'Yes'],
      ['2030-10-26', 'Kitchen', '2030-10-26 22:00', '2030-10-27 06:00', '2030-10-26 21:58', '2030-10-27 06:03', '2030-10-26 22:00', '2030-10-27 06:00', '0', '540', '9.00', 'attended', '', '', '', 'Sam Reid', 'Yes'],
      ['2030-10-28', 'Front of house', '2030-10-28 09:00', '2030-10-28 13:00', '', '', '', '', '', '', '', 'cancelled', '', '', '', '', ''],
      ['2030-10-29', 'Till', '2030-10-29 12:00', '2030-10-29 16:00', '2030-10-29 11:58', '2030-10-29 16:03', '2030-10-29 12:00', '2030-10-29 16:00', '0', '240', '4.00', 'attended', '', '', '', 'Sam Reid', 'No'],
      ['2030-10-31', 'Till', '2030-10-31 09:00', '2030-10-31 13:00', '', '', '', '', '', '', '', 'not approved yet', '', '', '', '', ''],
    ]);
    expect(rows.reduce((sum, r) => sum + Number(r['Credited minutes'] || 0), 0)).toBe(1225);
    expect(rows.filter((r) => r.Certified === 'Yes').reduce((sum, r) => sum + Number(r['Credited minutes']), 0)).toBe(985);
    const totals = Object.fromEntries(records(csv.get('Totals')).map((r) => [r.Measure, r.Value]));
    expect(totals).toMatchObject({ 'Credited minutes': '1225', 'Credited hours': '20.42', 'Certified minutes': '985', 'Not certified minutes': '240', 'Attendance rate (%)': '80.00', 'Shifts late': '1' });
    expect(records(csv.get('Certified periods'))).toEqual([{ From: '2030-10-21', To: '2030-10-27', Kind: 'week', For: `'${ZOE.displayName}`, 'Certified by': 'Maya Okafor', 'Certified at': '2030-10-30 10:00' }]);

    // The PDF, read back as text: every shift on its line, the totals, certification and signature lines.
    expect(evidence.pdf).toMatchObject({ mimeType: 'application/pdf', filename: 'apron-evidence-zoe-zed-lukasz-bronte-jr-2030-10-01-to-2030-10-31.pdf' });
    const pdf = await readPdf(evidence.pdf);
    const line = (start: string) => pdf.lines.find((l) => l.startsWith(start)) ?? `no line starting ${start}`;
    expect(pdf.text).toContain('Placement hours evidence');
    expect(pdf.text).toContain(`Trainee ${ZOE_IN_PDF}`);
    expect(pdf.text).toContain('Period 1 October 2030 to 31 October 2030');
    expect(pdf.text).toContain('Partly certified: only the hours marked certified are');
    expect(line('Mon 21 Oct 2030')).toMatch(/^Mon 21 Oct 2030 Till 09:00–13:00 09:20–no 09:20–13:00 15 3 h 25 min Late 20 min: Missed the bus/);
    expect(line('Mon 21 Oct 2030')).toMatch(/Sam Reid Sam Reid, 2030-10-30 Yes$/);
    expect(line('Tue 22 Oct 2030')).toBe('Tue 22 Oct 2030 Barista 12:00–16:00 12:02–16:01 12:00–16:00 0 4 h Attended Sam Reid Sam Reid, 2030-10-30 Yes');
    expect(line('Wed 23 Oct 2030')).toMatch(/^Wed 23 Oct 2030 Kitchen 09:00–13:00 0 h Absent \(acceptable reason\): =Hospital/);
    expect(line('Sat 26 Oct 2030')).toBe('Sat 26 Oct 2030 Kitchen 22:00–06:00 21:58–06:03 22:00–06:00 0 9 h Attended Sam Reid Sam Reid, 2030-10-30 Yes');
    expect(line('Mon 28 Oct 2030')).toBe('Mon 28 Oct 2030 Front of house 09:00–13:00 Cancelled by the café Sam Reid');
    expect(line('Tue 29 Oct 2030')).toBe('Tue 29 Oct 2030 Till 12:00–16:00 11:58–16:03 12:00–16:00 0 4 h Attended Sam Reid Sam Reid, 2030-10-30 No');
    expect(line('Thu 31 Oct 2030')).toBe('Thu 31 Oct 2030 Till 09:00–13:00 Not approved yet Sam Reid');
    expect(line('Total')).toBe('Total 20 h 25 min of which certified: 16 h 25 min');
    expect(pdf.text).toContain('Credited hours 20 h 25 min (20.42 hours)');
    expect(pdf.text).toContain('Certified hours 16 h 25 min (16.42 hours)');
    expect(pdf.text).toContain('Not certified 4 h (4.00 hours)');
    expect(pdf.text).toContain('Attendance rate 80.0%');
    expect(pdf.text).toContain(`We confirm that this is a true record of ${ZOE_IN_PDF}'s placement at Back Yard Café from 1 October 2030 to 31 October 2030.`);
    expect(pdf.lines).toContain('Trainee: name Signature Date');
    expect(pdf.lines).toContain('Supervisor or manager: name Signature Date');
    expect(pdf.lines.at(-1)).toMatch(new RegExp(`Page ${pdf.pages.length} of ${pdf.pages.length}$`));
    expect(pdf.info).toMatchObject({ Title: `Placement hours evidence: ${ZOE_IN_PDF}, 1 October 2030 to 31 October 2030`, Creator: 'Apron' });

    // Audited, naming whose record and the period; the reasons are said to be in it.
    expect(t.lastAudit()).toMatchObject({
      action: 'evidence.trainee',
      actor_id: t.person('manager').id,
      subject_type: 'staff',
      subject_id: zoe.id,
      outcome: 'done',
      summary: `Exported the placement-hours evidence of ${ZOE.displayName} for 1 October 2030 to 31 October 2030 (PDF and CSV, with reasons)`,
    });
  });

  it('leaves lateness and absence reasons out when asked, for a funder or a college', async () => {
    const { t, zoe } = createEvidenceCafe();
    const evidence = valueOf(t.loginAs('manager').call('evidence.trainee', { staffId: zoe.id, ...OCTOBER, includeReasons: false }));
    expect(evidence.document.shifts.every((s) => s.attendanceReason === null && s.editReason === null)).toBe(true);
    const pdf = await readPdf(evidence.pdf);
    expect(pdf.text).not.toContain('Hospital');
    expect(pdf.text).not.toContain('bus');
    expect(pdf.text).toContain('Absent (acceptable reason)');
    expect(Buffer.from(evidence.csv.base64, 'base64').toString('utf8')).not.toMatch(/Hospital|bus/);
    expect(t.lastAudit().summary).toMatch(/\(PDF and CSV\)$/);
  });

  it('a trainee gets their own record as a file, their right of access, and it is audited', async () => {
    const { t, zoe } = createEvidenceCafe();
    const own = t.screen('zoe');
    valueOf(own.call('auth.loginWithPin', { staffId: zoe.id, pin: zoe.pin }));
    const evidence = valueOf(own.call('evidence.trainee', OCTOBER));
    expect(evidence.document.trainee.id).toBe(zoe.id);
    expect(evidence.document.totals.creditedMinutes).toBe(1225);
    expect(evidence.document.generatedBy).toEqual({ id: zoe.id, displayName: ZOE.displayName });
    expect((await readPdf(evidence.pdf)).text).toContain(`Generated 2030-11-01 09:00 by ${ZOE_IN_PDF}`);
    expect(t.lastAudit()).toMatchObject({ action: 'evidence.trainee', actor_id: zoe.id, subject_id: zoe.id, outcome: 'done' });
    expect(valueOf(own.call('evidence.trainee', { ...OCTOBER, staffId: zoe.id })).document.trainee.id).toBe(zoe.id);
  });

  it("a trainee asking for another trainee's record is refused, told why, and the attempt is audited", () => {
    const { t, zoe, tom } = createEvidenceCafe();
    const own = t.screen('zoe');
    valueOf(own.call('auth.loginWithPin', { staffId: zoe.id, pin: zoe.pin }));
    const before = t.audit().length;
    expect(errorOf(own.call('evidence.trainee', { ...OCTOBER, staffId: tom.id }))).toEqual({
      code: 'forbidden',
      message: `${ZOE.displayName}, you can have your own record, but only a manager can export someone else's.`,
      field: 'staffId',
    });
    expect(t.audit().slice(before)).toMatchObject([{ action: 'evidence.trainee', actor_id: zoe.id, outcome: 'refused' }]);
    // A supervisor is no manager either.
    expect(errorOf(t.loginAs('supervisor').call('evidence.trainee', { ...OCTOBER, staffId: zoe.id })).code).toBe('forbidden');
    expect(t.lastAudit()).toMatchObject({ action: 'evidence.trainee', actor_id: t.person('supervisor').id, outcome: 'refused' });
  });

  it('a period with nothing in it: a clear message, and empty but valid files', async () => {
    const { t, zoe } = createEvidenceCafe();
    const evidence = valueOf(t.loginAs('manager').call('evidence.trainee', { staffId: zoe.id, from: '2030-09-01', to: '2030-09-30' }));
    expect(evidence.emptyMessage).toBe(`${ZOE.displayName} has no shifts, skills or outcomes on record for 1 September 2030 to 30 September 2030. The files are empty apart from their headings.`);
    expect(evidence.document.totals).toMatchObject({ shifts: 0, creditedMinutes: 0, attendanceRateBp: null, lastSeen: null, creditedSinceStartMinutes: 0 });
    expect(evidence.document.certification.status).toBe('nothing_to_certify');
    const pdf = await readPdf(evidence.pdf);
    expect(pdf.text).toContain('No shifts in this period.');
    expect(pdf.text).toContain('No credited hours in this period');
    expect(pdf.lines).toContain('Trainee: name Signature Date');
    const csv = csvTables(evidence.csv);
    expect(csv.get('Shifts')?.rows).toEqual([]);
    expect(csv.get('Shifts')?.header[0]).toBe('Date');
    expect(t.lastAudit()).toMatchObject({ action: 'evidence.trainee', outcome: 'done' });
  });

  it('refuses a period that ends before it starts, a date that does not exist and an unknown person, in plain English naming the field', () => {
    const { t } = createEvidenceCafe();
    const maya = t.loginAs('manager');
    expect(errorOf(maya.call('evidence.trainee', { from: '2030-10-31', to: '2030-10-01' }))).toEqual({ code: 'invalid_input', message: 'The end date must be on or after the start date.', field: 'to' });
    expect(errorOf(maya.call('evidence.trainee', { from: '2030-02-30', to: '2030-03-31' }))).toEqual({ code: 'invalid_input', message: 'Enter the start date as a date like 2026-04-01.', field: 'from' });
    expect(errorOf(maya.call('evidence.trainee', { from: '2030-02-01', to: '2030-04-31' }))).toEqual({ code: 'invalid_input', message: 'Enter the end date as a date like 2026-04-01.', field: 'to' });
    expect(errorOf(maya.call('evidence.trainee', { from: '2020-01-01', to: '2030-12-31' }))).toEqual({ code: 'invalid_input', message: 'One export can cover at most 10 years: choose a later start date.', field: 'to' });
    expect(errorOf(maya.call('evidence.trainee', { ...OCTOBER, staffId: 'nobody' }))).toEqual({ code: 'not_found', message: 'That person is not on the staff list.', field: 'staffId' });
  });
});
