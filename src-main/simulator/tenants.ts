/** Tenants: one (provider, secret) pair with its generated invoices, kept in memory, newest first. */
import type { ProviderId } from '../../src-shared/domain';
import { generateBase } from './data/base';
import type { GenContext } from './data/model';
import { MODELS } from './data/models';
import type { WireMap } from './data/models';

export interface TenantSpec<P extends ProviderId = ProviderId> {
  provider: P;
  /** The credential: GPU Outlet sid cookie, Vast/Opterius/OnePin bearer token, Commet x-api-key. */
  secret: string;
  invoiceCount: number;
  seed: number;
  /** The clock the data is generated around (ms, ISO string or Date); defaults to the simulator's `now`. */
  now?: number | string | Date;
  /** Commet only: 'legacy' = {success, data, hasMore, nextCursor} (default); 'list' = {object:"list", ...} without line items. */
  shape?: 'legacy' | 'list';
  /** Currencies to draw from (default: USD for GPU Outlet and Vast; USD, EUR, GBP, JPY for the others). */
  currencies?: string[];
  /** Name used in stats().byTenant; default `${provider}:${secret}`. */
  label?: string;
}

export interface TenantState<P extends ProviderId = ProviderId> {
  readonly provider: P;
  readonly secret: string;
  readonly label: string;
  readonly seed: number;
  /** The tenant's clock (used by addInvoice/setStatus defaults and Opterius overdue). */
  nowMs: number;
  shape: 'legacy' | 'list';
  readonly currencies: readonly string[];
  /** Wire records, newest first. Mutate through sim.mutate() so order is kept. */
  invoices: WireMap[P][];
  /** The next invoice sequence number (1 = oldest generated). */
  nextSeq: number;
  readonly ctx: GenContext;
}

export type AnyTenant = { [P in ProviderId]: TenantState<P> }[ProviderId];

export interface TenantInfo {
  provider: ProviderId;
  secret: string;
  label: string;
  invoiceCount: number;
  baseUrl: string;
  now: string;
}

type TenantMaps = { [P in ProviderId]: Map<string, TenantState<P>> };

export function toMs(now: number | string | Date): number {
  const ms = typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`simulator: bad "now": ${String(now)}`);
  return ms;
}

export function buildTenant<P extends ProviderId>(spec: TenantSpec<P>, origin: string, defaultNowMs: number): TenantState<P> {
  const model = MODELS[spec.provider];
  const nowMs = spec.now === undefined ? defaultNowMs : toMs(spec.now);
  if (!Number.isInteger(spec.invoiceCount) || spec.invoiceCount < 0) throw new RangeError('simulator: invoiceCount must be an integer >= 0');
  const currencies = spec.currencies ?? model.currencies;
  const ctx: GenContext = { provider: spec.provider, seed: spec.seed, nowMs, origin };
  const base = generateBase({ provider: spec.provider, seed: spec.seed, count: spec.invoiceCount, nowMs, statuses: model.statuses, currencies });
  return {
    provider: spec.provider,
    secret: spec.secret,
    label: spec.label ?? `${spec.provider}:${spec.secret}`,
    seed: spec.seed,
    nowMs,
    shape: spec.shape ?? 'legacy',
    currencies,
    invoices: base.map((b) => model.build(b, ctx)),
    nextSeq: spec.invoiceCount + 1,
    ctx,
  };
}

export class TenantRegistry {
  private readonly maps: TenantMaps = { gpuoutlet: new Map(), vastai: new Map(), opterius: new Map(), onepin: new Map(), commet: new Map() };

  constructor(
    private readonly origin: string,
    private readonly defaultNowMs: () => number,
  ) {}

  add<P extends ProviderId>(spec: TenantSpec<P>): TenantState<P> {
    const map: Map<string, TenantState<P>> = this.maps[spec.provider];
    if (map.has(spec.secret)) throw new Error(`simulator: ${spec.provider} already has a tenant with that secret`);
    const tenant = buildTenant(spec, this.origin, this.defaultNowMs());
    map.set(spec.secret, tenant);
    return tenant;
  }

  get<P extends ProviderId>(provider: P, secret: string): TenantState<P> | undefined {
    const map: Map<string, TenantState<P>> = this.maps[provider];
    return map.get(secret);
  }

  require<P extends ProviderId>(provider: P, secret: string): TenantState<P> {
    const tenant = this.get(provider, secret);
    if (!tenant) throw new Error(`simulator: no ${provider} tenant with that secret`);
    return tenant;
  }

  remove(provider: ProviderId, secret: string): boolean {
    return this.maps[provider].delete(secret);
  }

  list(): AnyTenant[] {
    const m = this.maps;
    return [...m.gpuoutlet.values(), ...m.vastai.values(), ...m.opterius.values(), ...m.onepin.values(), ...m.commet.values()];
  }

  listOf<P extends ProviderId>(provider: P): TenantState<P>[] {
    const map: Map<string, TenantState<P>> = this.maps[provider];
    return [...map.values()];
  }

  /** The tenant and record with this provider invoice id (for PDF downloads, which carry no credential). */
  findInvoice<P extends ProviderId>(provider: P, id: string): { tenant: TenantState<P>; item: WireMap[P] } | undefined {
    const model = MODELS[provider];
    for (const tenant of this.listOf(provider)) {
      const item = tenant.invoices.find((inv) => model.idOf(inv) === id);
      if (item) return { tenant, item };
    }
    return undefined;
  }

  info(tenant: Pick<TenantState, 'provider' | 'secret' | 'label' | 'nowMs'> & { invoices: readonly unknown[] }): TenantInfo {
    return {
      provider: tenant.provider,
      secret: tenant.secret,
      label: tenant.label,
      invoiceCount: tenant.invoices.length,
      baseUrl: `${this.origin}/${tenant.provider}`,
      now: new Date(tenant.nowMs).toISOString(),
    };
  }
}
