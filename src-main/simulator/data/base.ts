/**
 * Provider-neutral invoice skeletons. Each provider's data module turns a BaseInvoice into its own
 * wire record; this file decides the realistic mix (ages, statuses, due dates, currencies, amounts).
 */
import type { ProviderId } from '../../../src-shared/domain';
import { rngFor } from '../prng';
import type { Rng } from '../prng';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The status vocabulary the simulator thinks in; each provider maps it to its own words. */
export const NEUTRAL_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export type NeutralStatus = (typeof NEUTRAL_STATUSES)[number];

export interface BaseInvoice {
  /** 1 = the oldest invoice of the tenant; added invoices continue the sequence. */
  seq: number;
  createdMs: number;
  status: NeutralStatus;
  dueMs: number;
  paidMs: number | null;
  voidedMs: number | null;
  currency: string;
  /** Integer minor units, > 0. */
  amount: number;
  /** 1-3 positive parts summing to `amount` (line items). */
  parts: number[];
}

export interface BaseOptions {
  provider: ProviderId;
  seed: number;
  count: number;
  nowMs: number;
  /** Statuses this provider knows; others are folded into the nearest allowed one. */
  statuses: readonly NeutralStatus[];
  currencies: readonly string[];
}

const CURRENCY_WEIGHT: Record<string, number> = { USD: 55, EUR: 22, GBP: 13, JPY: 10 };

/** Whole seconds: most providers print times without milliseconds. */
function sec(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

function fold(status: NeutralStatus, allowed: readonly NeutralStatus[]): NeutralStatus {
  if (allowed.includes(status)) return status;
  if (status === 'uncollectible' && allowed.includes('void')) return 'void';
  if (status === 'draft') return 'open';
  return 'paid';
}

function pickStatus(rng: Rng, ageIndex: number, ageDays: number, allowed: readonly NeutralStatus[]): NeutralStatus {
  // A few drafts among the newest where the provider has drafts: always the second newest, sometimes others.
  if (allowed.includes('draft') && (ageIndex === 1 || (ageDays < 6 && rng.chance(0.3)))) return 'draft';
  let status: NeutralStatus;
  if (ageDays <= 30) status = rng.weighted([['open', 45], ['paid', 52], ['void', 3]]);
  else if (ageDays <= 60) status = rng.weighted([['open', 22], ['paid', 72], ['void', 3], ['uncollectible', 3]]);
  else status = rng.weighted([['paid', 92], ['void', 5], ['uncollectible', 3]]);
  return fold(status, allowed);
}

/** A plausible amount in minor units: log-uniform from about 5 to 2,500 major units. */
export function pickAmount(rng: Rng, currency: string): number {
  const major = 5 * Math.exp(rng.next() * Math.log(500));
  if (currency === 'JPY') return Math.max(500, Math.round((major * 150) / 10) * 10);
  const style = rng.next();
  if (style < 0.25) return Math.max(100, Math.round(major) * 100);
  if (style < 0.4) return Math.max(50, Math.round(major * 2) * 50);
  return Math.max(1, Math.round(major * 100));
}

/** Splits `amount` into 1-3 positive parts that sum to it exactly. */
export function splitAmount(rng: Rng, amount: number): number[] {
  const wanted = rng.weighted([[1, 50], [2, 30], [3, 20]] as const);
  const k = amount >= wanted ? wanted : 1;
  const cuts = new Set<number>();
  while (cuts.size < k - 1) cuts.add(rng.int(1, amount - 1));
  const points = [0, ...[...cuts].sort((a, b) => a - b), amount];
  const parts: number[] = [];
  for (let i = 1; i < points.length; i += 1) parts.push((points[i] ?? 0) - (points[i - 1] ?? 0));
  return parts;
}

function pickCurrency(rng: Rng, currencies: readonly string[]): string {
  return rng.weighted(currencies.map((c) => [c, CURRENCY_WEIGHT[c] ?? 10] as const));
}

/** Timestamps for a status reached from `createdMs`, never after `nowMs`. */
export function settle(rng: Rng, status: NeutralStatus, createdMs: number, nowMs: number): Pick<BaseInvoice, 'paidMs' | 'voidedMs'> {
  const room = Math.max(0, nowMs - createdMs);
  if (status === 'paid') return { paidMs: sec(createdMs + Math.floor(rng.next() * Math.min(10 * DAY_MS, room))), voidedMs: null };
  if (status === 'void') return { paidMs: null, voidedMs: sec(createdMs + Math.floor(rng.next() * Math.min(20 * DAY_MS, room))) };
  return { paidMs: null, voidedMs: null };
}

/** Invoice `ageIndex` (0 = newest) of a tenant with `count` invoices: one per day going back. */
function makeOne(opts: BaseOptions, ageIndex: number): BaseInvoice {
  const seq = opts.count - ageIndex;
  const rng = rngFor(opts.seed, opts.provider, 'base', seq);
  const createdMs = sec(opts.nowMs - ageIndex * DAY_MS - rng.int(HOUR_MS, 20 * HOUR_MS));
  const ageDays = (opts.nowMs - createdMs) / DAY_MS;
  const status = pickStatus(rng, ageIndex, ageDays, opts.statuses);
  const dueMs =
    status === 'open'
      ? sec(Math.max(createdMs + DAY_MS, opts.nowMs + rng.int(-20, 30) * DAY_MS + rng.int(0, 23) * HOUR_MS))
      : createdMs + rng.pick([7, 14, 30]) * DAY_MS;
  const currency = pickCurrency(rng, opts.currencies);
  const amount = pickAmount(rng, currency);
  return { seq, createdMs, status, dueMs, ...settle(rng, status, createdMs, opts.nowMs), currency, amount, parts: splitAmount(rng, amount) };
}

/** `count` skeletons, newest first. */
export function generateBase(opts: BaseOptions): BaseInvoice[] {
  const out: BaseInvoice[] = [];
  for (let i = 0; i < opts.count; i += 1) out.push(makeOne(opts, i));
  return out;
}

export interface NewBaseOptions {
  status?: NeutralStatus;
  currency?: string;
  amount?: number;
  createdMs?: number;
  dueMs?: number;
}

/** A skeleton for an invoice added by a test: newest of all, open and due in 14 days unless told. */
export function makeAdded(provider: ProviderId, seed: number, seq: number, newestMs: number | null, nowMs: number, opts: NewBaseOptions, allowedCurrencies: readonly string[]): BaseInvoice {
  const rng = rngFor(seed, provider, 'added', seq);
  const createdMs = sec(opts.createdMs ?? Math.max(nowMs, (newestMs ?? 0) + 60_000));
  const status = opts.status ?? 'open';
  const currency = opts.currency ?? allowedCurrencies[0] ?? 'USD';
  const amount = opts.amount ?? pickAmount(rng, currency);
  const stamps = status === 'paid' ? { paidMs: createdMs, voidedMs: null } : status === 'void' ? { paidMs: null, voidedMs: createdMs } : { paidMs: null, voidedMs: null };
  return { seq, createdMs, status, dueMs: sec(opts.dueMs ?? createdMs + 14 * DAY_MS), ...stamps, currency, amount, parts: splitAmount(rng, amount) };
}

/** ISO 8601 UTC without milliseconds: "2026-06-07T04:14:22Z". */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Calendar day (UTC): "2026-06-07". */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
