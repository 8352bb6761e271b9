/** Request counters, so benchmarks and tests can count what a sync cost. */
import type { ProviderId } from '../../src-shared/domain';

export interface SimStats {
  /** Every request the server received (including auth failures, 404s and PDFs). */
  total: number;
  byProvider: Record<ProviderId, number>;
  /** Authenticated requests (and PDF downloads) per tenant label (default `${provider}:${secret}`). */
  byTenant: Record<string, number>;
  /** Per URL path without the query ("/gpuoutlet/v1/billing/invoices", "/files/onepin/inv_X.pdf"). */
  byPath: Record<string, number>;
  /** Per response status ("200", "429", ...); a reset connection counts as "reset". */
  byStatus: Record<string, number>;
  /** Requests answered with a real rate limit (not injected). */
  rateLimited: number;
  /** Effects a test interceptor (fault injection) applied; always 0 in the product. */
  faultsApplied: number;
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

export class StatsRecorder {
  private data: SimStats = StatsRecorder.empty();

  static empty(): SimStats {
    return {
      total: 0,
      byProvider: { gpuoutlet: 0, vastai: 0, opterius: 0, onepin: 0, commet: 0 },
      byTenant: {},
      byPath: {},
      byStatus: {},
      rateLimited: 0,
      faultsApplied: 0,
    };
  }

  request(path: string, provider: ProviderId | null): void {
    this.data.total += 1;
    bump(this.data.byPath, path);
    if (provider) this.data.byProvider[provider] += 1;
  }

  tenant(label: string): void {
    bump(this.data.byTenant, label);
  }

  status(status: number | string): void {
    bump(this.data.byStatus, String(status));
  }

  rateLimited(): void {
    this.data.rateLimited += 1;
  }

  intercepted(count: number): void {
    this.data.faultsApplied += count;
  }

  snapshot(): SimStats {
    return structuredClone(this.data);
  }

  reset(): void {
    this.data = StatsRecorder.empty();
  }
}
