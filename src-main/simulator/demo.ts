/** The demo workspace's provider server: one tenant per provider, a few dozen to ~100 invoices each. */
import { DAY_MS } from './data/base';
import { startSimulator } from './simulator';
import type { Simulator, SimulatorOptions } from './simulator';
import type { TenantSpec } from './tenants';

export const DEMO_TENANTS: readonly TenantSpec[] = [
  { provider: 'gpuoutlet', secret: 'demo-gpuoutlet-sid', invoiceCount: 60, seed: 1001, label: 'demo-gpuoutlet' },
  { provider: 'vastai', secret: 'demo-vastai-key', invoiceCount: 80, seed: 2002, label: 'demo-vastai' },
  { provider: 'opterius', secret: 'demo-opterius-token', invoiceCount: 45, seed: 3003, label: 'demo-opterius' },
  { provider: 'onepin', secret: 'demo-onepin-token', invoiceCount: 30, seed: 4004, label: 'demo-onepin' },
  { provider: 'commet', secret: 'demo-commet-key', invoiceCount: 100, seed: 5005, label: 'demo-commet' },
];

type DemoServerOptions = Pick<SimulatorOptions, 'port' | 'latencyMs' | 'now'>;

/**
 * The moment the demo's invoices are generated as of: the start of the UTC day. Every process that
 * starts the demo that day serves the same invoices (their ids are made from their creation times), so
 * a PDF link or an invoice saved by one process is found by the next one's simulator.
 */
export function demoAsOf(nowMs: number): number {
  return Math.floor(nowMs / DAY_MS) * DAY_MS;
}

/** Starts the simulator on 127.0.0.1 (a free port unless `port` says) with the demo tenants, as of today (demoAsOf). */
export function startDemoServer(options: DemoServerOptions = {}): Promise<Simulator> {
  return startSimulator({ now: demoAsOf(Date.now()), ...options, tenants: [...DEMO_TENANTS] });
}
