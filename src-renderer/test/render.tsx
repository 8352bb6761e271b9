import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApiClient } from '../api/client';
import { FakeApi, type FakeApiOptions } from './fake-api';
import { App } from '../App';
import { ServicesProvider, type AppServices } from '../app/context';
import { createPdfSource } from '../features/pdf/pdf-source';
import { startApp } from '../stores/bootstrap';
import { createStores } from '../stores/create';
import { createFakePdfEngine } from './fake-pdf-engine';

/** "Now" in every component test: Monday 15 June 2026, 10:00 UTC. */
export const NOW = Date.parse('2026-06-15T10:00:00.000Z');
export const clock = (): number => NOW;

export function makeServices(fake: FakeApi) {
  const api = createApiClient(fake);
  const stores = createStores(api, clock);
  const pdf = createFakePdfEngine();
  const services: AppServices = { api, stores, clock, pdfEngine: pdf.engine, pdfSource: createPdfSource(api) };
  return { api, stores, services, pdf };
}

/** The whole app over a FakeApi (seeded workspace unless told otherwise), started as main.tsx does. */
export function renderApp(options: FakeApiOptions & { fake?: FakeApi } = {}) {
  const fake = options.fake ?? new FakeApi({ seed: 'workspace', now: clock, ...options });
  const { api, stores, services, pdf } = makeServices(fake);
  const stop = startApp(api, stores);
  const user = userEvent.setup();
  const view = render(
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>,
  );
  return { fake, api, stores, services, pdf, user, stop, ...view };
}
