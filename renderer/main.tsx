import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/index.ts';
import { App } from './app/App.tsx';
import { AppContext, type AppServices } from './app/AppContext.tsx';
import { guardedCall } from './app/guardedCall.ts';
import { createSessionStore } from './session/sessionStore.ts';
import './styles.css';

const api = connectApi(window);
const session = createSessionStore();
const services: AppServices = { api, session, call: guardedCall(api, session) };

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <AppContext value={services}>
      <App />
    </AppContext>
  </StrictMode>,
);
