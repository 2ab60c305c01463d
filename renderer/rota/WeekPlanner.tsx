import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { RotaConflict, Shift, ShiftChange } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading } from '../components/feedback.tsx';
import { bulkWords, conflictLabels, conflictsByShift, publishedWords, shiftInWords, weekStateWords, type GridRow, type RotaView } from './grid.ts';
import {
  chooseCopyDay,
  closeDialog,
  createPlannerStore,
  dismissNotice,
  done,
  editShiftDraft,
  openDialog,
  refused,
  sending,
  showView,
  showWeek,
  weekFailed,
  weekLoaded,
  type PlannerNotice,
} from './planner.ts';
import { RotaGrid } from './RotaGrid.tsx';
import { CopyShiftDialog, RemoveShiftDialog, ShiftDetailsDialog, ShiftFormDialog } from './ShiftDialogs.tsx';
import { addShiftInput, draftOfShift, isUnchanged, moveShiftInput, newShiftDraft, type ShiftDraft } from './shiftForm.ts';
import { addDays, dayInWords, mondayOf, weekHeading, weekRelation } from './week.ts';
import { PublishDialog, TemplatesDialog } from './WeekDialogs.tsx';

const views: { view: RotaView; label: string }[] = [
  { view: 'stations', label: 'By station' },
  { view: 'people', label: 'By person' },
];

function checkLines(conflicts: readonly RotaConflict[]): string[] {
  return conflicts.map((c) => `Check – ${conflictLabels[c.kind]}: ${c.message}`);
}

function NoticePanel({ notice, onPutBack, onDismiss, busy }: { notice: PlannerNotice; onPutBack: (d: ShiftDraft) => void; onDismiss: () => void; busy: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After a dialog closes the card it came from may be gone: start again at what happened.
    ref.current?.focus();
  }, [notice]);
  return (
    <div className="notice" role="status" ref={ref} tabIndex={-1}>
      <p className="rota-notice-text">{notice.text}</p>
      {notice.details.length > 0 ? (
        <ul className="rota-notice-details">
          {notice.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      <div className="rota-notice-actions">
        {notice.putBack ? (
          <button type="button" className="button button-primary" onClick={() => notice.putBack && onPutBack(notice.putBack)} disabled={busy}>
            Put it back
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onDismiss}>
          OK
        </button>
      </div>
    </div>
  );
}

/** The supervisor's week: choose it, read it, plan it, publish it. */
export function WeekPlanner({ today }: { today: string }) {
  const { api, call } = useApp();
  const [store] = useState(() => createPlannerStore(mondayOf(today)));
  const monday = useStore(store, (s) => s.monday);
  const view = useStore(store, (s) => s.view);
  const week = useStore(store, (s) => s.week);
  const loadProblem = useStore(store, (s) => s.loadProblem);
  const dialog = useStore(store, (s) => s.dialog);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const notice = useStore(store, (s) => s.notice);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    let live = true;
    const load = async () => {
      latest.current += 1;
      const asked = latest.current;
      const r = await call('rota.week', { week: monday });
      // Only the latest answer counts: an earlier one may hold the week before a change.
      if (!live || asked !== latest.current) return;
      if (r.ok) store.setState((s) => weekLoaded(s, r.value));
      else store.setState((s) => weekFailed(s, r.error.message));
    };
    void load();
    const stop = api.on((m) => {
      if (m.event === 'rota.changed' && (m.payload.weekStart === null || m.payload.weekStart === monday)) void load();
      if (m.event === 'attendance.changed') void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call, store, monday, reloads]);

  const reload = () => setReloads((n) => n + 1);
  const finish = (n: PlannerNotice) => {
    store.setState((s) => done(s, n));
    reload();
  };
  const elsewhere = (shift: Shift) => (mondayOf(shift.day) !== monday ? ` It is in the week of ${dayInWords(mondayOf(shift.day))}.` : '');
  const said = (verb: string, change: ShiftChange) => ({ text: `${verb} ${shiftInWords(change.shift)}.${elsewhere(change.shift)}`, details: checkLines(change.conflicts), putBack: null });

  const addShift = async (draft: ShiftDraft) => {
    store.setState(sending);
    const r = await call('rota.addShift', addShiftInput(draft));
    if (!r.ok) store.setState((s) => refused(s, r.error));
    else finish(said('Added a draft shift:', r.value));
  };

  const changeShift = async (shift: Shift, draft: ShiftDraft) => {
    const input = moveShiftInput(shift, draft);
    if (isUnchanged(input)) {
      store.setState(closeDialog);
      return;
    }
    store.setState(sending);
    const r = await call('rota.moveShift', input);
    if (!r.ok) store.setState((s) => refused(s, r.error));
    else {
      const n = said('Saved:', r.value);
      finish(r.value.shift.changedSincePublished ? { ...n, text: `${n.text} It is marked as a change until you publish the week.` } : n);
    }
  };

  const copyShift = async (shift: Shift, date: string) => {
    store.setState(sending);
    const r = await call('rota.copyShift', { shiftId: shift.id, date });
    if (!r.ok) store.setState((s) => refused(s, r.error));
    else finish(said('Copied as a draft:', r.value));
  };

  const removeShift = async (shift: Shift) => {
    store.setState(sending);
    const r = await call('rota.removeShift', { shiftId: shift.id });
    if (!r.ok) {
      store.setState((s) => refused(s, r.error));
      return;
    }
    const text =
      r.value.removed === 'deleted'
        ? `Removed ${shiftInWords(shift)}.`
        : `Cancelled ${shiftInWords(shift)}. It stays on the rota marked as cancelled by the café. Put it back to plan it again as a new draft.`;
    finish({ text, details: [], putBack: draftOfShift(shift) });
  };

  const putBack = async (draft: ShiftDraft) => {
    store.setState(sending);
    const r = await call('rota.addShift', addShiftInput(draft));
    if (!r.ok) store.setState((s) => refused(s, r.error));
    else finish(said('Put back as a draft:', r.value));
  };

  const copyLastWeek = async () => {
    store.setState(sending);
    const r = await call('rota.copyLastWeek', { week: monday });
    if (!r.ok) store.setState((s) => refused(s, r.error));
    else finish({ ...bulkWords(r.value, 'Copied last week'), putBack: null });
  };

  const publish = async () => {
    store.setState(sending);
    const r = await call('rota.publish', { week: monday });
    if (!r.ok) store.setState((s) => refused(s, r.error));
    else finish({ text: publishedWords(r.value), details: [], putBack: null });
  };

  const conflicts = conflictsByShift(week?.conflicts ?? []);
  const shiftOf = (id: string) => week?.shifts.find((s) => s.id === id) ?? null;
  const firstStation = week?.stations.find((s) => s.active)?.id ?? '';
  const defaultDay = today >= monday && today <= addDays(monday, 6) ? today : monday;
  const addInRow = (day: string, row: GridRow) => store.setState((s) => openDialog(s, { kind: 'add', draft: newShiftDraft(day, row.stationId ?? firstStation, row.traineeId ?? '') }));
  const relation = weekRelation(monday, today);
  const openShift = (shift: Shift) => store.setState((s) => openDialog(s, { kind: 'details', shiftId: shift.id }));

  const current = dialog && 'shiftId' in dialog ? shiftOf(dialog.shiftId) : null;
  const vanished = week !== null && dialog !== null && 'shiftId' in dialog && current === null;
  useEffect(() => {
    // Someone else removed the shift this dialog was about: nothing is left to act on.
    if (vanished) store.setState(closeDialog);
  }, [vanished, store]);
  return (
    <section aria-labelledby="rota-week-heading">
      <div className="rota-week-top">
        <h2 id="rota-week-heading" className="rota-week-heading">
          {relation ? <span className="rota-week-relation">{relation}</span> : null}
          {weekHeading(monday)}
        </h2>
        <div className="rota-weeknav" role="group" aria-label="Choose the week">
          <button type="button" className="button button-secondary" onClick={() => store.setState((s) => showWeek(s, addDays(monday, -7)))}>
            <span aria-hidden="true">← </span>Previous week
          </button>
          <button type="button" className="button button-secondary" onClick={() => store.setState((s) => showWeek(s, mondayOf(today)))} disabled={monday === mondayOf(today)}>
            This week
          </button>
          <button type="button" className="button button-secondary" onClick={() => store.setState((s) => showWeek(s, addDays(monday, 7)))}>
            Next week<span aria-hidden="true"> →</span>
          </button>
        </div>
      </div>

      {loadProblem ? <Alert>{loadProblem}</Alert> : null}
      {week === null && !loadProblem ? <Loading what="the week" /> : null}
      {error && !dialog ? <Alert>{error.message}</Alert> : null}
      {notice ? <NoticePanel notice={notice} busy={busy} onPutBack={(d) => void putBack(d)} onDismiss={() => store.setState(dismissNotice)} /> : null}

      {week ? (
        <>
          <p className="rota-week-state">{weekStateWords(week)}</p>
          <p className="rota-week-published">{week.publishedAt ? `Last published ${formatCafeTime(week.publishedAt, "EEEE d MMMM 'at' HH:mm")}.` : 'Not published yet.'}</p>
          <div className="rota-actions">
            <button type="button" className="button button-primary" onClick={() => store.setState((s) => openDialog(s, { kind: 'add', draft: newShiftDraft(defaultDay, firstStation) }))}>
              Add a shift
            </button>
            <button type="button" className="button button-secondary" onClick={() => void copyLastWeek()} disabled={busy}>
              Copy last week
            </button>
            <button type="button" className="button button-secondary" onClick={() => store.setState((s) => openDialog(s, { kind: 'templates' }))}>
              Templates
            </button>
            <button type="button" className="button button-primary" onClick={() => store.setState((s) => openDialog(s, { kind: 'publish' }))}>
              Publish the week
            </button>
          </div>

          {week.conflicts.length > 0 ? (
            <section className="rota-checks" aria-labelledby="rota-checks-heading">
              <h3 id="rota-checks-heading">
                <span aria-hidden="true">⚠ </span>To look at this week ({week.conflicts.length})
              </h3>
              <ul>
                {week.conflicts.map((c, i) => {
                  const shift = shiftOf(c.shiftId);
                  return (
                    <li key={`${c.shiftId}-${c.kind}-${i}`}>
                      <span>
                        <span className="rota-check-kind">{conflictLabels[c.kind]}:</span> {c.message}
                      </span>
                      {shift ? (
                        <button type="button" className="button button-secondary" onClick={() => openShift(shift)}>
                          Open the shift<span className="visually-hidden">: {shiftInWords(shift)}</span>
                        </button>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}

          <div className="rota-views" role="group" aria-label="Show the week">
            {views.map((v) => (
              <button key={v.view} type="button" className={`button ${view === v.view ? 'button-primary' : 'button-secondary'}`} aria-pressed={view === v.view} onClick={() => store.setState((s) => showView(s, v.view))}>
                {v.label}
              </button>
            ))}
          </div>
          <RotaGrid week={week} view={view} today={today} conflicts={conflicts} onOpen={openShift} onAdd={addInRow} />
        </>
      ) : null}

      {week && dialog?.kind === 'add' ? (
        <ShiftFormDialog
          title="Add a shift"
          saveLabel="Add the shift"
          week={week}
          draft={dialog.draft}
          error={error}
          busy={busy}
          onEdit={(patch) => store.setState((s) => editShiftDraft(s, patch))}
          onSave={() => void addShift(dialog.draft)}
          onClose={() => store.setState(closeDialog)}
        />
      ) : null}
      {week && current && dialog?.kind === 'details' ? (
        <ShiftDetailsDialog
          shift={current}
          conflicts={conflicts.get(current.id) ?? []}
          onClose={() => store.setState(closeDialog)}
          onChange={() => store.setState((s) => openDialog(s, { kind: 'change', shiftId: current.id, draft: draftOfShift(current) }))}
          onCopy={() => store.setState((s) => openDialog(s, { kind: 'copy', shiftId: current.id, date: addDays(current.day, 1) }))}
          onRemove={() => store.setState((s) => openDialog(s, { kind: 'remove', shiftId: current.id }))}
        />
      ) : null}
      {week && current && dialog?.kind === 'change' ? (
        <ShiftFormDialog
          title="Change this shift"
          saveLabel="Save the changes"
          week={week}
          draft={dialog.draft}
          error={error}
          busy={busy}
          onEdit={(patch) => store.setState((s) => editShiftDraft(s, patch))}
          onSave={() => void changeShift(current, dialog.draft)}
          onClose={() => store.setState(closeDialog)}
        />
      ) : null}
      {week && current && dialog?.kind === 'copy' ? (
        <CopyShiftDialog
          shift={current}
          week={week}
          date={dialog.date}
          error={error}
          busy={busy}
          onDate={(date) => store.setState((s) => chooseCopyDay(s, date))}
          onCopy={() => void copyShift(current, dialog.date)}
          onClose={() => store.setState(closeDialog)}
        />
      ) : null}
      {week && current && dialog?.kind === 'remove' ? <RemoveShiftDialog shift={current} error={error} busy={busy} onRemove={() => void removeShift(current)} onClose={() => store.setState(closeDialog)} /> : null}
      {week && dialog?.kind === 'publish' ? <PublishDialog week={week} error={error} busy={busy} onPublish={() => void publish()} onClose={() => store.setState(closeDialog)} /> : null}
      {week && dialog?.kind === 'templates' ? (
        <TemplatesDialog week={week} onClose={() => store.setState(closeDialog)} onApplied={(result, name) => finish({ ...bulkWords(result, `Used the template “${name}”`), putBack: null })} />
      ) : null}
    </section>
  );
}
