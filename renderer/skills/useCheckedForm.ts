import { useState, type FormEvent } from 'react';
import type { ApiError, Result } from '../../shared/contract/index.ts';
import { errorFor } from '../components/fieldErrors.ts';
import type { Check } from './skillsForms.ts';

/**
 * A skills form sent to the core: checked here first (`read`), then saved (`save`). A problem,
 * ours or the core's, is kept for the boxes, and the first box it names takes the focus (for a
 * date, its day box).
 */
export function useCheckedForm<F extends string, I, T>(fieldIds: Record<F, string>, read: () => Check<I, F>, save: (input: I) => Promise<Result<T>>, onSaved: (value: T) => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const showError = (e: ApiError) => {
    setError(e);
    const field = (Object.keys(fieldIds) as F[]).find((f) => errorFor(e, f));
    if (!field) return;
    const box = document.getElementById(fieldIds[field]) ?? document.getElementById(`${fieldIds[field]}-day`);
    box?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = read();
    if (!checked.ok) {
      showError({ code: 'invalid_input', message: checked.problem, field: checked.field });
      return;
    }
    setBusy(true);
    const r = await save(checked.input);
    setBusy(false);
    if (!r.ok) showError(r.error);
    else onSaved(r.value);
  };

  return { error, busy, submit };
}
