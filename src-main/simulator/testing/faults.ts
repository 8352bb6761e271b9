/**
 * Fault injection (test-only: never imported by product code). A fault is scoped (provider, tenant secret, list or PDF requests, one page, the
 * nth matching request) and counted (`times`, default unlimited). Each request resolves the active
 * faults into one plan: added latency, an early reply (429, 5xx, 401), a broken body, page effects.
 */
import type { ProviderId } from '../../../src-shared/domain';
import type { InterceptedRequest } from '../intercept';

type FaultTarget = 'list' | 'pdf' | 'any';

interface FaultScope {
  /** Only this provider (default: every provider). */
  provider?: ProviderId;
  /** Only the tenant with this secret (default: every tenant of the scope). */
  secret?: string;
  /** Which requests: invoice list pages (default), PDF downloads, or both. */
  target?: FaultTarget;
  /** How many requests it affects before it is spent (default: unlimited). */
  times?: number;
  /** Only requests for this page (1-based; cursor pages are counted from the first page). */
  page?: number;
  /** Only the nth request matching provider/secret/target, counted from when the fault was added (1-based). */
  request?: number;
}

type DriftChange = 'amountAsString' | 'missingField' | 'unknownStatus' | 'extraField';

export type FaultEffect =
  /** Adds `ms` before answering. */
  | { kind: 'latency'; ms: number }
  /** 429. `retryAfter` seconds (default 1; null = no Retry-After header), sent as seconds or an HTTP date. */
  | { kind: 'rateLimit'; retryAfter?: number | null; retryAfterFormat?: 'seconds' | 'http-date' }
  /** 500/502/503 (default 500). Body: the provider's JSON error (default for 500) or an nginx HTML page (default for 502/503). */
  | { kind: 'serverError'; status?: 500 | 502 | 503; body?: 'json' | 'html' }
  /** The provider's auth failure, as if the credential had been revoked or expired. */
  | { kind: 'unauthorized' }
  /** Sends the headers and half the body, then destroys the socket. */
  | { kind: 'resetMidBody' }
  /** 200 with a body that is not JSON: cut in the middle (default), an HTML page, or empty. */
  | { kind: 'malformedJson'; variant?: 'truncated' | 'html' | 'empty' }
  /** Changes items: amount as a string, a field removed (default: the id field), status "frozen", or an extra field. */
  | { kind: 'schemaDrift'; change: DriftChange; field?: string; allItems?: boolean }
  /** The item just before the page's first item is repeated at the top of the page (page N's last shows again on N+1). */
  | { kind: 'duplicateAcrossPages' }
  /** The next cursor points back to the first page (forever while the fault lasts); see README for page-numbered providers. */
  | { kind: 'repeatingCursor' }
  /** Page-numbered providers (Opterius): the server ignores `?page=` and answers page 1, and its meta says page 1. */
  | { kind: 'ignorePage' }
  /** URL fields become javascript:/file:/data: URLs and free-text fields carry an HTML payload. */
  | { kind: 'hostileUrls' };

type FaultSpec = FaultScope & FaultEffect;

interface FaultHandle {
  readonly id: number;
  /** Requests it has affected so far. */
  readonly hits: number;
  /** Requests it may still affect (Infinity when unlimited). */
  readonly remaining: number;
  remove(): void;
}

/** The `faults` member of a test simulator. */
export interface FaultControl {
  add(spec: FaultSpec): FaultHandle;
  clear(): void;
  list(): { id: number; spec: FaultSpec; hits: number; remaining: number }[];
}

export interface PageEffects {
  duplicate: boolean;
  repeatCursor: boolean;
  ignorePage: boolean;
  drift: Extract<FaultEffect, { kind: 'schemaDrift' }>[];
  hostile: boolean;
}

export type EarlyReply = Extract<FaultEffect, { kind: 'rateLimit' | 'serverError' | 'unauthorized' }>;
export type BodyFault = Extract<FaultEffect, { kind: 'resetMidBody' | 'malformedJson' }>;

interface FaultPlan {
  latencyMs: number;
  reply: EarlyReply | null;
  body: BodyFault | null;
  page: PageEffects;
  /** How many faults this request consumed. */
  applied: number;
}

interface ActiveFault {
  id: number;
  spec: FaultSpec;
  seen: number;
  hits: number;
  remaining: number;
}

function isEarly(spec: FaultSpec): boolean {
  return spec.kind === 'rateLimit' || spec.kind === 'serverError' || spec.kind === 'unauthorized';
}

export function noPageEffects(): PageEffects {
  return { duplicate: false, repeatCursor: false, ignorePage: false, drift: [], hostile: false };
}

export class FaultRegistry {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): FaultHandle {
    const times = spec.times ?? Infinity;
    if (!(times >= 0)) throw new RangeError('simulator: fault times must be >= 0');
    const fault: ActiveFault = { id: this.nextId, spec: { ...spec }, seen: 0, hits: 0, remaining: times };
    this.nextId += 1;
    this.faults.push(fault);
    return {
      id: fault.id,
      get hits() {
        return fault.hits;
      },
      get remaining() {
        return fault.remaining;
      },
      remove: () => {
        this.faults = this.faults.filter((f) => f !== fault);
      },
    };
  }

  clear(): void {
    this.faults = [];
  }

  list(): { id: number; spec: FaultSpec; hits: number; remaining: number }[] {
    return this.faults.map((f) => ({ id: f.id, spec: { ...f.spec }, hits: f.hits, remaining: f.remaining }));
  }

  /** Decides what happens to one request and spends the faults it uses. */
  resolve(req: InterceptedRequest): FaultPlan {
    const plan: FaultPlan = { latencyMs: 0, reply: null, body: null, page: noPageEffects(), applied: 0 };
    const candidates: ActiveFault[] = [];
    for (const fault of this.faults) {
      const { spec } = fault;
      const target = spec.target ?? 'list';
      if (spec.provider !== undefined && spec.provider !== req.provider) continue;
      if (spec.secret !== undefined && spec.secret !== req.secret) continue;
      if (target !== 'any' && target !== req.target) continue;
      fault.seen += 1;
      if (fault.remaining <= 0) continue;
      if (spec.request !== undefined && spec.request !== fault.seen) continue;
      if (spec.page !== undefined && spec.page !== req.page) continue;
      candidates.push(fault);
    }
    // An early reply (429, 5xx, 401) replaces the page: only latency faults are spent alongside it.
    const early = candidates.some((f) => isEarly(f.spec));
    for (const fault of candidates) {
      if (early && !isEarly(fault.spec) && fault.spec.kind !== 'latency') continue;
      if (!this.apply(plan, fault.spec)) continue;
      fault.remaining -= 1;
      fault.hits += 1;
      plan.applied += 1;
    }
    return plan;
  }

  /** Adds one fault's effect to the plan; false when an earlier fault already took that slot. */
  private apply(plan: FaultPlan, spec: FaultSpec): boolean {
    switch (spec.kind) {
      case 'latency':
        plan.latencyMs += Math.max(0, spec.ms);
        return true;
      case 'rateLimit':
      case 'serverError':
      case 'unauthorized':
        if (plan.reply) return false;
        plan.reply = spec;
        return true;
      case 'resetMidBody':
      case 'malformedJson':
        if (plan.body) return false;
        plan.body = spec;
        return true;
      case 'schemaDrift':
        plan.page.drift.push(spec);
        return true;
      case 'duplicateAcrossPages':
        plan.page.duplicate = true;
        return true;
      case 'repeatingCursor':
        plan.page.repeatCursor = true;
        return true;
      case 'ignorePage':
        plan.page.ignorePage = true;
        return true;
      case 'hostileUrls':
        plan.page.hostile = true;
        return true;
    }
  }
}
