/** startSimulator(): one node:http server on 127.0.0.1 emulating all five provider APIs. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProviderId } from '../../src-shared/domain';
import type { NeutralStatus } from './data/base';
import type { WireMap } from './data/models';
import type { RequestInterceptor } from './intercept';
import { addInvoice, setStatus, sortNewestFirst, updateInvoice } from './mutations';
import type { NewInvoiceOptions } from './mutations';
import { commetRoute } from './routes/commet';
import type { CommetLimits } from './routes/commet';
import { gpuoutletRoute } from './routes/gpuoutlet';
import type { GpuOutletLimits } from './routes/gpuoutlet';
import { onepinRoute } from './routes/onepin';
import { opteriusRoute } from './routes/opterius';
import { vastaiRoute } from './routes/vastai';
import { createRequestListener } from './server';
import type { RouteTable } from './server';
import { StatsRecorder } from './stats';
import type { SimStats } from './stats';
import { TenantRegistry, toMs } from './tenants';
import type { TenantInfo, TenantSpec, TenantState } from './tenants';

export interface SimulatorOptions {
  tenants?: TenantSpec[];
  /** Default clock for tenants that give none (ms, ISO or Date). Default: Date.now() when the tenant is added. */
  now?: number | string | Date;
  /** Default 0 (a free port). */
  port?: number;
  /** Latency added to every request, in ms (the benchmark uses 40). */
  latencyMs?: number;
  /** Vast.ai minimum gap between requests per key, in ms. Default 0 (off). */
  vastMinGapMs?: number;
  /** GPU Outlet limits per session. Default { perMinute: 100, perHour: 1000 }; false = off. */
  gpuoutletRateLimit?: GpuOutletLimits | false;
  /** Commet limit per key. Default { limit: 300, windowSec: 60 }; false = off. */
  commetRateLimit?: CommetLimits | false;
  /** Test-only fault injection (src-main/simulator/testing); none in the product. */
  interceptor?: RequestInterceptor;
}

export interface Simulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** An account's base URL for a provider: `${url}/<provider>`. */
  baseUrl(provider: ProviderId): string;
  /** The simulator's PDF URL for an invoice id. */
  pdfUrl(provider: ProviderId, id: string | number): string;
  close(): Promise<void>;
  addTenant<P extends ProviderId>(spec: TenantSpec<P>): TenantInfo;
  removeTenant(provider: ProviderId, secret: string): boolean;
  tenants(): TenantInfo[];
  /** The live tenant state (read it; change it through mutate()). */
  tenant<P extends ProviderId>(provider: P, secret: string): TenantState<P>;
  /** A deep copy of a tenant's wire records, newest first. */
  invoices<P extends ProviderId>(provider: P, secret: string): WireMap[P][];
  /** Runs `fn` on the live tenant, then restores newest-first order. */
  mutate<P extends ProviderId>(provider: P, secret: string, fn: (tenant: TenantState<P>) => void): void;
  addInvoice<P extends ProviderId>(provider: P, secret: string, opts?: NewInvoiceOptions): WireMap[P];
  setStatus<P extends ProviderId>(provider: P, secret: string, id: string | number, status: NeutralStatus, atMs?: number): WireMap[P];
  updateInvoice<P extends ProviderId>(provider: P, secret: string, id: string | number, fn: (item: WireMap[P]) => void): WireMap[P];
  setLatency(ms: number): void;
  stats(): SimStats;
  resetStats(): void;
  /** Forgets every real rate-limit window (GPU Outlet, Commet, Vast gap). */
  resetRateLimits(): void;
}

export const DEFAULT_GPUOUTLET_LIMITS: GpuOutletLimits = { perMinute: 100, perHour: 1000 };
export const DEFAULT_COMMET_LIMITS: CommetLimits = { limit: 300, windowSec: 60 };

function buildRoutes(options: SimulatorOptions): RouteTable {
  return {
    gpuoutlet: gpuoutletRoute(options.gpuoutletRateLimit ?? DEFAULT_GPUOUTLET_LIMITS),
    vastai: vastaiRoute(options.vastMinGapMs ?? 0),
    opterius: opteriusRoute(),
    onepin: onepinRoute(),
    commet: commetRoute(options.commetRateLimit ?? DEFAULT_COMMET_LIMITS),
  };
}

/** Resolvable sleeps, all released at close so no handler waits on a dead server. */
class Sleeper {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, ms);
      this.pending.set(timer, resolve);
    });
  }

  releaseAll(): void {
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve();
    }
    this.pending.clear();
  }
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const defaultNow = (): number => (options.now === undefined ? Date.now() : toMs(options.now));
  const registry = new TenantRegistry(url, defaultNow);
  const stats = new StatsRecorder();
  const sleeper = new Sleeper();
  let routes = buildRoutes(options);
  let latencyMs = options.latencyMs ?? 0;
  server.on(
    'request',
    createRequestListener({
      tenants: registry, interceptor: options.interceptor ?? null, stats, origin: url,
      routes: () => routes,
      latencyMs: () => latencyMs,
      sleep: (ms) => sleeper.sleep(ms),
      clock: () => Date.now(),
    }),
  );
  for (const spec of options.tenants ?? []) registry.add(spec);

  let closing: Promise<void> | null = null;
  const sim: Simulator = {
    url,
    port,
    baseUrl: (provider) => `${url}/${provider}`,
    pdfUrl: (provider, id) => `${url}/files/${provider}/${encodeURIComponent(String(id))}.pdf`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        sleeper.releaseAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
    addTenant: (spec) => registry.info(registry.add(spec)),
    removeTenant: (provider, secret) => registry.remove(provider, secret),
    tenants: () => registry.list().map((t) => registry.info(t)),
    tenant: (provider, secret) => registry.require(provider, secret),
    invoices: (provider, secret) => structuredClone(registry.require(provider, secret).invoices),
    mutate(provider, secret, fn) {
      const tenant = registry.require(provider, secret);
      fn(tenant);
      sortNewestFirst(tenant);
    },
    addInvoice: (provider, secret, opts) => addInvoice(registry.require(provider, secret), opts),
    setStatus: (provider, secret, id, status, atMs) => setStatus(registry.require(provider, secret), id, status, atMs),
    updateInvoice: (provider, secret, id, fn) => updateInvoice(registry.require(provider, secret), id, fn),
    setLatency: (ms) => {
      latencyMs = Math.max(0, ms);
    },
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    resetRateLimits: () => {
      routes = buildRoutes(options);
    },
  };
  return sim;
}
