import { useEffect, useState } from 'react';
import type { Backups } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading } from '../components/feedback.tsx';
import { backupLine, backupTimeWords, staleness } from './backupWords.ts';

const SHOWN = 5;

/** The manager's view of backups: the last one, "Back up now", the newest copies and where they are. */
export function BackupsPanel() {
  const { call } = useApp();
  const [backups, setBackups] = useState<Backups | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  // A backup finishing (ours, the timer's or another screen's) shows without asking.
  const changes = useEventTick(['backup.status']);

  useEffect(
    () =>
      whileShown(call('backups.list', {}), (r) => {
        if (r.ok) {
          setBackups(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      }),
    [call, changes],
  );

  const backUpNow = async () => {
    setAsking(true);
    const r = await call('backups.runNow', {});
    setAsking(false);
    if (!r.ok) setProblem(r.error.message);
    else setBackups((b) => (b ? { ...b, status: r.value } : b));
  };

  const running = backups?.status.state === 'running';
  const stale = backups && backups.status.state !== 'running' ? staleness(backups.status.at, new Date(), backups.everyHours) : null;
  return (
    <section className="panel backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      {problem ? <Alert>{problem}</Alert> : null}
      {backups === null && !problem ? <Loading what="backups" /> : null}
      {backups ? (
        <>
          <p className={backups.status.state === 'failed' ? 'alert' : 'backups-status'} role="status">
            {backups.status.message}
          </p>
          {stale && backups.status.state !== 'failed' ? <Alert>{stale}</Alert> : null}
          <button type="button" className="button button-primary button-large" onClick={() => void backUpNow()} disabled={asking || running}>
            {running ? 'Making a backup…' : 'Back up now'}
          </button>
          <p className="field-hint">
            Apron makes a copy of everything every {backups.everyHours} hours while it is open, checks it, and keeps the newest {backups.keep}.
          </p>
          <h3>Newest copies</h3>
          {backups.files.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul className="backups-list">
              {backups.files.slice(0, SHOWN).map((f) => (
                <li key={f.name}>{backupLine(f)}</li>
              ))}
              {backups.files.length > SHOWN ? <li>and {backups.files.length - SHOWN} older</li> : null}
            </ul>
          )}
          <p>
            Kept in <code>{backups.folder}</code>
            {backups.copyFolder ? (
              <>
                {' '}
                and copied to <code>{backups.copyFolder}</code>.
              </>
            ) : (
              '. They are on this computer only: ask whoever set Apron up to add a second place, such as a USB stick, so a broken computer does not take the copies with it.'
            )}
          </p>
          <p className="field-hint">
            Going back to a copy is done with Apron closed, by whoever set it up (the README says how, under “Backups and restoring”).
            {backups.status.at ? ` Last good copy: ${backupTimeWords(backups.status.at)}.` : ''}
          </p>
        </>
      ) : null}
    </section>
  );
}
