/**
 * Helpers for tests that change a tenant's data between syncs (incremental re-sync): add a newest
 * invoice, move one to another status, or patch it freely. Use them inside `sim.mutate(...)` or via
 * the simulator's shortcuts (`sim.addInvoice`, `sim.setStatus`, `sim.updateInvoice`).
 */
import type { ProviderId } from '../../src-shared/domain';
import { makeAdded } from './data/base';
import type { NeutralStatus, NewBaseOptions } from './data/base';
import { unsupported } from './data/model';
import { MODELS } from './data/models';
import type { WireMap } from './data/models';
import type { TenantState } from './tenants';

export type NewInvoiceOptions = NewBaseOptions;

/** Keeps a tenant's records newest first (stable for equal times). */
export function sortNewestFirst<P extends ProviderId>(tenant: TenantState<P>): void {
  const model = MODELS[tenant.provider];
  const keyed = tenant.invoices.map((item, index) => ({ item, index, ms: model.createdMs(item) }));
  keyed.sort((a, b) => b.ms - a.ms || a.index - b.index);
  tenant.invoices = keyed.map((k) => k.item);
}

/** The record with this provider id (Vast: metadata.invoice_id; Opterius: numeric id; others: string id). */
export function findInvoice<P extends ProviderId>(tenant: TenantState<P>, id: string | number): WireMap[P] | undefined {
  const model = MODELS[tenant.provider];
  return tenant.invoices.find((item) => model.idOf(item) === String(id));
}

function mustFind<P extends ProviderId>(tenant: TenantState<P>, id: string | number): WireMap[P] {
  const item = findInvoice(tenant, id);
  if (item === undefined) throw new Error(`simulator: ${tenant.provider} tenant has no invoice ${String(id)}`);
  return item;
}

/** The provider id of a record. */
export function idOf<P extends ProviderId>(provider: P, item: WireMap[P]): string {
  return MODELS[provider].idOf(item);
}

/** Adds a new newest invoice (open, due in 14 days, created at the tenant's now unless told) and returns it. */
export function addInvoice<P extends ProviderId>(tenant: TenantState<P>, opts: NewInvoiceOptions = {}): WireMap[P] {
  const model = MODELS[tenant.provider];
  const status = opts.status ?? 'open';
  if (!model.statuses.includes(status)) throw unsupported(tenant.provider, status);
  const newest = tenant.invoices[0];
  const newestMs = newest === undefined ? null : model.createdMs(newest);
  const seq = tenant.nextSeq;
  tenant.nextSeq += 1;
  const base = makeAdded(tenant.provider, tenant.seed, seq, newestMs, tenant.nowMs, { ...opts, status }, tenant.currencies);
  const item = model.build(base, tenant.ctx);
  tenant.invoices.unshift(item);
  sortNewestFirst(tenant);
  return item;
}

/** Moves an invoice to a status (neutral words: open, paid, void, uncollectible, draft), stamping times at `atMs`. */
export function setStatus<P extends ProviderId>(tenant: TenantState<P>, id: string | number, status: NeutralStatus, atMs: number = tenant.nowMs): WireMap[P] {
  const model = MODELS[tenant.provider];
  if (!model.statuses.includes(status) && !(tenant.provider === 'opterius' && status === 'uncollectible')) throw unsupported(tenant.provider, status);
  const item = mustFind(tenant, id);
  model.setStatus(item, status, atMs, { ...tenant.ctx, nowMs: tenant.nowMs });
  return item;
}

/** Patches a record in place with `fn` (any wire field, e.g. a raw provider status) and returns it. */
export function updateInvoice<P extends ProviderId>(tenant: TenantState<P>, id: string | number, fn: (item: WireMap[P]) => void): WireMap[P] {
  const item = mustFind(tenant, id);
  fn(item);
  sortNewestFirst(tenant);
  return item;
}
