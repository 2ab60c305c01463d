import { describe, expect, it } from 'vitest';
import { errorOf, valueOf, type TestCore } from '../testing/testCore.ts';
import { menu, recordPracticeSale, type DayLine, recordReversal, recordSale } from '../testing/cash.ts';
import { createTillCafe } from '../testing/till.ts';
import { AppError } from '../errors.ts';
import { cafePeriod } from './period.ts';

// The VAT summary for the quarterly return: café days in Europe/London, both ends included,
// whatever the clocks did; refunds net off in the period they were made; practice never counts.

function saleAt(t: TestCore, at: string, lines: DayLine[] = [menu.flatWhite]) {
  return recordSale(t, { at: new Date(at), lines, cashSessionId: null });
}

describe('café days as UTC instants', () => {
  it('a winter day is midnight to midnight GMT', () => {
    expect(cafePeriod('2026-01-15', '2026-01-15')).toEqual({ fromAt: '2026-01-15T00:00:00.000Z', toAt: '2026-01-16T00:00:00.000Z' });
  });

  it('a summer day starts at 23:00 UTC the evening before', () => {
    expect(cafePeriod('2026-07-01', '2026-07-31')).toEqual({ fromAt: '2026-06-30T23:00:00.000Z', toAt: '2026-07-31T23:00:00.000Z' });
  });

  it('the last Sunday of October is 25 hours long, the last Sunday of March 23', () => {
    const october = cafePeriod('2026-10-25', '2026-10-25');
    expect(october).toEqual({ fromAt: '2026-10-24T23:00:00.000Z', toAt: '2026-10-26T00:00:00.000Z' });
    expect(Date.parse(october.toAt) - Date.parse(october.fromAt)).toBe(25 * 3600_000);
    const march = cafePeriod('2026-03-29', '2026-03-29');
    expect(Date.parse(march.toAt) - Date.parse(march.fromAt)).toBe(23 * 3600_000);
  });

  it('a quarter runs from its first morning to the midnight after its last day', () => {
    expect(cafePeriod('2026-10-01', '2026-12-31')).toEqual({ fromAt: '2026-09-30T23:00:00.000Z', toAt: '2027-01-01T00:00:00.000Z' });
    expect(cafePeriod('2028-02-29', '2028-02-29').toAt).toBe('2028-03-01T00:00:00.000Z');
  });

  it('refuses a day that is not on the calendar, or an end before the start, naming the field', () => {
    // The contract's schema refuses these first; the core does not rely on it.
    const refusal = (from: string, to: string) => {
      try {
        cafePeriod(from, to);
      } catch (e) {
        return e instanceof AppError ? e.toApiError() : e;
      }
      return null;
    };
    expect(refusal('2026-02-30', '2026-03-31')).toEqual({ code: 'invalid_input', message: '2026-02-30 is not a date on the calendar: enter a date like 2026-04-01.', field: 'from' });
    expect(refusal('2026-01-01', '2026-04-31')).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(refusal('2026-01-01', '2026-1-1')).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(refusal('2026-03-02', '2026-03-01')).toEqual({ code: 'invalid_input', message: 'The end date must be on or after the start date.', field: 'to' });
  });
});

describe('the VAT summary', () => {
  it('counts the sales of the café days asked for across the October clock change, and no others', () => {
    const t = createTillCafe();
    saleAt(t, '2026-10-24T22:59:59.999Z', [menu.coffeeBeans]); // 23:59 BST on Saturday 24th: not in
    saleAt(t, '2026-10-24T23:00:00.000Z', [menu.flatWhite]); // 00:00 BST on Sunday 25th
    saleAt(t, '2026-10-25T01:30:00.000Z', [menu.sandwichTakeaway]); // 01:30 GMT, the second 01:30 of the night
    saleAt(t, '2026-10-25T23:59:59.999Z', [menu.babyFood, menu.crisps]); // 23:59 GMT on Sunday 25th
    saleAt(t, '2026-10-26T00:00:00.000Z', [menu.latte]); // Monday 26th: not in

    const maya = t.loginAs('manager');
    const sunday = valueOf(maya.call('reports.vatSummary', { from: '2026-10-25', to: '2026-10-25' }));
    expect(sunday.byRate).toEqual([
      { rateBp: 2000, grossPence: 430, vatPence: 71, netPence: 359 },
      { rateBp: 500, grossPence: 210, vatPence: 10, netPence: 200 },
      { rateBp: 0, grossPence: 450, vatPence: 0, netPence: 450 },
    ]);
    expect(sunday.totals).toEqual({ grossPence: 1090, vatPence: 81, netPence: 1009 });

    const weekend = valueOf(maya.call('reports.vatSummary', { from: '2026-10-24', to: '2026-10-26' }));
    expect(weekend.totals).toEqual({ grossPence: 1090 + 650 + 330, vatPence: 81 + 55, netPence: 1009 + 650 + 275 });
  });

  it('counts the late-March days the same way when the clocks go forward', () => {
    const t = createTillCafe();
    saleAt(t, '2026-03-28T23:59:59.999Z'); // 23:59 GMT on Saturday 28th
    saleAt(t, '2026-03-29T00:00:00.000Z'); // Sunday 29th
    saleAt(t, '2026-03-29T22:59:59.999Z'); // 23:59 BST on Sunday 29th
    saleAt(t, '2026-03-29T23:00:00.000Z'); // Monday 30th
    const sunday = valueOf(t.loginAs('manager').call('reports.vatSummary', { from: '2026-03-29', to: '2026-03-29' }));
    expect(sunday.totals.grossPence).toBe(640);
  });

  it('nets a refund off in the quarter it was given, and a void off its own day', () => {
    const t = createTillCafe();
    const september = saleAt(t, '2026-09-30T12:00:00.000Z', [menu.flatWhite, menu.sandwichTakeaway]);
    const october = saleAt(t, '2026-10-02T12:00:00.000Z', [menu.latte]);
    recordReversal(t, 'void', october, { at: new Date('2026-10-02T12:05:00.000Z'), cashSessionId: null });
    recordReversal(t, 'refund', september, { lineNos: [1], at: new Date('2026-10-03T09:00:00.000Z'), cashSessionId: null });
    const maya = t.loginAs('manager');
    const q3 = valueOf(maya.call('reports.vatSummary', { from: '2026-07-01', to: '2026-09-30' }));
    const q4 = valueOf(maya.call('reports.vatSummary', { from: '2026-10-01', to: '2026-12-31' }));
    expect(q3.totals).toEqual({ grossPence: 770, vatPence: 53, netPence: 717 });
    expect(q4.byRate).toEqual([{ rateBp: 2000, grossPence: -320, vatPence: -53, netPence: -267 }]);
    expect(q4.csv.split('\r\n')[1]).toBe('"2026-10-01","2026-12-31","20","-2.67","-0.53","-3.20"');
  });

  it('never counts a practice sale', () => {
    const t = createTillCafe();
    recordPracticeSale(t, 1200, new Date('2026-05-05T10:00:00.000Z'));
    const may = valueOf(t.loginAs('manager').call('reports.vatSummary', { from: '2026-05-01', to: '2026-05-31' }));
    expect(may.byRate).toEqual([]);
    expect(may.totals).toEqual({ grossPence: 0, vatPence: 0, netPence: 0 });
  });

  it('comes as a CSV file: header, a row per rate, a total row; ISO dates, pounds with two decimals, every cell quoted', () => {
    const t = createTillCafe();
    saleAt(t, '2026-04-01T10:00:00.000Z', [menu.flatWhite, menu.sandwichTakeaway, menu.crisps, menu.babyFood]);
    saleAt(t, '2026-06-30T22:30:00.000Z', [{ ...menu.latte, quantity: 99 }]); // 23:30 BST on 30 June: still Q2
    const q2 = valueOf(t.loginAs('manager').call('reports.vatSummary', { from: '2026-04-01', to: '2026-06-30' }));
    expect(q2.csv).toBe(
      [
        '"From","To","VAT rate (%)","Net sales (GBP)","VAT (GBP)","Gross sales (GBP)"',
        '"2026-04-01","2026-06-30","20","275.84","55.16","331.00"',
        '"2026-04-01","2026-06-30","5","2.00","0.10","2.10"',
        '"2026-04-01","2026-06-30","0","4.50","0.00","4.50"',
        '"2026-04-01","2026-06-30","All rates","282.34","55.26","337.60"',
        '',
      ].join('\r\n'),
    );
    // 99 lattes: £326.70, VAT £54.45; a flat white and crisps: £4.30, VAT 71p.
    expect(q2.byRate[0]).toEqual({ rateBp: 2000, grossPence: 32670 + 430, vatPence: 5445 + 71, netPence: 27584 });
    expect(q2.totals).toEqual({ grossPence: 33760, vatPence: 5526, netPence: 28234 });
  });

  it('is written to the audit log when a manager looks at it', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    valueOf(maya.call('reports.vatSummary', { from: '2026-01-01', to: '2026-03-31' }));
    expect(t.lastAudit()).toMatchObject({ action: 'reports.vatSummary', outcome: 'done', actor_id: t.person('manager').id });
  });

  it('reads only the covering index, never the journal lines themselves', () => {
    const t = createTillCafe();
    const plan = t.db
      .prepare('EXPLAIN QUERY PLAN SELECT vat_rate_bp AS rateBp, sum(total_pence) AS grossPence, sum(vat_pence) AS vatPence FROM journal_lines WHERE at >= ? AND at < ? GROUP BY vat_rate_bp')
      .all('2026-01-01', '2026-04-01') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('; ')).toContain('USING COVERING INDEX journal_lines_vat (at>? AND at<?)');
  });

  it.each([
    ['30 February', { from: '2026-02-30', to: '2026-03-31' }, 'from'],
    ['29 February in a common year', { from: '2026-01-01', to: '2026-02-29' }, 'to'],
    ['a 13th month', { from: '2026-13-01', to: '2026-12-31' }, 'from'],
    ['a British date', { from: '01/04/2026', to: '2026-06-30' }, 'from'],
    ['an end before the start', { from: '2026-06-30', to: '2026-04-01' }, 'to'],
    ['no end', { from: '2026-04-01' }, 'to'],
    ['a time as well', { from: '2026-04-01T00:00:00Z', to: '2026-06-30' }, 'from'],
  ])('%s is refused, naming the field', (_name, input, field) => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const before = t.snapshot();
    expect(errorOf(maya.send('reports.vatSummary', input))).toMatchObject({ code: 'invalid_input', field });
    expect(t.snapshot()).toEqual(before);
  });

  it.each(['trainee', 'supervisor'] as const)('a %s cannot see it', (role) => {
    const t = createTillCafe();
    expect(errorOf(t.loginAs(role).call('reports.vatSummary', { from: '2026-01-01', to: '2026-03-31' })).code).toBe('forbidden');
  });
});
