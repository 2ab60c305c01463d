import type { TillReport } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { countValue, DENOMINATIONS, denominationName, formatPence, formatRate } from '../../shared/money.ts';
import { describeVariance } from './cashUp.ts';

const tenderNames = { cash: 'Cash', card: 'Card' } as const;

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <tr className={strong ? 'report-strong' : undefined}>
      <th scope="row">{label}</th>
      <td className="money">{value}</td>
    </tr>
  );
}

function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function reportTitle(report: TillReport): string {
  return report.kind === 'Z' ? `Z report ${report.number ?? ''}` : 'X report';
}

/**
 * An X or Z report in full, as the core issued it: every figure comes from the report,
 * nothing is added up here. Printable as it is.
 */
export function TillReportView({ report, headingLevel = 2 }: { report: TillReport; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const title = reportTitle(report);
  const variance = report.variancePence === null ? null : describeVariance(report.variancePence);
  const countedRows = report.countedByDenomination ? DENOMINATIONS.filter((d) => (report.countedByDenomination?.[String(d)] ?? 0) > 0) : [];
  return (
    <article className="till-report" aria-label={title}>
      <header className="till-report-head">
        <H className="till-report-title">{title}</H>
        <p>
          {report.kind === 'Z' ? 'Closed' : 'Made'} {formatCafeTime(report.at, 'EEEE d MMMM yyyy, HH:mm')} by {report.by}.
          <br />
          Till opened {formatCafeTime(report.openedAt, 'd MMM yyyy, HH:mm')} by {report.openedBy}.
          {report.kind === 'X' ? (
            <>
              <br />
              An X report changes nothing: the day stays open.
            </>
          ) : null}
        </p>
      </header>

      <section className="report-part" aria-label="Sales">
        <Sub>Sales</Sub>
        <table className="table report-table">
          <tbody>
            <Row label={`Sales before discounts (${counted(report.sales.count, 'sale')})`} value={formatPence(report.sales.itemsPence)} />
            <Row label="Discounts" value={formatPence(report.sales.discountPence)} />
            <Row label="Gross sales" value={formatPence(report.sales.grossPence)} strong />
            <Row label={`Refunds (${counted(report.refunds.count, 'refund')})`} value={formatPence(report.refunds.totalPence)} />
            <Row label={`Voids (${counted(report.voids.count, 'void')})`} value={formatPence(report.voids.totalPence)} />
            <Row label="Net sales" value={formatPence(report.netSalesPence)} strong />
          </tbody>
        </table>
        <p className="report-receipts">
          {report.firstReceipt === null ? 'No receipts yet.' : `Receipts ${report.firstReceipt} to ${report.lastReceipt ?? report.firstReceipt}.`}
        </p>
      </section>

      <section className="report-part" aria-label="By tender">
        <Sub>By tender</Sub>
        <table className="table report-table">
          <thead>
            <tr>
              <th scope="col">Tender</th>
              <th scope="col" className="money">
                Sales
              </th>
              <th scope="col" className="money">
                Given back
              </th>
              <th scope="col" className="money">
                Net
              </th>
            </tr>
          </thead>
          <tbody>
            {report.byTender.map((t) => (
              <tr key={t.tender}>
                <th scope="row">{tenderNames[t.tender]}</th>
                <td className="money">{formatPence(t.salesPence)}</td>
                <td className="money">{formatPence(t.refundsPence)}</td>
                <td className="money">{formatPence(t.netPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-part" aria-label="By VAT rate">
        <Sub>By VAT rate</Sub>
        {report.byVatRate.length === 0 ? (
          <p>No sales.</p>
        ) : (
          <table className="table report-table">
            <thead>
              <tr>
                <th scope="col">VAT rate</th>
                <th scope="col" className="money">
                  Net
                </th>
                <th scope="col" className="money">
                  VAT
                </th>
                <th scope="col" className="money">
                  Gross
                </th>
              </tr>
            </thead>
            <tbody>
              {report.byVatRate.map((v) => (
                <tr key={v.rateBp}>
                  <th scope="row">{formatRate(v.rateBp)}</th>
                  <td className="money">{formatPence(v.netPence)}</td>
                  <td className="money">{formatPence(v.vatPence)}</td>
                  <td className="money">{formatPence(v.grossPence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report-part" aria-label="Discounts by reason">
        <Sub>Discounts by reason</Sub>
        {report.discounts.length === 0 ? (
          <p>No discounts.</p>
        ) : (
          <table className="table report-table">
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Sales</th>
                <th scope="col" className="money">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {report.discounts.map((d) => (
                <tr key={d.reason}>
                  <th scope="row">{d.reason}</th>
                  <td>{d.count}</td>
                  <td className="money">{formatPence(d.totalPence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report-part" aria-label="Cash in the drawer">
        <Sub>Cash in the drawer</Sub>
        <table className="table report-table">
          <tbody>
            <Row label="Float" value={formatPence(report.floatPence)} />
            <Row label={`Paid out (${counted(report.paidOuts.count, 'time')})`} value={formatPence(report.paidOuts.totalPence)} />
            <Row label={`Lifted to the safe (${counted(report.lifts.count, 'time')})`} value={formatPence(report.lifts.totalPence)} />
            <tr>
              <th scope="row">No sales (drawer opened without a sale)</th>
              <td className="money">{report.noSales}</td>
            </tr>
            <Row label="Expected in the drawer" value={formatPence(report.expectedCashPence)} strong />
            {report.countedCashPence !== null ? <Row label="Counted in the drawer" value={formatPence(report.countedCashPence)} strong /> : null}
            {variance ? (
              <tr className={`report-strong variance-${variance.tone}`}>
                <th scope="row">Variance</th>
                <td className="money">
                  {formatPence(variance.variancePence)} <span className="variance-words">({variance.words})</span>
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
        {report.paidOuts.items.length > 0 ? (
          <>
            <p className="report-subhead">What was paid out</p>
            <ul className="report-list">
              {report.paidOuts.items.map((m) => (
                <li key={m.id}>
                  {formatPence(m.amountPence)}: {m.reason} ({m.by}, {formatCafeTime(m.at, 'HH:mm')})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {countedRows.length > 0 ? (
          <table className="table report-table report-counted">
            <caption>Counted by note and coin</caption>
            <thead>
              <tr>
                <th scope="col">Note or coin</th>
                <th scope="col">How many</th>
                <th scope="col" className="money">
                  Value
                </th>
              </tr>
            </thead>
            <tbody>
              {countedRows.map((d) => {
                const n = report.countedByDenomination?.[String(d)] ?? 0;
                return (
                  <tr key={d}>
                    <th scope="row">{denominationName(d)}</th>
                    <td>{n}</td>
                    <td className="money">{formatPence(countValue({ [String(d)]: n }))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
        {report.note ? <p className="report-note">Note: {report.note}</p> : null}
      </section>
    </article>
  );
}
