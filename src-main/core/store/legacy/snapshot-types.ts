import type { Invoice, ProviderId } from '../../../../src-shared/domain';

export const SNAPSHOT_VERSION = 1;

/** One account's last good sync as data dirs before the workspace database kept it (`cache/<id>.json`). */
export interface AccountSnapshot {
  version: typeof SNAPSHOT_VERSION;
  accountId: string;
  provider: ProviderId;
  /** When the sync that produced this snapshot finished (ISO). */
  syncedAt: string;
  invoices: Invoice[];
}
