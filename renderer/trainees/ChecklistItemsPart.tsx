import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, ReadinessItem } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { useFocusProblem } from '../rota/useFocusProblem.ts';
import { changedPositions, itemInput, moveItem, nextItemPosition } from './traineeForms.ts';

interface Said {
  text: string;
  putBack: ReadinessItem | null;
}

function RenameForm({ item, onSaved, onCancel }: { item: ReadinessItem; onSaved: (i: ReadinessItem) => void; onCancel: () => void }) {
  const { call } = useApp();
  const [title, setTitle] = useState(item.title);
  const [error, setError] = useState<ApiError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await call('readiness.saveItem', itemInput({ ...item, title }));
    if (!r.ok) setError(r.error);
    else onSaved(r.value);
  };
  return (
    <form ref={form} noValidate className="inline-form" onSubmit={(e) => void submit(e)} aria-label={`Rename ${item.title}`}>
      {formLevelError(error, ['title']) ? <Alert>{formLevelError(error, ['title'])}</Alert> : null}
      <TextField id={`rename-${item.id}`} label="New wording" value={title} onChange={setTitle} error={errorFor(error, 'title')} maxLength={120} />
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Save the wording
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The manager's readiness checklist: add, reword, reorder, stop using and use again. Ticks already given are kept. */
export function ChecklistItemsPart({ onChanged }: { onChanged: () => void }) {
  const { call } = useApp();
  const [items, setItems] = useState<ReadinessItem[] | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useFocusProblem(form, error);

  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      whileShown(call('readiness.items', { includeRetired: true }), (r) => {
        if (r.ok) setItems(r.value);
        else setProblem(r.error.message);
      }),
    [call, version],
  );
  const load = useCallback(async () => {
    setVersion((n) => n + 1);
    return Promise.resolve();
  }, []);

  useEffect(() => {
    if (said?.putBack) noticeRef.current?.focus();
  }, [said]);

  const inUse = (items ?? []).filter((i) => i.active);
  const retired = (items ?? []).filter((i) => !i.active);

  const save = async (item: ReadinessItem, text: string, putBack: ReadinessItem | null = null) => {
    setBusy(true);
    const r = await call('readiness.saveItem', itemInput(item));
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setProblem(null);
    setSaid({ text, putBack });
    await load();
    onChanged();
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('readiness.saveItem', { title, position: nextItemPosition(items ?? []), active: true });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setTitle('');
    setSaid({ text: `Added “${r.value.title}” to the checklist.`, putBack: null });
    await load();
    onChanged();
  };

  const move = async (id: string, direction: -1 | 1) => {
    const after = moveItem(inUse, id, direction);
    setBusy(true);
    for (const item of changedPositions(inUse, after)) {
      const r = await call('readiness.saveItem', itemInput(item));
      if (!r.ok) {
        setProblem(r.error.message);
        break;
      }
    }
    setBusy(false);
    const moved = after.find((i) => i.id === id);
    setSaid({ text: `Moved “${moved?.title ?? ''}” ${direction < 0 ? 'up' : 'down'}: it is number ${after.findIndex((i) => i.id === id) + 1} of ${after.length}.`, putBack: null });
    await load();
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">The readiness checklist</h2>
      <p>What a trainee does to get ready for paid work, like writing a CV or practising an interview. It is the same list for every trainee. An item you stop using keeps the ticks already given.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? (
        <div className="notice" role="status" ref={noticeRef} tabIndex={-1}>
          <p className="notice-text">{said.text}</p>
          {said.putBack ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => said.putBack && void save({ ...said.putBack, active: true }, `Put back “${said.putBack.title}”.`)}>
              Put it back
            </button>
          ) : null}
        </div>
      ) : null}
      {items === null && !problem ? <Loading what="the checklist" /> : null}
      {items && inUse.length === 0 ? <p>No items yet: add the first below.</p> : null}
      {inUse.length > 0 ? (
        <ol className="checklist-items" aria-label="Checklist items in use">
          {inUse.map((item, n) => (
            <li key={item.id}>
              {renaming === item.id ? (
                <RenameForm
                  item={item}
                  onCancel={() => setRenaming(null)}
                  onSaved={(after) => {
                    setRenaming(null);
                    setSaid({ text: `Reworded to “${after.title}”.`, putBack: null });
                    void load().then(onChanged);
                  }}
                />
              ) : (
                <>
                  <span className="checklist-title">{item.title}</span>
                  <span className="checklist-actions">
                    <button type="button" className="button button-secondary" disabled={busy || n === 0} onClick={() => void move(item.id, -1)}>
                      Up<span className="visually-hidden">: move {item.title} up</span>
                    </button>
                    <button type="button" className="button button-secondary" disabled={busy || n === inUse.length - 1} onClick={() => void move(item.id, 1)}>
                      Down<span className="visually-hidden">: move {item.title} down</span>
                    </button>
                    <button type="button" className="button button-secondary" disabled={busy} onClick={() => setRenaming(item.id)}>
                      Reword<span className="visually-hidden"> {item.title}</span>
                    </button>
                    <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save({ ...item, active: false }, `Stopped using “${item.title}”. Ticks already given are kept.`, item)}>
                      Stop using<span className="visually-hidden"> {item.title}</span>
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {retired.length > 0 ? (
        <>
          <h3>Not in use</h3>
          <ul className="checklist-items" aria-label="Checklist items not in use">
            {retired.map((item) => (
              <li key={item.id}>
                <span className="checklist-title">{item.title}</span>
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save({ ...item, active: true, position: nextItemPosition(inUse) }, `“${item.title}” is back on the checklist.`)}>
                  Use again<span className="visually-hidden"> {item.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form ref={form} noValidate className="form form-part" onSubmit={(e) => void add(e)} aria-labelledby="checklist-add-heading">
        <h3 id="checklist-add-heading">Add an item</h3>
        {formLevelError(error, ['title', 'position', 'active']) ? <Alert>{formLevelError(error, ['title', 'position', 'active'])}</Alert> : null}
        <TextField id="checklist-add" label="Item" hint="Like: Has a CV ready." value={title} onChange={setTitle} error={errorFor(error, 'title')} maxLength={120} />
        <button type="submit" className="button button-primary" disabled={busy}>
          Add to the checklist
        </button>
      </form>
    </section>
  );
}
