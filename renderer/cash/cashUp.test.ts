import { describe, expect, it } from 'vitest';
import type { CashSession, TillReport } from '../../shared/contract/index.ts';
import { backToCount, cancelTask, checkCount, closed, describeVariance, failed, loaded, loadingCashUp, opened, recorded, sending, showZReport, startTask, varianceOf } from './cashUp.ts';

const session: CashSession = { id: 'cs1', tillId: 'till-1', openedAt: '2026-11-02T08:00:00.000Z', openedBy: 'Sam Supervisor', floatPence: 10000, floatCounts: { '2000': 5 }, closedAt: null, zNumber: null };

function report(kind: 'X' | 'Z', expectedCashPence: number): TillReport {
  return {
    kind,
    number: kind === 'Z' ? 1 : null,
    tillId: 'till-1',
    cashSessionId: 'cs1',
    openedAt: session.openedAt,
    openedBy: 'Sam Supervisor',
    at: '2026-11-02T17:00:00.000Z',
    by: 'Sam Supervisor',
    sales: { count: 0, itemsPence: 0, discountPence: 0, grossPence: 0 },
    refunds: { count: 0, totalPence: 0 },
    voids: { count: 0, totalPence: 0 },
    netSalesPence: 0,
    byTender: [],
    byVatRate: [],
    discounts: [],
    noSales: 0,
    paidOuts: { count: 0, totalPence: 0, items: [] },
    lifts: { count: 0, totalPence: 0 },
    floatPence: 10000,
    expectedCashPence,
    countedCashPence: kind === 'Z' ? expectedCashPence : null,
    countedByDenomination: null,
    variancePence: kind === 'Z' ? 0 : null,
    firstReceipt: null,
    lastReceipt: null,
    note: null,
  };
}

const openTill = loaded(loadingCashUp, session, report('X', 12500));
const wrong = { code: 'invalid_input' as const, message: 'There is only £5.00 in the drawer.', field: 'amountPence' };

describe('the cash-up screen', () => {
  it('shows a closed till when no float has been counted, and the drawer when it is open', () => {
    expect(loaded(loadingCashUp, null, null)).toMatchObject({ session: null, drawer: null });
    expect(openTill.drawer?.expectedCashPence).toBe(12500);
  });

  it('one task at a time; Cancel sends nothing and clears the problem', () => {
    let s = startTask(openTill, 'payOut');
    s = failed(sending(s), wrong);
    expect(s).toMatchObject({ task: 'payOut', error: wrong, errorTask: 'payOut', busy: false });
    s = cancelTask(s);
    expect(s).toMatchObject({ task: null, error: null, errorTask: null });
  });

  it('does not start another task while a call is on its way', () => {
    const s = sending(startTask(openTill, 'lift'));
    expect(startTask(s, 'noSale')).toBe(s);
  });

  it('after a pay-out, says what was done and goes back to the drawer', () => {
    const s = recorded(sending(startTask(openTill, 'payOut')), 'Paid out £4.50 for milk.');
    expect(s).toMatchObject({ task: null, notice: 'Paid out £4.50 for milk.', busy: false });
  });

  it('opening the till says the float', () => {
    expect(opened(loaded(loadingCashUp, null, null), session).notice).toBe('The till is open with a float of £100.00.');
  });

  it('closing the day: count, then check expected against counted before anything is closed, and back again', () => {
    let s = startTask(openTill, 'closeCount');
    s = checkCount(s, report('X', 12500));
    expect(s).toMatchObject({ task: 'closeCheck', session });
    expect(s.check?.expectedCashPence).toBe(12500);
    s = backToCount(s);
    expect(s).toMatchObject({ task: 'closeCount', check: null });
    s = closed(checkCount(s, report('X', 12500)), report('Z', 12500));
    expect(s).toMatchObject({ session: null, drawer: null, task: null, zJustIssued: true });
    expect(s.zReport?.number).toBe(1);
  });

  it('a till closed elsewhere ends whatever task was open', () => {
    const s = loaded(startTask(openTill, 'noSale'), null, null);
    expect(s).toMatchObject({ session: null, task: null });
  });

  it('opening an old Z report from the list is not a fresh close', () => {
    expect(showZReport(openTill, report('Z', 100))).toMatchObject({ zJustIssued: false, task: null });
  });

  it('says the variance in words: right, short or over', () => {
    expect(varianceOf(12500, 12500)).toEqual({ variancePence: 0, words: 'Right to the penny', tone: 'right' });
    expect(varianceOf(12400, 12500)).toEqual({ variancePence: -100, words: '£1.00 short', tone: 'short' });
    expect(varianceOf(12520, 12500)).toEqual({ variancePence: 20, words: '£0.20 over', tone: 'over' });
    expect(describeVariance(-5).words).toBe('£0.05 short');
  });
});
