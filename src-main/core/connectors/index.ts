/** The connector registry: wiring only. */
import type { ProviderId } from '../../../src-shared/domain';
import { commetConnector } from './commet';
import { gpuOutletConnector } from './gpuoutlet';
import { onePinConnector } from './onepin';
import { opteriusConnector } from './opterius';
import type { Connector } from './types';
import { vastConnector } from './vastai';

export const connectors: Record<ProviderId, Connector> = {
  gpuoutlet: gpuOutletConnector,
  vastai: vastConnector,
  opterius: opteriusConnector,
  onepin: onePinConnector,
  commet: commetConnector,
};

export function connectorFor(provider: ProviderId): Connector {
  return connectors[provider];
}
