import type { ResultOf } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { formatPence } from '../../shared/money.ts';
import { describeVariance } from './cashUp.ts';

export type ZReportSummary = ResultOf<'cash.zReports'>[number];

/** Past Z reports, newest first; each opens in full. */
export function ZReportList({ reports, onOpen }: { reports: readonly ZReportSummary[]; onOpen: (n: number) => void }) {
  return (
    <section className="cash-z-list" aria-labelledby="z-list-heading">
      <h2 id="z-list-heading">Past Z reports</h2>
      {reports.length === 0 ? (
        <p>No days have been closed on this till yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Z reports issued on this till, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Z report</th>
                <th scope="col">Closed</th>
                <th scope="col">By</th>
                <th scope="col" className="money">
                  Net sales
                </th>
                <th scope="col" className="money">
                  Variance
                </th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {reports.map((z) => (
                <tr key={z.number}>
                  <th scope="row">{z.number}</th>
                  <td>{formatCafeTime(z.at, 'EEE d MMM yyyy, HH:mm')}</td>
                  <td>{z.by}</td>
                  <td className="money">{formatPence(z.netSalesPence)}</td>
                  <td className="money">
                    {formatPence(z.variancePence)} <span className="variance-words">({describeVariance(z.variancePence).words})</span>
                  </td>
                  <td>
                    <button type="button" className="button button-secondary" onClick={() => onOpen(z.number)}>
                      Open Z report {z.number}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
