import type { ParsedInputOf, ResultOf, TillReport } from '../../../shared/contract/index.ts';
import { formatPence } from '../../../shared/money.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { fail } from '../errors.ts';
import { queueZReport } from '../printing/jobsFor.ts';
import { TILL_ID } from '../sales/till.ts';
import { readSessionTotals, shapeTillReport } from './report.ts';
import { requireCaller, requireOpenSession, tidyCounts, type CashSessionRow } from './session.ts';

// The X report reads the open session as it stands. The Z report closes it: the drawer is
// counted, the next Z number is taken from the till's counter in the same transaction (so
// numbers are gapless), and the figures are frozen in z_reports, which triggers keep as
// issued. The session is closed for good: nothing reopens it, and the next float opens a
// new one.

function reportFor(ctx: ReadContext | WriteContext, session: CashSessionRow, extra: { kind: 'X' | 'Z'; number: number | null; countedCounts: Record<string, number> | null; note: string | null }): TillReport {
  const caller = requireCaller(ctx);
  return shapeTillReport(
    {
      ...extra,
      tillId: session.till_id,
      cashSessionId: session.id,
      openedAt: session.opened_at,
      openedBy: session.opened_by_name,
      floatPence: session.float_pence,
      at: ctx.now.toISOString(),
      by: caller.displayName,
    },
    readSessionTotals(ctx.db, session.id),
  );
}

/** cash.xReport: the open session's figures so far. */
export function xReport(ctx: ReadContext): TillReport {
  return reportFor(ctx, requireOpenSession(ctx.db), { kind: 'X', number: null, countedCounts: null, note: null });
}

function varianceWords(variancePence: number): string {
  if (variancePence === 0) return 'the drawer is right';
  return variancePence < 0 ? `${formatPence(-variancePence)} short` : `${formatPence(variancePence)} over`;
}

/** cash.close: count the drawer, issue the next Z report, close the session for good. */
export function closeTill(ctx: WriteContext, input: ParsedInputOf<'cash.close'>): TillReport {
  const caller = requireCaller(ctx);
  const session = requireOpenSession(ctx.db);
  const lastZ = ctx.db.prepare<[string], number>('SELECT last_z_number FROM tills WHERE id = ?').pluck().get(session.till_id);
  if (lastZ === undefined) throw new Error(`till ${session.till_id} is missing`);
  const number = lastZ + 1;
  const countedCounts = tidyCounts(input.countedCounts);
  const report = reportFor(ctx, session, { kind: 'Z', number, countedCounts, note: input.note ?? null });
  const counted = report.countedCashPence ?? 0;
  const variance = report.variancePence ?? 0;

  ctx.db.prepare('UPDATE tills SET last_z_number = ? WHERE id = ? AND last_z_number = ?').run(number, session.till_id, lastZ);
  const closed = ctx.db
    .prepare('UPDATE cash_sessions SET closed_at = ?, closed_by_id = ?, counted_pence = ?, counted_counts = ?, z_number = ? WHERE id = ? AND closed_at IS NULL')
    .run(report.at, caller.id, counted, JSON.stringify(countedCounts), number, session.id);
  if (closed.changes !== 1) throw new Error(`cash session ${session.id} was not open to close`);
  ctx.db
    .prepare('INSERT INTO z_reports (till_id, number, cash_session_id, at, by_name, net_sales_pence, variance_pence, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(session.till_id, number, session.id, report.at, report.by, report.netSalesPence, variance, JSON.stringify(report));

  queueZReport(ctx, report);
  ctx.note({ subjectType: 'cash_session', subjectId: session.id, summary: `Closed the till with Z report ${number}: net sales ${formatPence(report.netSalesPence)}, counted ${formatPence(counted)}, ${varianceWords(variance)}` });
  ctx.emit({ event: 'cash.changed', payload: { open: false } });
  return report;
}

/** cash.zReports: the Z reports issued on this till, newest first. */
export function listZReports(ctx: ReadContext, input: ParsedInputOf<'cash.zReports'>): ResultOf<'cash.zReports'> {
  return ctx.db
    .prepare<[string, number], ResultOf<'cash.zReports'>[number]>(
      'SELECT number, at, by_name AS by, net_sales_pence AS netSalesPence, variance_pence AS variancePence FROM z_reports WHERE till_id = ? ORDER BY number DESC LIMIT ?',
    )
    .all(TILL_ID, input.limit);
}

/** cash.zReport: one Z report exactly as it was issued. */
export function readZReport(ctx: ReadContext, input: ParsedInputOf<'cash.zReport'>): TillReport {
  const json = ctx.db.prepare<[string, number], string>('SELECT report FROM z_reports WHERE till_id = ? AND number = ?').pluck().get(TILL_ID, input.number);
  if (json === undefined) fail('not_found', `There is no Z report ${input.number} on this till.`, { field: 'number' });
  return JSON.parse(json) as TillReport;
}
