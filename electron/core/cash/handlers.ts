import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';
import { openCashSession, openSessionRow, toCashSession } from './session.ts';

type CashHandlers = Pick<Handlers, 'cash.current' | 'cash.open' | 'cash.noSale' | 'cash.payOut' | 'cash.lift' | 'cash.xReport' | 'cash.close' | 'cash.zReports' | 'cash.zReport' | 'reports.vatSummary'>;

const notYet = (): never => fail('unavailable', 'This part of the till is not ready yet.');

export function cashHandlers(): CashHandlers {
  return {
    'cash.current': (ctx) => {
      const row = openSessionRow(ctx.db);
      return row ? toCashSession(row) : null;
    },
    'cash.open': (ctx, input) => openCashSession(ctx, input.floatCounts),
    'cash.noSale': notYet,
    'cash.payOut': notYet,
    'cash.lift': notYet,
    'cash.xReport': notYet,
    'cash.close': notYet,
    'cash.zReports': notYet,
    'cash.zReport': notYet,
    'reports.vatSummary': notYet,
  };
}
