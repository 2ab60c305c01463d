import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { LoginTile, SessionInfo } from '../../shared/contract/index.ts';
import { useApp, useSession } from '../app/AppContext.tsx';
import { goHome } from '../app/useHashRoute.ts';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { roleNames } from '../components/roles.ts';
import { useScans } from '../scanning/useScans.ts';
import { signedIn } from '../session/sessionStore.ts';
import { ClockScreen } from './ClockScreen.tsx';
import { PinPad } from './PinPad.tsx';
import { clearPin, createPinEntryStore } from './pinEntry.ts';
import { samplePins } from './samplePins.ts';

export function LoginScreen() {
  const { api, session } = useApp();
  const cafe = useSession((s) => s.cafe);
  const lockedBecauseIdle = useSession((s) => s.lockedBecauseIdle);
  const [tiles, setTiles] = useState<LoginTile[] | null>(null);
  const [tilesProblem, setTilesProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<LoginTile | null>(null);
  const [pinProblem, setPinProblem] = useState<string | null>(null);
  const [badgeProblem, setBadgeProblem] = useState<string | null>(null);
  const [badge, setBadge] = useState('');
  const [busy, setBusy] = useState(false);
  const [clocking, setClocking] = useState(false);
  const [entry] = useState(createPinEntryStore);

  useEffect(() => {
    let live = true;
    void api.call('auth.loginTiles', {}).then((r) => {
      if (!live) return;
      if (r.ok) setTiles(r.value);
      else setTilesProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const finish = useCallback(
    (info: SessionInfo) => {
      goHome();
      session.setState((s) => signedIn(s, info));
    },
    [session],
  );

  const loginWithPin = useCallback(
    async (pin: string) => {
      if (!chosen) return;
      setBusy(true);
      const r = await api.call('auth.loginWithPin', { staffId: chosen.id, pin });
      setBusy(false);
      entry.setState(clearPin);
      if (r.ok) finish(r.value);
      else setPinProblem(r.error.message);
    },
    [api, chosen, entry, finish],
  );

  const loginWithBadge = useCallback(
    async (code: string) => {
      setBusy(true);
      const r = await api.call('auth.loginWithBadge', { badge: code });
      setBusy(false);
      setBadge('');
      if (r.ok) {
        finish(r.value);
        return;
      }
      setChosen(null);
      setBadgeProblem(r.error.message);
    },
    [api, finish],
  );

  // A badge scanned at the counter, by either kind of scanner, whatever has focus (while
  // clocking in or out, the clock view takes the scans instead).
  useScans((scan) => {
    if (scan.kind === 'badge') void loginWithBadge(scan.code);
    else {
      setChosen(null);
      setBadgeProblem('That is a product barcode, not a staff badge: scan your badge.');
    }
  }, !clocking);

  const stopClocking = useCallback(() => setClocking(false), []);

  const choose = (tile: LoginTile | null) => {
    entry.setState(clearPin);
    setPinProblem(null);
    setBadgeProblem(null);
    setChosen(tile);
  };

  const submitBadge = (e: FormEvent) => {
    e.preventDefault();
    if (badge.trim() === '') {
      setBadgeProblem('Scan your badge, or type the code printed on it.');
      return;
    }
    void loginWithBadge(badge);
  };

  const idleNote = lockedBecauseIdle ? (
    <Notice>
      <strong>The till locked itself because nobody used it for a while.</strong> Log in again to carry on.
    </Notice>
  ) : null;

  if (clocking) return <ClockScreen cafeName={cafe?.name} tiles={tiles} tilesProblem={tilesProblem} onClose={stopClocking} />;

  if (chosen) {
    return (
      <main className="screen screen-login" id="main">
        <p className="cafe-line">{cafe?.name}</p>
        <ScreenHeading title="Enter your PIN">Hello, {chosen.displayName}</ScreenHeading>
        {idleNote}
        <p className="lead">Enter your PIN, then press OK.</p>
        <div className="pin-area">
          {pinProblem ? <Alert id="pin-problem">{pinProblem}</Alert> : null}
          <PinPad entry={entry} busy={busy} onSubmit={(pin) => void loginWithPin(pin)} />
        </div>
        <button type="button" className="button button-secondary" onClick={() => choose(null)}>
          Not {chosen.displayName}? Choose someone else
        </button>
      </main>
    );
  }

  return (
    <main className="screen screen-login" id="main">
      <p className="cafe-line">{cafe?.name}</p>
      <ScreenHeading title="Log in">Who is using the till?</ScreenHeading>
      {idleNote}
      <button
        type="button"
        className="button button-large clock-entry"
        onClick={() => {
          choose(null);
          setClocking(true);
        }}
      >
        <span>
          Clock in or out
          <span className="clock-entry-hint">Starting or finishing a shift, or a break</span>
        </span>
      </button>
      <p className="lead">To use the till, tap your name, or scan your badge.</p>
      {tilesProblem ? <Alert>{tilesProblem}</Alert> : null}
      {tiles === null && !tilesProblem ? <Loading what="names" /> : null}
      {tiles?.length === 0 ? <p>Nobody can log in with a PIN yet. Ask a manager.</p> : null}
      {tiles && tiles.length > 0 ? (
        <ul className="person-tiles" aria-label="People">
          {tiles.map((t) => (
            <li key={t.id}>
              <button type="button" className="person-tile" onClick={() => choose(t)}>
                <span className="person-tile-name">{t.displayName}</span>
                <span className="person-tile-role">{roleNames[t.role]}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <form className="badge-form" onSubmit={submitBadge} noValidate>
        <h2>Log in with a badge</h2>
        <div className="field">
          <label htmlFor="badge-code" className="field-label">
            Scan or type your badge
          </label>
          {badgeProblem ? (
            <p id="badge-code-error" className="field-error" role="alert">
              {badgeProblem}
            </p>
          ) : null}
          <div className="inline-row">
            <input
              id="badge-code"
              className="input"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={badge}
              onChange={(e) => setBadge(e.target.value)}
              {...(badgeProblem ? { 'aria-describedby': 'badge-code-error', 'aria-invalid': true } : {})}
            />
            <button type="submit" className="button" disabled={busy}>
              Log in with badge
            </button>
          </div>
        </div>
      </form>

      {cafe?.sample ? (
        <aside className="sample-note" aria-labelledby="sample-note-heading">
          <h2 id="sample-note-heading">This is a sample café</h2>
          <p>It is here for trying Apron. The sample PINs are:</p>
          <ul>
            {samplePins.map((p) => (
              <li key={p.name}>
                {p.name} ({p.role}): <strong>{p.pin}</strong>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </main>
  );
}
