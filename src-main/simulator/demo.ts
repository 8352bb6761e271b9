/** The demo workspace's tenants: one per provider, a few dozen to ~100 invoices each. */
import type { TenantSpec } from './tenants';

export const DEMO_TENANTS: readonly TenantSpec[] = [
  { provider: 'gpuoutlet', secret: 'demo-gpuoutlet-sid', invoiceCount: 60, seed: 1001, label: 'demo-gpuoutlet' },
  { provider: 'vastai', secret: 'demo-vastai-key', invoiceCount: 80, seed: 2002, label: 'demo-vastai' },
  { provider: 'opterius', secret: 'demo-opterius-token', invoiceCount: 45, seed: 3003, label: 'demo-opterius' },
  { provider: 'onepin', secret: 'demo-onepin-token', invoiceCount: 30, seed: 4004, label: 'demo-onepin' },
  { provider: 'commet', secret: 'demo-commet-key', invoiceCount: 100, seed: 5005, label: 'demo-commet' },
];
