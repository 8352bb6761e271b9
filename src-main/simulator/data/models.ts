/** The wire record type of each provider, and its data module. */
import type { ProviderId } from '../../../src-shared/domain';
import { commetModel } from './commet';
import type { CommetInvoice } from './commet';
import { gpuoutletModel } from './gpuoutlet';
import type { GpuOutletInvoice } from './gpuoutlet';
import type { ProviderModel } from './model';
import { onepinModel } from './onepin';
import type { OnePinInvoice } from './onepin';
import { opteriusModel } from './opterius';
import type { OpteriusInvoice } from './opterius';
import { vastaiModel } from './vastai';
import type { VastRecord } from './vastai';

export interface WireMap {
  gpuoutlet: GpuOutletInvoice;
  vastai: VastRecord;
  opterius: OpteriusInvoice;
  onepin: OnePinInvoice;
  commet: CommetInvoice;
}

export const MODELS: { [P in ProviderId]: ProviderModel<WireMap[P]> } = {
  gpuoutlet: gpuoutletModel,
  vastai: vastaiModel,
  opterius: opteriusModel,
  onepin: onepinModel,
  commet: commetModel,
};
