import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { LoginTile, SignedInStaff } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { PinPad } from '../login/PinPad.tsx';
import { useScans } from '../scanning/useScans.ts';
import { clearPin, createPinEntryStore } from '../login/pinEntry.ts';
import { Dialog } from '../till/Dialog.tsx';
import { authorisers, checking, chooseSupervisor, refused, type Authoriser } from './authorise.ts';
import { Alert, Loading } from './feedback.tsx';
import { roleNames } from './roles.ts';

/**
 * Asks a supervisor to authorise one call inside someone else's session: tap your name and
 * enter your PIN, or scan your badge. Shown while `authoriser` has a request.
 */
export function AuthoriseDialog({ authoriser, staff }: { authoriser: Authoriser; staff: SignedInStaff }) {
  const request = useStore(authoriser.store, (s) => s.request);
  if (!request) return null;
  return <AuthoriseAsk authoriser={authoriser} staff={staff} why={request.why} method={request.method} />;
}

function AuthoriseAsk({ authoriser, staff, why, method }: { authoriser: Authoriser; staff: SignedInStaff; why: string; method: string }) {
  const { api, call } = useApp();
  const { store } = authoriser;
  const supervisor = useStore(store, (s) => s.supervisor);
  const busy = useStore(store, (s) => s.busy);
  const problem = useStore(store, (s) => s.problem);
  const [tiles, setTiles] = useState<LoginTile[] | null>(null);
  const [tilesProblem, setTilesProblem] = useState<string | null>(null);
  const [badge, setBadge] = useState('');
  const [entry] = useState(createPinEntryStore);

  useEffect(() => {
    let live = true;
    void api.call('auth.loginTiles', {}).then((r) => {
      if (!live) return;
      if (r.ok) setTiles(authorisers(r.value, staff.id));
      else setTilesProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, staff.id]);

  const authorise = useCallback(
    async (credential: { staffId: string; pin: string } | { badge: string }) => {
      store.setState(checking);
      const r = await call('auth.authorise', { method, credential });
      entry.setState(clearPin);
      setBadge('');
      if (r.ok) authoriser.granted(r.value.token);
      else store.setState((s) => refused(s, r.error.message));
    },
    [authoriser, call, entry, method, store],
  );

  // A supervisor's badge read by either kind of scanner works while this is open; the
  // screen underneath gets no scans meanwhile.
  useScans((scan) => {
    if (scan.kind === 'badge') void authorise({ badge: scan.code });
    else store.setState((s) => refused(s, 'That is a product barcode: a supervisor needs to scan their badge.'));
  });

  const submitBadge = (e: FormEvent) => {
    e.preventDefault();
    if (badge.trim() === '') store.setState((s) => refused(s, 'Scan a supervisor badge, or type the code printed on it.'));
    else void authorise({ badge });
  };

  return (
    <Dialog title="A supervisor needs to agree" onClose={authoriser.cancel} closeLabel="Cancel" className="dialog-authorise">
      <p className="authorise-why">{why}</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {supervisor ? (
        <div className="pin-area">
          <p className="lead">
            <strong>{supervisor.displayName}</strong>, enter your PIN, then press OK.
          </p>
          <PinPad entry={entry} busy={busy} onSubmit={(pin) => void authorise({ staffId: supervisor.id, pin })} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              entry.setState(clearPin);
              store.setState((s) => chooseSupervisor(s, null));
            }}
          >
            Not {supervisor.displayName}? Choose someone else
          </button>
        </div>
      ) : (
        <>
          <p className="lead">Supervisor: tap your name, or scan your badge.</p>
          {tilesProblem ? <Alert>{tilesProblem}</Alert> : null}
          {tiles === null && !tilesProblem ? <Loading what="supervisors" /> : null}
          {tiles?.length === 0 ? <p>There is no supervisor who can log in with a PIN. Scan a supervisor badge instead.</p> : null}
          {tiles && tiles.length > 0 ? (
            <ul className="person-tiles" aria-label="Supervisors">
              {tiles.map((t) => (
                <li key={t.id}>
                  <button type="button" className="person-tile" onClick={() => store.setState((s) => chooseSupervisor(s, t))}>
                    <span className="person-tile-name">{t.displayName}</span>
                    <span className="person-tile-role">{roleNames[t.role]}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <form className="authorise-badge" onSubmit={submitBadge} noValidate>
            <label htmlFor="authorise-badge" className="field-label">
              Or scan or type a supervisor badge
            </label>
            <div className="inline-row">
              <input id="authorise-badge" className="input" type="password" autoComplete="off" spellCheck={false} value={badge} onChange={(e) => setBadge(e.target.value)} />
              <button type="submit" className="button" disabled={busy}>
                Authorise with badge
              </button>
            </div>
          </form>
        </>
      )}
    </Dialog>
  );
}
