import { useEffect, useRef, useState } from 'react';
import type { ShiftTillEvidence, SkillObservation, TraineeSkills } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { whileShown } from '../app/whileShown.ts';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { RadioGroup } from '../hours/RadioGroup.tsx';
import { emptyObservation, observationInput, toggle, withShift, type ObservationDraft, type ObservationField } from './skillsForms.ts';
import { cashSessionWords, levelWords, saleWords, shiftWords } from './skillsWords.ts';
import { useCheckedForm } from './useCheckedForm.ts';

const FIELD_IDS: Record<ObservationField, string> = {
  shiftId: 'observe-shift',
  competencyId: 'observe-skill',
  level: 'observe-level',
  note: 'observe-note',
  saleIds: 'observe-sales',
  cashSessionIds: 'observe-cash',
};
const FIELDS = Object.keys(FIELD_IDS) as ObservationField[];

const levelOptions = (['shadowing', 'with_support', 'independent'] as const).map((value) => ({ value, label: levelWords[value] }));

interface ObserveFormProps {
  skills: TraineeSkills;
  /** The skill to start with, when opened from one skill's card. */
  competencyId: string;
  onSaved: (observation: SkillObservation) => void;
  onCancel: () => void;
}

/**
 * Recording what a supervisor saw on one of the trainee's shifts: the shift, the skill, how
 * they did and a short note, with the trainee's own sales and cash-ups on that shift to tick.
 */
export function ObserveForm({ skills, competencyId, onSaved, onCancel }: ObserveFormProps) {
  const { call } = useApp();
  const name = skills.trainee.displayName;
  const [draft, setDraft] = useState<ObservationDraft>(() => emptyObservation(competencyId));
  // What the till says about a shift, kept with the shift it is about.
  const [loaded, setLoaded] = useState<{ shiftId: string; evidence: ShiftTillEvidence | null; problem: string | null } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  // The till's record of the chosen shift: only what this trainee rang up or counted then.
  useEffect(() => {
    const shiftId = draft.shiftId;
    if (shiftId === '') return;
    return whileShown(call('skills.tillEvidence', { shiftId }), (r) => {
      setLoaded(r.ok ? { shiftId, evidence: r.value, problem: null } : { shiftId, evidence: null, problem: r.error.message });
    });
  }, [call, draft.shiftId]);

  const current = loaded?.shiftId === draft.shiftId ? loaded : null;
  const evidence = current?.evidence ?? null;
  const evidenceProblem = current?.problem ?? null;
  const edit = (patch: Partial<ObservationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { error, busy, submit } = useCheckedForm(FIELD_IDS, () => observationInput(draft), (input) => call('skills.observe', input), onSaved);

  const skillOptions = skills.areas.flatMap((a) => a.skills.filter((s) => s.competency.active).map((s) => ({ value: s.competency.id, label: `${s.competency.code} ${s.competency.title}` })));
  const general = formLevelError(error, FIELDS);
  const chosen = skills.areas.flatMap((a) => a.skills).find((s) => s.competency.id === draft.competencyId);

  return (
    <section className="panel observe-form" aria-labelledby="observe-heading">
      <h3 id="observe-heading" ref={heading} tabIndex={-1}>
        Record an observation of {name}
      </h3>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {general ? <Alert>{general}</Alert> : null}
        {skills.recentShifts.length === 0 ? <p>{name} has no shifts in the last four weeks to observe on yet.</p> : null}
        <SelectField
          id={FIELD_IDS.shiftId}
          label="Shift you saw them on"
          hint="Their shifts of the last four weeks, newest first."
          value={draft.shiftId}
          options={[{ value: '', label: 'Choose a shift' }, ...skills.recentShifts.map((s) => ({ value: s.id, label: shiftWords(s) }))]}
          onChange={(shiftId) => setDraft((d) => withShift(d, shiftId))}
          error={errorFor(error, 'shiftId')}
        />
        <SelectField
          id={FIELD_IDS.competencyId}
          label="Skill"
          value={draft.competencyId}
          options={[{ value: '', label: 'Choose a skill' }, ...skillOptions]}
          onChange={(competencyId) => edit({ competencyId })}
          error={errorFor(error, 'competencyId')}
        />
        {chosen ? <p className="skill-criterion">What to look for: {chosen.competency.criterion}</p> : null}
        <RadioGroup
          id={FIELD_IDS.level}
          legend="How did they do?"
          hint="Only ‘Independent’ counts towards signing off."
          value={draft.level}
          options={levelOptions}
          onChange={(level) => edit({ level })}
          error={errorFor(error, 'level')}
        />
        <TextField id={FIELD_IDS.note} label="Note" optional hint="What you saw, in a sentence." multiline maxLength={300} value={draft.note} onChange={(note) => edit({ note })} error={errorFor(error, 'note')} />

        {draft.shiftId !== '' ? (
          <div className="form-part">
            {evidenceProblem ? <Alert>{evidenceProblem}</Alert> : null}
            {evidence === null && !evidenceProblem ? <p className="loading">Looking up the till for this shift…</p> : null}
            {evidence && evidence.sales.length === 0 && evidence.cashSessions.length === 0 ? <p>{name} rang up no sales and did no cash-up on this shift.</p> : null}
            {evidence && evidence.sales.length > 0 ? (
              <fieldset className="evidence-list" id={FIELD_IDS.saleIds}>
                <legend>Attach {name}’s sales on this shift (optional)</legend>
                {errorFor(error, 'saleIds') ? <Alert>{errorFor(error, 'saleIds')}</Alert> : null}
                {evidence.sales.map((s) => (
                  <CheckboxField key={s.id} label={saleWords(s)} checked={draft.saleIds.includes(s.id)} onChange={(on) => edit({ saleIds: toggle(draft.saleIds, s.id, on) })} />
                ))}
              </fieldset>
            ) : null}
            {evidence && evidence.cashSessions.length > 0 ? (
              <fieldset className="evidence-list" id={FIELD_IDS.cashSessionIds}>
                <legend>Attach {name}’s float counts and cash-ups (optional)</legend>
                {errorFor(error, 'cashSessionIds') ? <Alert>{errorFor(error, 'cashSessionIds')}</Alert> : null}
                {evidence.cashSessions.map((c) => (
                  <CheckboxField
                    key={c.id}
                    label={cashSessionWords(c)}
                    checked={draft.cashSessionIds.includes(c.id)}
                    onChange={(on) => edit({ cashSessionIds: toggle(draft.cashSessionIds, c.id, on) })}
                  />
                ))}
              </fieldset>
            ) : null}
          </div>
        ) : null}

        <div className="button-row">
          <button type="submit" className="button button-large" disabled={busy}>
            Record the observation
          </button>
          <button type="button" className="button button-secondary button-large" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
