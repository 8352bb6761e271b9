/** Real (not injected) rate limits: sliding windows (GPU Outlet, Commet) and a minimum gap (Vast). */

export interface WindowLimit {
  limit: number;
  windowMs: number;
}

export interface WindowVerdict {
  allowed: boolean;
  /** The tightest window's limit (for X-RateLimit-Limit / RateLimit-Limit). */
  limit: number;
  remaining: number;
  /** When the binding window frees a slot (ms since epoch). */
  resetMs: number;
}

/** Counts accepted requests per key in one or more sliding windows; rejected requests are not counted. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly windows: readonly WindowLimit[]) {
    this.longest = Math.max(0, ...windows.map((w) => w.windowMs));
  }

  check(key: string, nowMs: number): WindowVerdict {
    const kept = (this.hits.get(key) ?? []).filter((t) => t > nowMs - this.longest);
    let verdict: WindowVerdict | null = null;
    for (const w of this.windows) {
      const inWindow = kept.filter((t) => t > nowMs - w.windowMs);
      const oldest = inWindow[0] ?? nowMs;
      const remaining = w.limit - inWindow.length;
      const candidate: WindowVerdict = { allowed: remaining > 0, limit: w.limit, remaining: Math.max(0, remaining - 1), resetMs: oldest + w.windowMs };
      if (!candidate.allowed) candidate.remaining = 0;
      if (verdict === null || (!candidate.allowed && verdict.allowed) || (candidate.allowed === verdict.allowed && candidate.remaining < verdict.remaining)) verdict = candidate;
    }
    const result = verdict ?? { allowed: true, limit: Infinity, remaining: Infinity, resetMs: nowMs };
    if (result.allowed) kept.push(nowMs);
    this.hits.set(key, kept);
    return result;
  }

  reset(): void {
    this.hits.clear();
  }
}

/** Requires `gapMs` between two accepted requests per key; a rejected request does not move the clock. */
export class MinGapLimiter {
  private readonly last = new Map<string, number>();

  constructor(private readonly gapMs: number) {}

  check(key: string, nowMs: number): boolean {
    if (this.gapMs <= 0) return true;
    const previous = this.last.get(key);
    if (previous !== undefined && nowMs - previous < this.gapMs) return false;
    this.last.set(key, nowMs);
    return true;
  }

  reset(): void {
    this.last.clear();
  }
}
