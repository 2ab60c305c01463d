import { useCallback, useEffect } from 'react';
import { ScreenHeading } from '../components/feedback.tsx';
import { LoginScreen } from '../login/LoginScreen.tsx';
import { SetupScreen } from '../setup/SetupScreen.tsx';
import { initialSession, signedIn, signedOut, started, startFailed } from '../session/sessionStore.ts';
import { useApp, useSession } from './AppContext.tsx';
import { SignedInShell } from './SignedInShell.tsx';

export function App() {
  const { api, session, scanner } = useApp();
  const phase = useSession((s) => s.phase);
  const staff = useSession((s) => s.staff);
  const problem = useSession((s) => s.problem);

  const start = useCallback(async () => {
    const [cafe, info] = await Promise.all([api.call('cafe.status', {}), api.call('auth.session', {})]);
    if (!cafe.ok) session.setState((s) => startFailed(s, cafe.error.message));
    else if (!info.ok) session.setState((s) => startFailed(s, info.error.message));
    else session.setState((s) => started(s, { cafe: cafe.value, session: info.value }));
  }, [api, session]);

  useEffect(() => {
    void start();
  }, [start]);

  // Keyboard scanners are recognised by the manager's settings (prefix, end key, key gap);
  // until they arrive, or if they cannot be read, the usual scanner's defaults apply.
  useEffect(() => {
    const load = () =>
      void api.call('scanners.settings', {}).then((r) => {
        if (r.ok) scanner.configure(r.value);
      });
    load();
    return api.on((m) => {
      if (m.event === 'hardware.changed' && m.payload.what === 'scanners') load();
    });
  }, [api, scanner]);

  // Tests and the kiosk can see whether events (badge scans) can reach this screen.
  useEffect(
    () =>
      api.onConnection((state) => {
        document.documentElement.dataset.events = state;
      }),
    [api],
  );

  useEffect(
    () =>
      api.on((m) => {
        if (m.event !== 'session.changed') return;
        if (m.payload.reason === 'login') {
          void api.call('auth.session', {}).then((r) => {
            if (r.ok && r.value.staff) session.setState((s) => signedIn(s, r.value));
          });
        } else {
          session.setState((s) => signedOut(s, m.payload.reason === 'idle' ? 'idle' : null));
        }
      }),
    [api, session],
  );

  if (phase === 'starting') {
    return (
      <main className="screen screen-centre" id="main">
        <p className="loading" role="status">
          Starting Apron…
        </p>
      </main>
    );
  }
  if (phase === 'unavailable') {
    return (
      <main className="screen screen-centre" id="main">
        <ScreenHeading title="Apron cannot start">Apron cannot start</ScreenHeading>
        <p className="lead">{problem}</p>
        <button
          type="button"
          className="button button-primary button-large"
          onClick={() => {
            session.setState(() => initialSession);
            void start();
          }}
        >
          Try again
        </button>
      </main>
    );
  }
  if (phase === 'setup') return <SetupScreen />;
  if (phase === 'signedIn' && staff) return <SignedInShell staff={staff} />;
  return <LoginScreen />;
}
