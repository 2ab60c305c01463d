import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, Competency, SignedInStaff, SkillArea, SkillsFramework, Station } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, FieldNotes, TextField } from '../components/fields.tsx';
import { areaInput, competencyDraft, competencyInput, moveInOrder, newCompetencyDraft, nextPosition, toggle, type CompetencyDraft, type CompetencyField } from './skillsForms.ts';
import { useCheckedForm } from './useCheckedForm.ts';
import './skills.css';

const COMPETENCY_IDS: Record<CompetencyField, string> = {
  areaId: 'competency-area',
  code: 'competency-code',
  title: 'competency-title',
  criterion: 'competency-criterion',
  observationsNeeded: 'competency-needed',
  secondSignerNeeded: 'competency-second',
  stationIds: 'competency-stations',
  active: 'competency-active',
};
const COMPETENCY_FIELDS = Object.keys(COMPETENCY_IDS) as CompetencyField[];

function AreaEditor({ area, areas, onSaved, onCancel }: { area: SkillArea | null; areas: SkillArea[]; onSaved: (a: SkillArea, added: boolean) => void; onCancel: () => void }) {
  const { call } = useApp();
  const [name, setName] = useState(area?.name ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('skills.saveArea', area ? { ...areaInput(area), name } : { name, position: nextPosition(areas), active: true });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      document.getElementById('area-name')?.focus();
    } else onSaved(r.value, area === null);
  };

  const general = formLevelError(error, ['name']);
  return (
    <section className="panel" aria-labelledby="area-editor-heading">
      <h3 id="area-editor-heading" ref={heading} tabIndex={-1}>
        {area ? `Rename ${area.name}` : 'Add an area'}
      </h3>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {general ? <Alert>{general}</Alert> : null}
        <TextField id="area-name" label="Area name" hint="A group of skills, like Barista." maxLength={60} value={name} onChange={setName} error={errorFor(error, 'name')} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {area ? 'Save the name' : 'Add the area'}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function CompetencyEditor({ initial, area, stations, onSaved, onCancel }: { initial: CompetencyDraft; area: SkillArea; stations: Station[]; onSaved: (c: Competency, before: CompetencyDraft) => void; onCancel: () => void }) {
  const { call } = useApp();
  const [draft, setDraft] = useState(initial);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const edit = (patch: Partial<CompetencyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { error, busy, submit } = useCheckedForm(
    COMPETENCY_IDS,
    () => competencyInput(draft),
    (input) => call('skills.saveCompetency', input),
    (c) => onSaved(c, initial),
  );

  const general = formLevelError(error, COMPETENCY_FIELDS);
  const known = new Set(stations.map((s) => s.id));
  return (
    <section className="panel competency-editor" aria-labelledby="competency-editor-heading">
      <h3 id="competency-editor-heading" ref={heading} tabIndex={-1}>
        {draft.id ? `Change ${initial.code} ${initial.title}` : `Add a skill to ${area.name}`}
      </h3>
      {draft.id ? <p className="callout">Sign-offs already given keep the words they were signed with: this change applies from now on.</p> : null}
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {general ? <Alert>{general}</Alert> : null}
        <TextField id={COMPETENCY_IDS.code} label="Code" hint="Letters and numbers, like FS1 or BA2." maxLength={12} value={draft.code} onChange={(code) => edit({ code })} error={errorFor(error, 'code')} />
        <TextField id={COMPETENCY_IDS.title} label="Title" maxLength={80} value={draft.title} onChange={(title) => edit({ title })} error={errorFor(error, 'title')} />
        <TextField
          id={COMPETENCY_IDS.criterion}
          label="What an observer must see"
          hint="The observable criterion, in the café’s words."
          multiline
          maxLength={400}
          value={draft.criterion}
          onChange={(criterion) => edit({ criterion })}
          error={errorFor(error, 'criterion')}
        />
        <TextField
          id={COMPETENCY_IDS.observationsNeeded}
          label="Observations needed"
          hint="At the independent level, each on a separate shift, before it can be signed off."
          inputMode="numeric"
          maxLength={3}
          value={draft.observationsNeeded}
          onChange={(observationsNeeded) => edit({ observationsNeeded })}
          error={errorFor(error, 'observationsNeeded')}
        />
        <CheckboxField id={COMPETENCY_IDS.secondSignerNeeded} label="Needs a second signer" checked={draft.secondSignerNeeded} onChange={(secondSignerNeeded) => edit({ secondSignerNeeded })} error={errorFor(error, 'secondSignerNeeded')} />
        {area.foodSafety ? <p className="field-hint">Every food-safety skill needs a second signer.</p> : null}
        <fieldset className={`station-choices${errorFor(error, 'stationIds') ? ' field-has-error' : ''}`} id={COMPETENCY_IDS.stationIds} tabIndex={-1} aria-describedby={`${COMPETENCY_IDS.stationIds}-hint${errorFor(error, 'stationIds') ? ` ${COMPETENCY_IDS.stationIds}-error` : ''}`}>
          <legend>Stations it qualifies for</legend>
          <FieldNotes id={COMPETENCY_IDS.stationIds} hint="The rota warns when a trainee is given one of these stations before this skill is signed off." error={errorFor(error, 'stationIds')} />
          {stations.map((s) => (
            <CheckboxField key={s.id} id={`competency-station-${s.id}`} label={s.name} checked={draft.stationIds.includes(s.id)} onChange={(on) => edit({ stationIds: toggle(draft.stationIds, s.id, on) })} />
          ))}
          {draft.stationIds
            .filter((id) => !known.has(id))
            .map((id) => (
              <p key={id}>A station no longer in use is still ticked; untick it by saving without it.</p>
            ))}
        </fieldset>
        {draft.id ? (
          <CheckboxField id={COMPETENCY_IDS.active} label="In use" checked={draft.active} onChange={(active) => edit({ active })} error={errorFor(error, 'active')} />
        ) : null}
        {draft.id && !draft.active && initial.active ? <p className="field-hint">Retired skills leave the matrix; their observations and sign-offs stay on record.</p> : null}
        <div className="button-row">
          <button type="submit" className="button button-large" disabled={busy}>
            {draft.id ? 'Save the skill' : 'Add the skill'}
          </button>
          <button type="button" className="button button-secondary button-large" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

interface Undo {
  label: string;
  run: () => Promise<void>;
}

type Editing = { kind: 'area'; area: SkillArea | null } | { kind: 'competency'; area: SkillArea; draft: CompetencyDraft };

/** The manager's skills framework: areas in order, and each area's skills with what signing them off needs. */
export function FrameworkScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const [framework, setFramework] = useState<SkillsFramework | null>(null);
  const [stations, setStations] = useState<Station[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);
  const frameworkChanged = useEventTick(['skills.changed'], null);

  useEffect(
    () =>
      whileShown(Promise.all([call('skills.framework', { includeRetired: true }), call('stations.list', {})]), ([f, s]) => {
        if (f.ok) setFramework(f.value);
        else setProblem(f.error.message);
        if (s.ok) setStations(s.value);
      }),
    [call, reloads, frameworkChanged],
  );

  const tell = (message: string, next: Undo | null = null) => {
    setSaid(message);
    setUndo(next);
    setProblem(null);
    setReloads((n) => n + 1);
  };

  const saveArea = async (area: SkillArea, patch: Partial<SkillArea>): Promise<boolean> => {
    const r = await call('skills.saveArea', { ...areaInput(area), ...patch });
    if (!r.ok) setProblem(r.error.message);
    return r.ok;
  };

  const moveArea = async (area: SkillArea, direction: -1 | 1) => {
    if (!framework) return;
    setBusy(true);
    setSaid(null);
    let ok = true;
    for (const change of moveInOrder(framework.areas, area.id, direction)) {
      ok = await saveArea(change, {});
      if (!ok) break;
    }
    setBusy(false);
    if (ok) tell(`Moved ${area.name} ${direction < 0 ? 'up' : 'down'}.`);
  };

  const moveCompetency = async (area: SkillArea, competency: SkillArea['competencies'][number], direction: -1 | 1) => {
    setBusy(true);
    setSaid(null);
    let ok = true;
    for (const change of moveInOrder(area.competencies, competency.id, direction)) {
      const checked = competencyInput(competencyDraft(change));
      const r = checked.ok ? await call('skills.saveCompetency', checked.input) : null;
      if (!r?.ok) {
        setProblem(r ? r.error.message : 'That skill could not be moved.');
        ok = false;
        break;
      }
    }
    setBusy(false);
    if (ok) tell(`Moved ${competency.code} ${competency.title} ${direction < 0 ? 'up' : 'down'} in ${area.name}.`);
  };

  const setAreaInUse = async (area: SkillArea, active: boolean) => {
    setBusy(true);
    const ok = await saveArea(area, { active });
    setBusy(false);
    if (!ok) return;
    if (active) tell(`${area.name} is in use again.`);
    else
      tell(`${area.name} is no longer in use: its skills leave the matrix. Observations and sign-offs stay on record.`, {
        label: `Use ${area.name} again`,
        run: async () => {
          if (await saveArea({ ...area, active: false }, { active: true })) tell(`${area.name} is in use again.`);
        },
      });
  };

  const areas = framework?.areas ?? [];
  return (
    <div className="screen screen-skills">
      <ScreenHeading title="Skills framework">Skills framework</ScreenHeading>
      <p className="lead">The skills trainees build, by area, and what a supervisor must see before signing each one off.</p>
      <p className="callout">
        Changing the framework never rewrites a past sign-off: each sign-off keeps the code, title and criterion it was signed with. {staff.displayName}, your changes apply from now on.
      </p>
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? (
        <Notice>
          {said}{' '}
          {undo ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void undo.run().finally(() => setBusy(false));
              }}
            >
              {undo.label}
            </button>
          ) : null}
        </Notice>
      ) : null}
      <div className="framework-top button-row">
        {editing ? null : (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'area', area: null })}>
            Add an area
          </button>
        )}
      </div>
      {editing?.kind === 'area' && framework ? (
        <AreaEditor
          key={editing.area?.id ?? 'new'}
          area={editing.area}
          areas={areas}
          onCancel={() => setEditing(null)}
          onSaved={(a, added) => {
            setEditing(null);
            tell(added ? `Added the area ${a.name}.` : `Renamed the area to ${a.name}.`);
          }}
        />
      ) : null}
      {framework === null && !problem ? <Loading what="the skills framework" /> : null}
      {areas.map((area, i) => (
        <section key={area.id} className="panel framework-area" aria-labelledby={`framework-area-${area.id}`}>
          <div className="panel-top">
            <h2 id={`framework-area-${area.id}`}>
              {area.name}
              {area.active ? null : ' (no longer in use)'}
            </h2>
            <div className="actions button-row">
              <button type="button" className="button button-secondary" disabled={busy || i === 0} onClick={() => void moveArea(area, -1)}>
                Move up<span className="visually-hidden"> {area.name}</span>
              </button>
              <button type="button" className="button button-secondary" disabled={busy || i === areas.length - 1} onClick={() => void moveArea(area, 1)}>
                Move down<span className="visually-hidden"> {area.name}</span>
              </button>
              <button type="button" className="button button-secondary" onClick={() => setEditing({ kind: 'area', area })}>
                Rename<span className="visually-hidden"> {area.name}</span>
              </button>
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => void setAreaInUse(area, !area.active)}>
                {area.active ? 'Stop using' : 'Use again'}
                <span className="visually-hidden"> {area.name}</span>
              </button>
            </div>
          </div>
          {area.foodSafety ? <p>Food safety: every skill here is signed by two people.</p> : null}
          {editing?.kind === 'competency' && editing.area.id === area.id ? (
            <CompetencyEditor
              key={editing.draft.id ?? 'new'}
              initial={editing.draft}
              area={area}
              stations={stations}
              onCancel={() => setEditing(null)}
              onSaved={(c, before) => {
                setEditing(null);
                if (before.id === null) tell(`Added ${c.code} ${c.title} to ${area.name}.`);
                else if (before.active && !c.active)
                  tell(`${c.code} ${c.title} is no longer in use. Its observations and sign-offs stay on record.`, {
                    label: `Bring ${c.code} back`,
                    run: async () => {
                      const again = competencyInput({ ...competencyDraft(c), active: true });
                      if (!again.ok) return;
                      const r = await call('skills.saveCompetency', again.input);
                      if (r.ok) tell(`${c.code} ${c.title} is in use again.`);
                      else setProblem(r.error.message);
                    },
                  });
                else tell(`Saved ${c.code} ${c.title}. Sign-offs already given keep what they were signed with.`);
              }}
            />
          ) : null}
          {area.competencies.length === 0 ? <p>No skills in this area yet.</p> : null}
          {area.competencies.length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Skills in {area.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Code</th>
                    <th scope="col">Skill and what to look for</th>
                    <th scope="col">Observations needed</th>
                    <th scope="col">Second signer</th>
                    <th scope="col">Stations</th>
                    <th scope="col">In use</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {area.competencies.map((c, j) => (
                    <tr key={c.id}>
                      <th scope="row">{c.code}</th>
                      <td>
                        <strong>{c.title}</strong>
                        <span className="skill-note">{c.criterion}</span>
                      </td>
                      <td>{c.observationsNeeded}</td>
                      <td>{c.secondSignerNeeded ? 'Yes' : 'No'}</td>
                      <td>{c.stations.length > 0 ? c.stations.map((s) => s.name).join(', ') : 'None'}</td>
                      <td>{c.active ? 'Yes' : 'No'}</td>
                      <td>
                        <div className="button-row">
                          <button type="button" className="button button-secondary" onClick={() => setEditing({ kind: 'competency', area, draft: competencyDraft(c) })}>
                            Change<span className="visually-hidden"> {c.code}</span>
                          </button>
                          <button type="button" className="button button-secondary" disabled={busy || j === 0} onClick={() => void moveCompetency(area, c, -1)}>
                            Move up<span className="visually-hidden"> {c.code}</span>
                          </button>
                          <button type="button" className="button button-secondary" disabled={busy || j === area.competencies.length - 1} onClick={() => void moveCompetency(area, c, 1)}>
                            Move down<span className="visually-hidden"> {c.code}</span>
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {area.active && !(editing?.kind === 'competency' && editing.area.id === area.id) ? (
            <button type="button" className="button button-secondary" onClick={() => setEditing({ kind: 'competency', area, draft: newCompetencyDraft(area) })}>
              Add a skill to {area.name}
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}
