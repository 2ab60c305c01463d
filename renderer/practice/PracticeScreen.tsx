import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { formatCafeTime } from '../../shared/dates.ts';
import { formatPence } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { CheckboxField, SelectField } from '../components/fields.tsx';
import { choosePerson, createPracticeStore, loaded, markFailed, marked, marking, markWords, showOnlyUnmarked, visibleSales, type Mark, type PracticeSale, type PracticeStore } from './practiceReview.ts';
import './practice.css';

const EVERYONE = 'everyone';
const tenderNames = { cash: 'Cash', card: 'Card' } as const;

function saleLabel(sale: PracticeSale): string {
  return `Practice sale by ${sale.operator.displayName}, ${formatCafeTime(sale.at, 'd MMM HH:mm')}, ${formatPence(sale.totalPence)}`;
}

function PracticeSaleCard({ store, sale, onMarked }: { store: PracticeStore; sale: PracticeSale; onMarked: () => void }) {
  const { call } = useApp();
  const busy = useStore(store, (s) => s.marking === sale.id);
  const mark = async (review: Mark) => {
    store.setState((s) => marking(s, sale.id));
    const r = await call('practice.mark', { saleId: sale.id, review });
    if (r.ok) {
      store.setState((s) => marked(s, sale.id, review));
      onMarked();
    } else store.setState((s) => markFailed(s, r.error));
  };
  return (
    <li>
      <article className={`practice-sale practice-sale-${sale.review ?? 'unmarked'}`} aria-label={saleLabel(sale)}>
        <header className="practice-sale-head">
          <h3>
            {sale.operator.displayName} <span className="practice-sale-when">{formatCafeTime(sale.at, 'EEE d MMM, HH:mm')}</span>
          </h3>
          <p className="practice-sale-mark">{markWords(sale.review)}</p>
        </header>
        <p className="practice-sale-order">{sale.orderType === 'eat_in' ? 'Eat in' : 'Takeaway'}</p>
        <ul className="practice-lines">
          {sale.lines.map((l) => (
            <li key={l.id}>
              <span>
                {l.quantity} × {l.name}
                {l.modifiers.length > 0 ? <span className="practice-mods"> ({l.modifiers.map((m) => m.name).join(', ')})</span> : null}
                {l.discountPence > 0 ? <span className="practice-mods"> discount {formatPence(l.discountPence)}</span> : null}
              </span>
              <span className="money">{formatPence(l.totalPence)}</span>
            </li>
          ))}
        </ul>
        <dl className="practice-totals">
          <div>
            <dt>Total</dt>
            <dd className="money">{formatPence(sale.totalPence)}</dd>
          </div>
          {sale.payments.map((p, i) => (
            <div key={i}>
              <dt>{tenderNames[p.tender]}</dt>
              <dd className="money">{formatPence(p.amountPence)}</dd>
            </div>
          ))}
          {sale.changePence > 0 ? (
            <div>
              <dt>Handed over</dt>
              <dd className="money">{formatPence(sale.tenderedPence)}</dd>
            </div>
          ) : null}
          {sale.changePence > 0 ? (
            <div>
              <dt>Change given</dt>
              <dd className="money">{formatPence(sale.changePence)}</dd>
            </div>
          ) : null}
        </dl>
        <div className="button-row practice-mark-buttons" role="group" aria-label="Mark this sale">
          <button type="button" className={`button ${sale.review === 'right' ? 'button-primary' : 'button-secondary'}`} aria-pressed={sale.review === 'right'} disabled={busy} onClick={() => void mark('right')}>
            {sale.review === 'right' ? <span aria-hidden="true">✓&nbsp;</span> : null}
            Right
          </button>
          <button type="button" className={`button ${sale.review === 'wrong' ? 'button-primary' : 'button-secondary'}`} aria-pressed={sale.review === 'wrong'} disabled={busy} onClick={() => void mark('wrong')}>
            {sale.review === 'wrong' ? <span aria-hidden="true">✓&nbsp;</span> : null}
            Needs more practice
          </button>
        </div>
      </article>
    </li>
  );
}

export function PracticeScreen() {
  const { api, call } = useApp();
  const [store] = useState(createPracticeStore);
  const state = useStore(store);
  const { review, who, onlyUnmarked, error } = state;
  const sales = visibleSales(state);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('practice.review', {}).then((r) => {
        if (!live) return;
        if (r.ok) {
          store.setState((s) => loaded(s, r.value));
          setProblem(null);
        } else setProblem(r.error.message);
      });
    load();
    const stop = api.on((m) => {
      if (m.event === 'sale.completed' && m.payload.practice) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call, store, reloads]);

  const people = review?.people ?? [];
  return (
    <div className="screen screen-practice">
      <ScreenHeading title="Practice review">Practice review</ScreenHeading>
      <p className="lead">Sales trainees made with the till in practice mode. They never count as takings. Mark each one right, or as needing more practice, and talk it through with them.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {error ? <Alert>{error.message}</Alert> : null}
      {review === null && !problem ? <Loading what="practice sales" /> : null}
      {review && people.length === 0 ? <p>No practice sales yet. A trainee switches the till to practice on the till screen.</p> : null}
      {people.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Practice by trainee</caption>
              <thead>
                <tr>
                  <th scope="col">Trainee</th>
                  <th scope="col">Practice sales</th>
                  <th scope="col">Reviewed</th>
                  <th scope="col">Marked right</th>
                  <th scope="col">Last practice</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.staffId}>
                    <th scope="row">{p.displayName}</th>
                    <td>{p.sales}</td>
                    <td>{p.reviewed}</td>
                    <td>{p.right}</td>
                    <td>{p.lastAt ? formatCafeTime(p.lastAt, 'EEE d MMM, HH:mm') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="filters">
            <SelectField
              id="practice-who"
              label="Show practice sales by"
              value={who ?? EVERYONE}
              options={[{ value: EVERYONE, label: 'Everyone' }, ...people.map((p) => ({ value: p.staffId, label: p.displayName }))]}
              onChange={(v) => store.setState((s) => choosePerson(s, v === EVERYONE ? null : v))}
            />
            <CheckboxField id="practice-unmarked" label="Only sales not marked yet" checked={onlyUnmarked} onChange={(v) => store.setState((s) => showOnlyUnmarked(s, v))} />
          </div>
          {sales.length === 0 ? <p>No practice sales to show with these choices.</p> : null}
          <ul className="practice-sales" aria-label="Practice sales, newest first">
            {sales.map((sale) => (
              <PracticeSaleCard key={sale.id} store={store} sale={sale} onMarked={() => setReloads((n) => n + 1)} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
