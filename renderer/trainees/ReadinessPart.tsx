import { useState } from 'react';
import type { ReadinessChecklist } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { tickedWords } from './traineeWords.ts';

/** Ticking a trainee's readiness for paid work, item by item. */
export function ReadinessPart({ staffId, name, checklist, onChanged }: { staffId: string; name: string; checklist: ReadinessChecklist; onChanged: (c: ReadinessChecklist) => void }) {
  const { call } = useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  // The box shows what was asked at once; the core's answer then settles it.
  const [pending, setPending] = useState<Record<string, boolean>>({});

  const tick = async (itemId: string, title: string, ticked: boolean) => {
    setPending((p) => ({ ...p, [itemId]: ticked }));
    const r = await call('readiness.tick', { staffId, itemId, ticked, note: '' });
    setPending((p) => Object.fromEntries(Object.entries(p).filter(([id]) => id !== itemId)));
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setProblem(null);
    setSaid(`${ticked ? 'Ticked' : 'Unticked'} “${title}”: ${r.value.ticked} of ${r.value.total} done.`);
    onChanged(r.value);
  };

  return (
    <section className="panel" aria-labelledby="readiness-heading">
      <h3 id="readiness-heading">Ready for work: {name}</h3>
      <p>
        {checklist.ticked} of {checklist.total} ticked. Tick what {name} has done; untick it if it was a mistake.
      </p>
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? <Notice>{said}</Notice> : null}
      {checklist.items.length === 0 ? (
        <p>The checklist has no items yet. Add them under “The readiness checklist” further down this screen.</p>
      ) : (
        <ul className="tick-list" aria-label="Readiness checklist">
          {checklist.items.map((e) => (
            <li key={e.item.id}>
              <input
                id={`tick-${e.item.id}`}
                type="checkbox"
                className="checkbox"
                checked={pending[e.item.id] ?? e.ticked !== null}
                onChange={(ev) => void tick(e.item.id, e.item.title, ev.target.checked)}
                aria-describedby={`tick-${e.item.id}-who`}
              />
              <label htmlFor={`tick-${e.item.id}`}>{e.item.title}</label>
              <span id={`tick-${e.item.id}-who`} className="tick-who">
                {e.ticked ? tickedWords(e.ticked) : 'Not ticked yet'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
