import { useEffect, useState } from 'react';
import type { ApiError, RotaBulkResult, RotaWeek, ShiftTemplate } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, Notice } from '../components/feedback.tsx';
import { errorFor } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { Dialog } from '../till/Dialog.tsx';
import { publishQuestion } from './grid.ts';
import { dayInWords } from './week.ts';

interface PublishProps {
  week: RotaWeek;
  error: ApiError | null;
  busy: boolean;
  onPublish: () => void;
  onClose: () => void;
}

export function PublishDialog({ week, error, busy, onPublish, onClose }: PublishProps) {
  const question = publishQuestion(week);
  const trainees = [...new Set(week.shifts.filter((s) => s.state === 'draft' || s.changedSincePublished).flatMap((s) => (s.trainee ? [s.trainee.displayName] : [])))].sort();
  return (
    <Dialog title={`Publish the week of ${dayInWords(week.weekStart)}?`} onClose={onClose}>
      {error ? <Alert>{error.message}</Alert> : null}
      {question ? (
        <>
          <p>{question}</p>
          {trainees.length > 0 ? <p>It tells {trainees.join(', ')} about their shifts.</p> : null}
        </>
      ) : (
        <p>Everything this week is already published.</p>
      )}
      <div className="dialog-actions">
        {question ? (
          <button type="button" className="button button-primary button-large" onClick={onPublish} disabled={busy} data-autofocus>
            Publish the week
          </button>
        ) : null}
        <button type="button" className="button button-secondary button-large" onClick={onClose}>
          Not yet
        </button>
      </div>
    </Dialog>
  );
}

interface TemplatesProps {
  week: RotaWeek;
  onClose: () => void;
  onApplied: (result: RotaBulkResult, name: string) => void;
}

/** Typical weeks: keep this week as one, use one for this week, or remove one. */
export function TemplatesDialog({ week, onClose, onApplied }: TemplatesProps) {
  const { call } = useApp();
  const [templates, setTemplates] = useState<ShiftTemplate[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('rota.templates', {}).then((r) => {
      if (!live) return;
      if (r.ok) setTemplates(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [call]);

  const keep = async () => {
    setBusy(true);
    setSaid(null);
    const r = await call('rota.saveTemplate', { week: week.weekStart, name });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setName('');
    setSaid(`Kept this week as the template “${r.value.name}” (${r.value.shifts} ${r.value.shifts === 1 ? 'shift' : 'shifts'}).`);
    setTemplates((list) => [...(list ?? []), r.value].sort((a, b) => a.name.localeCompare(b.name)));
  };

  const apply = async (t: ShiftTemplate) => {
    setBusy(true);
    const r = await call('rota.applyTemplate', { templateId: t.id, week: week.weekStart });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    onApplied(r.value, t.name);
  };

  const remove = async (t: ShiftTemplate) => {
    setBusy(true);
    setSaid(null);
    const r = await call('rota.removeTemplate', { templateId: t.id });
    setBusy(false);
    setRemoving(null);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setTemplates(r.value);
    setSaid(`Removed the template “${t.name}”. Weeks already planned from it stay as they are.`);
  };

  const nameError = errorFor(error, 'name') ?? errorFor(error, 'week');
  const otherError = error && !nameError ? error.message : null;
  return (
    <Dialog title="Templates" onClose={onClose}>
      <p>A template is a typical week of shifts you can use again.</p>
      {otherError ? <Alert>{otherError}</Alert> : null}
      {said ? <Notice>{said}</Notice> : null}
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void keep();
        }}
      >
        <h3>Keep this week as a template</h3>
        <TextField id="template-name" label="Template name" hint="Like “Term-time week”." value={name} onChange={setName} error={nameError} maxLength={60} />
        <button type="submit" className="button button-primary" disabled={busy}>
          Save as a template
        </button>
      </form>
      <h3 className="form-part">Use a template for the week of {dayInWords(week.weekStart)}</h3>
      {templates === null && !error ? <Loading what="templates" /> : null}
      {templates && templates.length === 0 ? <p>There are no templates yet.</p> : null}
      {templates && templates.length > 0 ? (
        <ul className="rota-list" aria-label="Templates">
          {templates.map((t) => (
            <li key={t.id}>
              <div className="rota-template-row">
                <div>
                  <strong>{t.name}</strong>
                  <br />
                  {t.shifts} {t.shifts === 1 ? 'shift' : 'shifts'}, kept {formatCafeTime(t.createdAt, 'd MMMM yyyy')}
                </div>
                {removing === t.id ? (
                  <div className="button-row">
                    <span>Remove “{t.name}”?</span>
                    <button type="button" className="button button-primary" onClick={() => setRemoving(null)}>
                      Keep it
                    </button>
                    <button type="button" className="button rota-danger" onClick={() => void remove(t)} disabled={busy}>
                      Yes, remove it
                    </button>
                  </div>
                ) : (
                  <div className="button-row">
                    <button type="button" className="button button-primary" onClick={() => void apply(t)} disabled={busy}>
                      Use<span className="visually-hidden"> {t.name}</span> for this week
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => setRemoving(t.id)}>
                      Remove<span className="visually-hidden"> {t.name}</span>
                    </button>
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
