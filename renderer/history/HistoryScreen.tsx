import { useEffect, useState, type FormEvent } from 'react';
import type { SaleSummary, SignedInStaff } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { formatPence } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { hrefFor } from '../app/routes.ts';
import { createAuthoriser } from '../components/authorise.ts';
import { AuthoriseDialog } from '../components/AuthoriseDialog.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { cafeToday, emptySearch, searchInput, type SearchForm, type SearchInput } from './historySearch.ts';
import { SaleDetail } from './SaleDetail.tsx';
import '../till/till.css';
import './history.css';

const kindWords: Record<SaleSummary['kind'], string> = { sale: 'Sale', refund: 'Refund', void: 'Void' };

function statusWords(s: SaleSummary): string {
  if (s.kind !== 'sale') return kindWords[s.kind];
  if (s.reversed === 'all') return 'All given back';
  if (s.reversed === 'part') return 'Part refunded';
  return 'Sale';
}

export function HistoryScreen({ staff }: { staff: SignedInStaff }) {
  const { api, call } = useApp();
  const [authoriser] = useState(() => createAuthoriser(call));
  const [form, setForm] = useState<SearchForm>(emptySearch);
  const [formProblem, setFormProblem] = useState<{ problem: string; field: keyof SearchForm } | null>(null);
  const [query, setQuery] = useState<SearchInput>({});
  const [page, setPage] = useState<{ sales: SaleSummary[]; nextBefore: string | null } | null>(null);
  const [older, setOlder] = useState<SaleSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [searches, setSearches] = useState(0);

  useEffect(() => {
    let live = true;
    void call('sales.find', query).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPage(r.value);
        setOlder([]);
        setProblem(null);
      } else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, query, searches]);

  // A sale, refund or void made anywhere shows in the list without searching again.
  useEffect(
    () =>
      api.on((m) => {
        if (m.event === 'sale.completed' && !m.payload.practice) setSearches((n) => n + 1);
      }),
    [api],
  );

  const search = (e: FormEvent) => {
    e.preventDefault();
    const read = searchInput(form, cafeToday(new Date()));
    if ('problem' in read) {
      setFormProblem(read);
      return;
    }
    setFormProblem(null);
    setOpenId(null);
    setQuery(read.input);
    setSearches((n) => n + 1);
  };

  const showRecent = () => {
    setForm(emptySearch);
    setFormProblem(null);
    setOpenId(null);
    setQuery({});
    setSearches((n) => n + 1);
  };

  const loadOlder = async () => {
    const before = page?.nextBefore;
    if (!before) return;
    const r = await call('sales.find', { ...query, before });
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setOlder((o) => [...o, ...r.value.sales]);
    setPage((p) => (p ? { ...p, nextBefore: r.value.nextBefore } : p));
  };

  const field = (name: keyof SearchForm, label: string, props: { type?: string; inputMode?: 'numeric' | 'decimal'; hint?: string } = {}) => {
    const error = formProblem?.field === name ? formProblem.problem : null;
    const id = `history-${name}`;
    return (
      <div className={`field${error ? ' field-has-error' : ''}`}>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <input
          id={id}
          className="input"
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete="off"
          value={form[name]}
          onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
          {...(error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {})}
        />
      </div>
    );
  };

  const rows = page ? [...page.sales, ...older] : [];
  return (
    <div className="screen screen-history">
      <div className="till-top">
        <ScreenHeading title="Sales history">Sales history</ScreenHeading>
        <a className="button button-secondary" href={hrefFor('till')}>
          Back to the till
        </a>
      </div>

      <form className="history-search panel" onSubmit={search} noValidate aria-labelledby="history-search-heading">
        <h2 id="history-search-heading">Find a sale</h2>
        <p className="field-hint">Fill in any of these. Leave them empty to see the latest sales.</p>
        <div className="filters">
          {field('receipt', 'Receipt number', { inputMode: 'numeric' })}
          {field('amount', 'Amount (£)', { inputMode: 'decimal' })}
          {field('day', 'Day', { type: 'date' })}
          {field('fromTime', 'From (time)', { type: 'time' })}
          {field('toTime', 'To (time)', { type: 'time' })}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-large">
            Find
          </button>
          <button type="button" className="button button-secondary button-large" onClick={showRecent}>
            Show the latest sales
          </button>
        </div>
      </form>

      {problem ? <Alert>{problem}</Alert> : null}
      {page === null && !problem ? <Loading what="sales" /> : null}
      {page && rows.length === 0 ? <p className="lead">No sales match. Check the receipt number, amount or time.</p> : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table history-table">
            <caption className="visually-hidden">Sales found, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Receipt</th>
                <th scope="col">Time</th>
                <th scope="col">Served by</th>
                <th scope="col">Items</th>
                <th scope="col">Total</th>
                <th scope="col">Paid by</th>
                <th scope="col">What</th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className={s.id === openId ? 'row-open' : undefined}>
                  <th scope="row">{s.receiptNumber}</th>
                  <td>{formatCafeTime(s.at, 'd MMM, HH:mm')}</td>
                  <td>{s.operatorName}</td>
                  <td>{s.itemCount}</td>
                  <td className="nowrap">{formatPence(s.totalPence)}</td>
                  <td>{s.tenders.map((t) => (t === 'card' ? 'Card' : 'Cash')).join(' and ')}</td>
                  <td>{statusWords(s)}</td>
                  <td>
                    <button type="button" className="button button-secondary button-small" aria-expanded={s.id === openId} onClick={() => setOpenId(s.id === openId ? null : s.id)}>
                      {s.id === openId ? 'Close' : 'Open'}
                      <span className="visually-hidden"> receipt {s.receiptNumber}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {page?.nextBefore ? (
        <button type="button" className="button button-secondary" onClick={() => void loadOlder()}>
          Older sales
        </button>
      ) : null}

      {openId ? (
        <SaleDetail
          key={openId}
          saleId={openId}
          staff={staff}
          authoriser={authoriser}
          onOpen={setOpenId}
          onChanged={() => setSearches((n) => n + 1)}
        />
      ) : null}
      <AuthoriseDialog authoriser={authoriser} staff={staff} />
    </div>
  );
}
