import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiFromWindow, createApiClient } from './api/client';
import { App } from './App';
import { ServicesProvider, type AppServices } from './app/context';
import { createPdfSource } from './features/pdf/pdf-source';
import { createPdfjsEngine } from './features/pdf/pdfjs-engine';
import { startApp } from './stores/bootstrap';
import { createStores } from './stores/create';
import './styles/base.css';
import './styles/layout.css';
import './styles/inbox.css';
import './styles/grid.css';
import './styles/panels.css';
import './styles/overlays.css';
import './styles/trust.css';
import './styles/marks.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

try {
  const api = createApiClient(apiFromWindow());
  const clock = () => Date.now();
  const stores = createStores(api, clock);
  const services: AppServices = { api, stores, clock, pdfEngine: createPdfjsEngine(), pdfSource: createPdfSource(api) };
  startApp(api, stores);
  createRoot(container).render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
} catch (error) {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.textContent = error instanceof Error ? error.message : 'Invoice Inbox could not start.';
  container.replaceChildren(message);
}
