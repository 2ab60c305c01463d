import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/index.ts';
import { App } from './app/App.tsx';
import { AppContext, type AppServices } from './app/AppContext.tsx';
import { guardedCall } from './app/guardedCall.ts';
import { domFields } from './scanning/domFields.ts';
import { createScannerHub } from './scanning/scannerHub.ts';
import { createSessionStore } from './session/sessionStore.ts';
import './styles.css';

const api = connectApi(window);
const session = createSessionStore();
const scanner = createScannerHub({
  onEvent: (listener) => api.on(listener),
  now: () => performance.now(),
  setTimer: (run, ms) => {
    const id = window.setTimeout(run, ms);
    return () => window.clearTimeout(id);
  },
  ...domFields,
});
// Capture phase, so a scanner's end key is caught before a button or form sees it.
window.addEventListener('keydown', (e) => scanner.onKey(e), { capture: true });
scanner.listen();
const services: AppServices = { api, session, call: guardedCall(api, session), scanner };

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <AppContext value={services}>
      <App />
    </AppContext>
  </StrictMode>,
);
