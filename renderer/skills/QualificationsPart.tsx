import { useEffect, useRef, useState } from 'react';
import type { ApiError, PersonRef, Qualification } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { DateField } from '../availability/DateField.tsx';
import { Alert, Loading, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { Dialog } from '../till/Dialog.tsx';
import { emptyQualification, qualificationInput, sortQualifications, type QualificationDraft, type QualificationField } from './skillsForms.ts';
import { momentDayWords, qualificationWords } from './skillsWords.ts';
import { useCheckedForm } from './useCheckedForm.ts';

const FIELD_IDS: Record<QualificationField, string> = {
  title: 'qualification-title',
  awardingBody: 'qualification-body',
  awardedOn: 'qualification-awarded',
  certificateNumber: 'qualification-certificate',
  expiresOn: 'qualification-expires',
};
const FIELDS = Object.keys(FIELD_IDS) as QualificationField[];

function AddQualificationForm({ person, onSaved, onCancel }: { person: PersonRef; onSaved: (q: Qualification) => void; onCancel: () => void }) {
  const { call } = useApp();
  const [draft, setDraft] = useState<QualificationDraft>(emptyQualification);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const edit = (patch: Partial<QualificationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { error, busy, submit } = useCheckedForm(FIELD_IDS, () => qualificationInput(person.id, draft), (input) => call('qualifications.add', input), onSaved);

  const general = formLevelError(error, FIELDS);
  return (
    <section className="panel" aria-labelledby="add-qualification-heading">
      <h3 id="add-qualification-heading" ref={heading} tabIndex={-1}>
        Add a qualification for {person.displayName}
      </h3>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {general ? <Alert>{general}</Alert> : null}
        <TextField id={FIELD_IDS.title} label="Qualification" hint="For example: Level 2 Food Safety and Hygiene." maxLength={120} value={draft.title} onChange={(title) => edit({ title })} error={errorFor(error, 'title')} />
        <TextField id={FIELD_IDS.awardingBody} label="Awarding body" optional hint="Who gave it, for example: Highfield." maxLength={120} value={draft.awardingBody} onChange={(awardingBody) => edit({ awardingBody })} error={errorFor(error, 'awardingBody')} />
        <DateField id={FIELD_IDS.awardedOn} label="Date awarded" value={draft.awardedOn} onChange={(awardedOn) => edit({ awardedOn })} error={errorFor(error, 'awardedOn')} />
        <TextField
          id={FIELD_IDS.certificateNumber}
          label="Certificate number"
          optional
          maxLength={60}
          value={draft.certificateNumber}
          onChange={(certificateNumber) => edit({ certificateNumber })}
          error={errorFor(error, 'certificateNumber')}
        />
        <DateField id={FIELD_IDS.expiresOn} label="Expiry date" optional hint="Leave empty if it does not expire." value={draft.expiresOn} onChange={(expiresOn) => edit({ expiresOn })} error={errorFor(error, 'expiresOn')} />
        <div className="button-row">
          <button type="submit" className="button button-large" disabled={busy}>
            Add the qualification
          </button>
          <button type="button" className="button button-secondary button-large" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

/** Asks why; keeping it is the first button and has the focus, so a slip keeps the record. */
function RemoveQualificationDialog({ qualification, onRemoved, onClose }: { qualification: Qualification; onRemoved: (q: Qualification) => void; onClose: () => void }) {
  const { call } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const r = await call('qualifications.remove', { qualificationId: qualification.id, reason });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onRemoved(r.value);
  };
  return (
    <Dialog title="Remove this qualification?" onClose={onClose}>
      {formLevelError(error, ['reason']) ? <Alert>{error?.message}</Alert> : null}
      <p>
        <strong>{qualification.title}</strong> for {qualification.staff.displayName}. It stays on record as removed, with your reason.
      </p>
      <TextField id="remove-qualification-reason" label="Why remove it?" hint="For example: recorded for the wrong person." multiline maxLength={300} value={reason} onChange={setReason} error={errorFor(error, 'reason')} />
      <div className="dialog-actions">
        <button type="button" className="button button-large" onClick={onClose} data-autofocus>
          Keep it
        </button>
        <button type="button" className="button skills-danger button-large" onClick={() => void remove()} disabled={busy}>
          Remove the qualification
        </button>
      </div>
    </Dialog>
  );
}

function QualificationItem({ q, onRemove }: { q: Qualification; onRemove?: (() => void) | undefined }) {
  return (
    <li className={`qualification${q.removed ? ' qualification-removed' : ''}`}>
      <h3>
        {q.title}
        {q.expired && !q.removed ? <span className="expired-tag">Expired</span> : null}
        {q.removed ? <span className="visually-hidden"> (removed)</span> : null}
      </h3>
      <p>{qualificationWords(q)}</p>
      {q.removed ? (
        <p>
          Removed by {q.removed.by.displayName} on {momentDayWords(q.removed.at)}: {q.removed.reason}
        </p>
      ) : null}
      {onRemove && !q.removed ? (
        <button type="button" className="button button-secondary" onClick={onRemove}>
          Remove<span className="visually-hidden"> {q.title}</span>
        </button>
      ) : null}
    </li>
  );
}

/** A person's qualifications: listed for them, added and removed (with a reason) by a supervisor. */
export function QualificationsPart({ person, editable, headingLevel = 2 }: { person: PersonRef; editable: boolean; headingLevel?: 2 | 3 }) {
  const { call } = useApp();
  const [list, setList] = useState<Qualification[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Qualification | null>(null);
  const [reloads, setReloads] = useState(0);
  const skillsChanged = useEventTick(['skills.changed'], person.id);

  useEffect(
    () =>
      whileShown(call('qualifications.list', editable ? { staffId: person.id, includeRemoved: true } : {}), (r) => {
        if (r.ok) {
          setList(sortQualifications(r.value));
          setProblem(null);
        } else setProblem(r.error.message);
      }),
    [call, person.id, editable, reloads, skillsChanged],
  );

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const mine = !editable;
  return (
    <section className="panel" aria-labelledby="qualifications-heading">
      <div className="panel-top">
        <Heading id="qualifications-heading">{mine ? 'Your qualifications' : 'Qualifications'}</Heading>
        {editable && !adding ? (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add a qualification
          </button>
        ) : null}
      </div>
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? <Notice>{said}</Notice> : null}
      {adding ? (
        <AddQualificationForm
          person={person}
          onCancel={() => setAdding(false)}
          onSaved={(q) => {
            setAdding(false);
            setSaid(`Added ${q.title} for ${person.displayName}.`);
            setReloads((n) => n + 1);
          }}
        />
      ) : null}
      {list === null && !problem ? <Loading what="qualifications" /> : null}
      {list && list.length === 0 ? <p>{mine ? 'None recorded yet. When you gain one, a supervisor will add it here.' : `None recorded for ${person.displayName} yet.`}</p> : null}
      {list && list.length > 0 ? (
        <ul className="plain-list">
          {list.map((q) => (
            <QualificationItem key={q.id} q={q} onRemove={editable ? () => setRemoving(q) : undefined} />
          ))}
        </ul>
      ) : null}
      {removing ? (
        <RemoveQualificationDialog
          qualification={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(q) => {
            setRemoving(null);
            setSaid(`Removed ${q.title}. It stays on record as removed.`);
            setReloads((n) => n + 1);
          }}
        />
      ) : null}
    </section>
  );
}
