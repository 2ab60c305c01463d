import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ApiError, Result } from '../../shared/contract/index.ts';
import { Alert } from '../components/feedback.tsx';
import { formLevelError } from '../components/fieldErrors.ts';
import { cancelEditing, refused, saved, saving, type CatalogueStore } from './catalogueStore.ts';
import type { Parsed } from './drafts.ts';

interface EditorPanelProps {
  store: CatalogueStore;
  title: string;
  /** Fields this form shows errors beside; any other error shows above the form. */
  fields: readonly string[];
  saveLabel: string;
  onSave: () => void;
  children: ReactNode;
}

/** One thing being added or changed: its heading takes focus, Save sends it, Cancel sends nothing. */
export function EditorPanel({ store, title, fields, saveLabel, onSave, children }: EditorPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  const general = formLevelError(error, fields);
  return (
    <section className="panel panel-editor catalogue-editor" aria-labelledby="catalogue-editor-heading">
      <div className="panel-top">
        <h2 id="catalogue-editor-heading" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button button-secondary" onClick={() => store.setState(cancelEditing)}>
          Cancel
        </button>
      </div>
      <form onSubmit={submit} noValidate className="form">
        {general ? <Alert>{general}</Alert> : null}
        {children}
        <div className="button-row">
          <button type="submit" className="button button-primary button-large" disabled={busy}>
            {saveLabel}
          </button>
          <button type="button" className="button button-secondary button-large" onClick={() => store.setState(cancelEditing)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * Saves a draft: a slip the form can see itself is shown without a call; otherwise the core
 * answers, and the form closes saying what was saved, or stays open with the reason.
 */
export async function saveDraft<I, R>(store: CatalogueStore, parsed: Parsed<I>, send: (input: I) => Promise<Result<R>>, said: (value: R) => string, after: () => void): Promise<void> {
  if (!parsed.ok) {
    store.setState((s) => refused(s, parsed.error));
    return;
  }
  store.setState(saving);
  const r = await send(parsed.input);
  if (r.ok) {
    store.setState((s) => saved(s, said(r.value)));
    after();
  } else store.setState((s) => refused(s, r.error as ApiError));
}
