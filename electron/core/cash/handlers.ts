import type { Handlers } from '../context.ts';
import { vatSummary } from '../reports/vatSummary.ts';
import { recordLift, recordNoSale, recordPayOut } from './movements.ts';
import { openCashSession, openSessionRow, toCashSession } from './session.ts';
import { closeTill, listZReports, readZReport, xReport } from './zReports.ts';

type CashHandlers = Pick<Handlers, 'cash.current' | 'cash.open' | 'cash.noSale' | 'cash.payOut' | 'cash.lift' | 'cash.xReport' | 'cash.close' | 'cash.zReports' | 'cash.zReport' | 'reports.vatSummary'>;

export function cashHandlers(): CashHandlers {
  return {
    'cash.current': (ctx) => {
      const row = openSessionRow(ctx.db);
      return row ? toCashSession(row) : null;
    },
    'cash.open': (ctx, input) => openCashSession(ctx, input.floatCounts),
    'cash.noSale': (ctx, input) => recordNoSale(ctx, input.reason),
    'cash.payOut': (ctx, input) => recordPayOut(ctx, input.amountPence, input.reason),
    'cash.lift': (ctx, input) => recordLift(ctx, input.amountPence, input.reason),
    'cash.xReport': xReport,
    'cash.close': closeTill,
    'cash.zReports': listZReports,
    'cash.zReport': readZReport,
    'reports.vatSummary': vatSummary,
  };
}
