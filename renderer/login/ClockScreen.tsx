import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { LoginTile } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { roleNames } from '../components/roles.ts';
import { useScans } from '../scanning/useScans.ts';
import { answered, chooseAction, choiceFor, choosePerson, clockChoices, DONE_SHOWN_MS, REFUSED_SHOWN_MS, scannedWithoutAction, startClocking, stepBack, type ClockStep } from './clockFlow.ts';
import { PinPad } from './PinPad.tsx';
import { clearPin, createPinEntryStore } from './pinEntry.ts';
import './clock.css';

interface ClockScreenProps {
  cafeName: string | null | undefined;
  tiles: LoginTile[] | null;
  tilesProblem: string | null;
  /** Back to the log-in screen. */
  onClose: () => void;
}

/**
 * Clocking in and out, and breaks, at the kiosk's log-in screen. Nobody is signed in: the
 * person says what they are doing, then proves who they are with their name and PIN or a
 * badge, and the core answers in kind words, shown big for a few seconds.
 */
export function ClockScreen({ cafeName, tiles, tilesProblem, onClose }: ClockScreenProps) {
  const { api } = useApp();
  const [state, setState] = useState<ClockStep>(startClocking);
  const [busy, setBusy] = useState(false);
  const [badge, setBadge] = useState('');
  const [entry] = useState(createPinEntryStore);

  const send = useCallback(
    async (from: ClockStep, credential: { staffId: string; pin: string } | { badge: string }) => {
      if (from.step !== 'who' && from.step !== 'pin') return;
      setBusy(true);
      const r = await api.call(choiceFor(from.action).method, { credential });
      setBusy(false);
      entry.setState(clearPin);
      setBadge('');
      setState((now) => (now === from ? answered(now, r, 'pin' in credential ? 'pin' : 'badge') : now));
    },
    [api, entry],
  );

  // A badge scanned at the counter, by either kind of scanner, while this view is open.
  useScans((scan) => {
    if (busy) return;
    if (scan.kind === 'badge' && (state.step === 'who' || state.step === 'pin')) void send(state, { badge: scan.code });
    else setState((s) => scannedWithoutAction(s, scan.kind));
  });

  // The answer stays up for a few seconds, then the log-in screen comes back for the next person.
  useEffect(() => {
    if (state.step !== 'done' && state.step !== 'refused') return;
    const timer = setTimeout(onClose, state.step === 'done' ? DONE_SHOWN_MS : REFUSED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state, onClose]);

  const back = () => {
    entry.setState(clearPin);
    setBadge('');
    setState(stepBack);
  };

  const submitBadge = (e: FormEvent) => {
    e.preventDefault();
    if (state.step !== 'who') return;
    if (badge.trim() === '') {
      setState({ ...state, problem: 'Scan your badge, or type the code printed on it.' });
      return;
    }
    void send(state, { badge });
  };

  const cafeLine = <p className="cafe-line">{cafeName}</p>;

  if (state.step === 'done' || state.step === 'refused') {
    const label = choiceFor(state.action).label;
    return (
      <main className="screen screen-login screen-clock" id="main">
        {cafeLine}
        <div className={`clock-answer clock-answer-${state.step}`}>
          {state.step === 'done' ? (
            <ScreenHeading title={`${label}: done`}>{state.message}</ScreenHeading>
          ) : (
            <>
              <ScreenHeading title={`${label}: not done`}>{label}: not done</ScreenHeading>
              <p className="clock-answer-problem" role="alert">
                {state.message}
              </p>
            </>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="button button-large" onClick={onClose}>
            Done
          </button>
          {state.step === 'refused' ? (
            <button type="button" className="button button-secondary button-large" onClick={() => setState(startClocking)}>
              Choose something else
            </button>
          ) : null}
        </div>
        <p className="field-hint">The log-in screen comes back by itself in a few seconds.</p>
      </main>
    );
  }

  if (state.step === 'pin') {
    const label = choiceFor(state.action).label;
    return (
      <main className="screen screen-login screen-clock" id="main">
        {cafeLine}
        <ScreenHeading title={`${label}: enter your PIN`}>
          {label}: {state.person.displayName}
        </ScreenHeading>
        <p className="lead">Enter your PIN, then press OK.</p>
        <div className="pin-area">
          {state.problem ? <Alert id="clock-pin-problem">{state.problem}</Alert> : null}
          <PinPad entry={entry} busy={busy} onSubmit={(pin) => void send(state, { staffId: state.person.id, pin })} />
        </div>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={back}>
            Not {state.person.displayName}? Choose someone else
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            Back to log in
          </button>
        </div>
      </main>
    );
  }

  if (state.step === 'who') {
    const label = choiceFor(state.action).label;
    return (
      <main className="screen screen-login screen-clock" id="main">
        {cafeLine}
        <ScreenHeading title={`${label}: who are you?`}>{label}: who are you?</ScreenHeading>
        <p className="lead">Scan your badge, or tap your name.</p>
        {tilesProblem ? <Alert>{tilesProblem}</Alert> : null}
        {tiles === null && !tilesProblem ? <Loading what="names" /> : null}
        {tiles && tiles.length > 0 ? (
          <ul className="person-tiles" aria-label="People">
            {tiles.map((t) => (
              <li key={t.id}>
                <button type="button" className="person-tile" disabled={busy} onClick={() => setState((s) => choosePerson(s, t))}>
                  <span className="person-tile-name">{t.displayName}</span>
                  <span className="person-tile-role">{roleNames[t.role]}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <form className="badge-form" onSubmit={submitBadge} noValidate>
          <h2>{label} with a badge</h2>
          <div className={`field${state.problem ? ' field-has-error' : ''}`}>
            <label htmlFor="clock-badge-code" className="field-label">
              Scan or type your badge
            </label>
            {state.problem ? (
              <p id="clock-badge-code-error" className="field-error" role="alert">
                {state.problem}
              </p>
            ) : null}
            <div className="inline-row">
              <input
                id="clock-badge-code"
                className="input"
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={badge}
                onChange={(e) => setBadge(e.target.value)}
                {...(state.problem ? { 'aria-describedby': 'clock-badge-code-error', 'aria-invalid': true } : {})}
              />
              <button type="submit" className="button" disabled={busy}>
                {label} with badge
              </button>
            </div>
          </div>
        </form>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={back}>
            Choose something else
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            Back to log in
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="screen screen-login screen-clock" id="main">
      {cafeLine}
      <ScreenHeading title="Clock in or out">Clock in or out</ScreenHeading>
      <p className="lead">What are you doing?</p>
      {state.problem ? <Alert id="clock-choose-problem">{state.problem}</Alert> : null}
      <ul className="clock-choices" aria-label="What are you doing?">
        {clockChoices.map((c) => (
          <li key={c.action}>
            <button type="button" className={`clock-choice clock-choice-${c.action}`} onClick={() => setState((s) => chooseAction(s, c.action))}>
              <span className="clock-choice-label">{c.label}</span>
              <span className="clock-choice-hint">{c.hint}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={onClose}>
        Back to log in
      </button>
    </main>
  );
}
