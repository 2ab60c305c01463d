import { useStore } from 'zustand';
import { countValue, DENOMINATIONS, denominationName, formatPence, type Denomination } from '../../shared/money.ts';
import { addOne, countOf, countTotal, isNote, problemWith, takeOne, typeCount, type DrawerCountStore } from './drawerCount.ts';

interface DrawerCounterProps {
  store: DrawerCountStore;
  /** Names the boxes apart when two counts could be on one page ("float", "drawer"). */
  idPrefix: string;
  /** "Float counted", "Counted in the drawer". */
  totalLabel: string;
}

function unitWord(d: Denomination, n: number): string {
  const noun = isNote(d) ? 'note' : 'coin';
  return n === 1 ? noun : `${noun}s`;
}

function DenominationRow({ store, d, idPrefix }: { store: DrawerCountStore; d: Denomination; idPrefix: string }) {
  const text = useStore(store, (s) => s.typed[String(d)] ?? '');
  const problem = useStore(store, (s) => problemWith(s, d));
  const n = useStore(store, (s) => countOf(s, d));
  const id = `${idPrefix}-${d}`;
  const name = `${denominationName(d)} ${unitWord(d, 2)}`;
  return (
    <li className={`count-row${problem ? ' count-row-problem' : ''}`}>
      <label htmlFor={id} className="count-name">
        {name}
      </label>
      <div className="count-controls">
        <button type="button" className="button button-secondary count-step" aria-label={`One fewer ${denominationName(d)} ${unitWord(d, 1)}`} onClick={() => store.setState((s) => takeOne(s, d))}>
          −
        </button>
        <input
          id={id}
          className="input count-input"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          placeholder="0"
          onChange={(e) => store.setState((s) => typeCount(s, d, e.target.value))}
          onFocus={(e) => e.target.select()}
          {...(problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
        />
        <button type="button" className="button button-secondary count-step" aria-label={`One more ${denominationName(d)} ${unitWord(d, 1)}`} onClick={() => store.setState((s) => addOne(s, d))}>
          +
        </button>
      </div>
      <span className="count-value" aria-hidden="true">
        {n === null ? '' : formatPence(countValue({ [String(d)]: n }))}
      </span>
      {problem ? (
        <p id={`${id}-error`} className="field-error count-error" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}

/** A box per note and coin, £50 to 1p, with − and + beside it and the running total large. */
export function DrawerCounter({ store, idPrefix, totalLabel }: DrawerCounterProps) {
  const total = useStore(store, countTotal);
  const notes = DENOMINATIONS.filter(isNote);
  const coins = DENOMINATIONS.filter((d) => !isNote(d));
  return (
    <div className="drawer-count">
      <div className="count-columns">
        <fieldset className="count-group">
          <legend>Notes</legend>
          <ul className="count-list">
            {notes.map((d) => (
              <DenominationRow key={d} store={store} d={d} idPrefix={idPrefix} />
            ))}
          </ul>
        </fieldset>
        <fieldset className="count-group">
          <legend>Coins</legend>
          <ul className="count-list">
            {coins.map((d) => (
              <DenominationRow key={d} store={store} d={d} idPrefix={idPrefix} />
            ))}
          </ul>
        </fieldset>
      </div>
      <p className="count-total" role="status" aria-live="polite">
        <span className="count-total-label">{totalLabel}</span> <strong className="count-total-amount">{formatPence(total)}</strong>
      </p>
    </div>
  );
}
