import { useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { formatPence, formatRate } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, ScreenHeading } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { downloadText } from './download.ts';
import { answered, asking, createVatReportStore, pickRange, refused, setFrom, setTo, type VatReportStore } from './vatReport.ts';
import { cafeToday, describeRange, lastQuarter, rangeInWords, thisMonth, vatCsvFileName, type DateRange } from './vatRange.ts';
import './reports.css';

function DateField({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (v: string) => void; error: string | undefined }) {
  return (
    <div className={`field date-field${error ? ' field-has-error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span className="visually-hidden">Problem: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        className="input"
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...(error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {})}
      />
    </div>
  );
}

function VatSummaryPart({ store }: { store: VatReportStore }) {
  const { call } = useApp();
  const from = useStore(store, (s) => s.from);
  const to = useStore(store, (s) => s.to);
  const summary = useStore(store, (s) => s.summary);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const [today] = useState(() => cafeToday(new Date()));
  const picks: { label: string; range: DateRange }[] = [
    { label: 'Last quarter', range: lastQuarter(today) },
    { label: 'This month', range: thisMonth(today) },
  ];

  const ask = async (range: DateRange) => {
    store.setState(asking);
    const r = await call('reports.vatSummary', range);
    if (r.ok) store.setState((s) => answered(s, r.value));
    else store.setState((s) => refused(s, r.error));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void ask({ from, to });
  };

  const general = formLevelError(error, ['from', 'to']);
  return (
    <section className="panel" aria-labelledby="vat-heading">
      <h2 id="vat-heading">VAT summary</h2>
      <p>Sales by VAT rate for the days you choose, for the café’s VAT return. Days run midnight to midnight, UK time. Refunds count on the day they were given. Practice sales are never included.</p>
      <div className="quick-picks" role="group" aria-label="Quick picks">
        {picks.map((p) => (
          <button
            key={p.label}
            type="button"
            className="button button-secondary quick-pick"
            disabled={busy}
            onClick={() => {
              store.setState((s) => pickRange(s, p.range));
              void ask(p.range);
            }}
          >
            <span>{p.label}</span>
            <span className="quick-pick-dates">{describeRange(p.range)}</span>
          </button>
        ))}
      </div>
      <form onSubmit={submit} noValidate className="vat-range">
        {general ? <Alert>{general}</Alert> : null}
        <div className="date-fields">
          <DateField id="vat-from" label="From" value={from} onChange={(v) => store.setState((s) => setFrom(s, v))} error={errorFor(error, 'from')} />
          <DateField id="vat-to" label="To (included)" value={to} onChange={(v) => store.setState((s) => setTo(s, v))} error={errorFor(error, 'to')} />
        </div>
        {rangeInWords({ from, to }) ? <p className="range-words">{rangeInWords({ from, to })}</p> : null}
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Show VAT summary
        </button>
      </form>

      {summary ? (
        <div className="vat-result" aria-live="polite">
          <h3>
            VAT from {describeRange(summary)}
          </h3>
          <div className="table-wrap">
            <table className="table vat-table">
              <caption className="visually-hidden">VAT by rate, {describeRange(summary)}</caption>
              <thead>
                <tr>
                  <th scope="col">VAT rate</th>
                  <th scope="col" className="money">
                    Net sales
                  </th>
                  <th scope="col" className="money">
                    VAT
                  </th>
                  <th scope="col" className="money">
                    Gross sales
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.byRate.length === 0 ? (
                  <tr>
                    <td colSpan={4}>No sales in these days.</td>
                  </tr>
                ) : (
                  summary.byRate.map((r) => (
                    <tr key={r.rateBp}>
                      <th scope="row">{formatRate(r.rateBp)}</th>
                      <td className="money">{formatPence(r.netPence)}</td>
                      <td className="money">{formatPence(r.vatPence)}</td>
                      <td className="money">{formatPence(r.grossPence)}</td>
                    </tr>
                  ))
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All rates</th>
                  <td className="money">{formatPence(summary.totals.netPence)}</td>
                  <td className="money">{formatPence(summary.totals.vatPence)}</td>
                  <td className="money">{formatPence(summary.totals.grossPence)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <button type="button" className="button button-primary button-large" onClick={() => downloadText(document, vatCsvFileName(summary), summary.csv)}>
            Download CSV
          </button>
          <p className="field-hint">Saves {vatCsvFileName(summary)}, which opens in a spreadsheet.</p>
        </div>
      ) : null}
    </section>
  );
}

export function ReportsScreen() {
  const [store] = useState(() => createVatReportStore(lastQuarter(cafeToday(new Date()))));
  return (
    <div className="screen screen-reports">
      <ScreenHeading title="Reports">Reports</ScreenHeading>
      <VatSummaryPart store={store} />
    </div>
  );
}
