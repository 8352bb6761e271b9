/**
 * Vast.ai list parameters: each query value is JSON-encoded (select_filters, order_by, latest_first,
 * limit, after_token), as the official client sends them. Parsing and filtering live here.
 */
import type { VastRecord } from '../data/vastai';

export interface VastWhen {
  gte?: number;
  lte?: number;
  gt?: number;
  lt?: number;
}

export interface VastServiceFilter {
  eq?: string;
  neq?: string;
  in?: string[];
  notin?: string[];
}

export interface VastOrder {
  col: 'paid_on' | 'amount_cents' | 'when';
  dir: 'asc' | 'desc';
}

export interface VastQuery {
  when: VastWhen;
  service: VastServiceFilter | null;
  order: VastOrder[];
  limit: number;
  afterToken: string | null;
}

export type VastParse = { ok: true; query: VastQuery } | { ok: false; reason: 'date_range' | 'filters' };

const DEFAULT_LIMIT = 60;
const MAX_LIMIT = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A query value: JSON when it parses, else the raw text. undefined when absent. */
export function jsonParam(url: URL, name: string): unknown {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function parseWhen(value: unknown): VastWhen | null {
  if (!isRecord(value)) return null;
  const when: VastWhen = {};
  for (const op of ['gte', 'lte', 'gt', 'lt'] as const) {
    const v = value[op];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    when[op] = v;
  }
  if (Object.keys(when).length === 0) return null;
  const low = when.gte ?? when.gt ?? -Infinity;
  const high = when.lte ?? when.lt ?? Infinity;
  return low > high ? null : when;
}

function parseService(value: unknown): VastServiceFilter | null | 'bad' {
  if (value === undefined) return null;
  if (!isRecord(value)) return 'bad';
  const out: VastServiceFilter = {};
  const { eq, neq } = value;
  const list = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (eq !== undefined) {
    if (typeof eq !== 'string') return 'bad';
    out.eq = eq;
  }
  if (neq !== undefined) {
    if (typeof neq !== 'string') return 'bad';
    out.neq = neq;
  }
  if (value.in !== undefined) {
    if (!list(value.in)) return 'bad';
    out.in = value.in;
  }
  if (value.notin !== undefined) {
    if (!list(value.notin)) return 'bad';
    out.notin = value.notin;
  }
  return out;
}

function parseOrder(value: unknown, latestFirst: boolean): VastOrder[] {
  const entries = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: VastOrder[] = [];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const { col, dir } = entry;
    if (col !== 'paid_on' && col !== 'amount_cents' && col !== 'when') continue;
    out.push({ col, dir: dir === 'asc' ? 'asc' : 'desc' });
  }
  return out.length > 0 ? out : [{ col: 'when', dir: latestFirst ? 'desc' : 'asc' }];
}

export function parseVastQuery(url: URL): VastParse {
  const filters = jsonParam(url, 'select_filters');
  if (!isRecord(filters)) return { ok: false, reason: 'date_range' };
  const when = parseWhen(filters.when);
  if (!when) return { ok: false, reason: 'date_range' };
  const service = parseService(filters.service);
  if (service === 'bad') return { ok: false, reason: 'filters' };
  const latest = jsonParam(url, 'latest_first');
  const latestFirst = !(latest === false || latest === 'false');
  const rawLimit = Number(jsonParam(url, 'limit') ?? DEFAULT_LIMIT);
  const limit = Number.isFinite(rawLimit) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(rawLimit))) : DEFAULT_LIMIT;
  const token = jsonParam(url, 'after_token');
  const afterToken = token === undefined || token === null || token === '' ? null : String(token);
  return { ok: true, query: { when, service, order: parseOrder(jsonParam(url, 'order_by'), latestFirst), limit, afterToken } };
}

export function matches(record: VastRecord, q: VastQuery): boolean {
  const t = record.start;
  const { gte, lte, gt, lt } = q.when;
  if ((gte !== undefined && t < gte) || (lte !== undefined && t > lte) || (gt !== undefined && t <= gt) || (lt !== undefined && t >= lt)) return false;
  const s = q.service;
  const service = record.metadata.service;
  if (s) {
    if (s.eq !== undefined && service !== s.eq) return false;
    if (s.neq !== undefined && service === s.neq) return false;
    if (s.in !== undefined && !s.in.includes(service)) return false;
    if (s.notin !== undefined && s.notin.includes(service)) return false;
  }
  return true;
}

function key(record: VastRecord, col: VastOrder['col']): number {
  if (col === 'when') return record.start;
  if (col === 'amount_cents') return Math.round(record.amount * 100);
  return record.end ?? -Infinity;
}

/** Sorts a copy by the requested columns; ties fall back to newest first, then invoice id. */
export function sortRecords(records: readonly VastRecord[], order: readonly VastOrder[]): VastRecord[] {
  return [...records].sort((a, b) => {
    for (const { col, dir } of order) {
      const ka = key(a, col);
      const kb = key(b, col);
      if (ka !== kb) return (ka < kb ? -1 : 1) * (dir === 'asc' ? 1 : -1);
    }
    return b.start - a.start || b.metadata.invoice_id - a.metadata.invoice_id;
  });
}
