/** Helpers for the simulator's own tests: one page walker per pagination style, plain fetch. */
import type { ProviderId } from '../../src-shared/domain';
import type { Simulator } from './simulator';

export const NOW = Date.parse('2026-06-15T12:00:00.000Z');

export type Json = Record<string, unknown>;

export function authHeaders(provider: ProviderId, secret: string): Record<string, string> {
  switch (provider) {
    case 'gpuoutlet':
      return { cookie: `sid=${secret}` };
    case 'commet':
      return { 'x-api-key': secret };
    default:
      return { authorization: `Bearer ${secret}` };
  }
}

export const LIST_PATH: Record<ProviderId, string> = {
  gpuoutlet: '/v1/billing/invoices',
  vastai: '/api/v1/invoices/',
  opterius: '/api/v1/invoices',
  onepin: '/api/v1/users/me/invoices',
  commet: '/api/v1/invoices',
};

export interface Got {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

/** GET a list page: `params` become the query string. */
export async function get(sim: Simulator, provider: ProviderId, secret: string | null, params: Record<string, string> = {}): Promise<Got> {
  const query = new URLSearchParams(params).toString();
  const url = `${sim.baseUrl(provider)}${LIST_PATH[provider]}${query ? `?${query}` : ''}`;
  const res = await fetch(url, { headers: secret === null ? {} : authHeaders(provider, secret) });
  const text = await res.text();
  let json: Json = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) json = parsed as Json;
  } catch {
    json = {};
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function records(value: unknown): Json[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value as Json[];
}

export const ALL_TIME = { when: { gte: 0, lte: 4_000_000_000 } };

/** Vast params, each JSON-encoded as the official client sends them. */
export function vastParams(selectFilters: object = ALL_TIME, extra: Record<string, unknown> = {}): Record<string, string> {
  const out: Record<string, string> = { select_filters: JSON.stringify(selectFilters) };
  for (const [key, value] of Object.entries(extra)) out[key] = JSON.stringify(value);
  return out;
}

export interface Walk {
  items: Json[];
  pages: number;
}

const MAX_PAGES = 500;

/** Follows a provider's pagination to the end and returns every item in order. */
export async function walk(sim: Simulator, provider: ProviderId, secret: string, params: Record<string, string> = {}): Promise<Walk> {
  const items: Json[] = [];
  let pages = 0;
  let next: Record<string, string> | null = { ...params };
  while (next !== null) {
    if (pages >= MAX_PAGES) throw new Error('pagination did not end');
    const page = await get(sim, provider, secret, next);
    if (page.status !== 200) throw new Error(`page ${pages + 1}: HTTP ${page.status} ${page.text.slice(0, 200)}`);
    pages += 1;
    const body = page.json;
    switch (provider) {
      case 'gpuoutlet': {
        items.push(...records(body.data));
        next = typeof body.nextCursor === 'string' ? { ...params, cursor: body.nextCursor } : null;
        break;
      }
      case 'vastai': {
        items.push(...records(body.results));
        next = typeof body.next_token === 'string' ? { ...params, after_token: JSON.stringify(body.next_token) } : null;
        break;
      }
      case 'opterius': {
        items.push(...records(body.data));
        const meta = body.meta as { current_page: number; last_page: number };
        next = meta.current_page < meta.last_page ? { ...params, page: String(meta.current_page + 1) } : null;
        break;
      }
      case 'onepin': {
        const data = body.data as { invoices: unknown; has_more: boolean };
        const list = records(data.invoices);
        items.push(...list);
        const last = list[list.length - 1];
        next = data.has_more && last ? { ...params, starting_after: String(last.id) } : null;
        break;
      }
      case 'commet': {
        items.push(...records(body.data));
        next = body.hasMore === true && typeof body.nextCursor === 'string' ? { ...params, cursor: body.nextCursor } : null;
        break;
      }
    }
  }
  return { items, pages };
}

/** The provider id of a wire item as the client sees it. */
export function wireId(provider: ProviderId, item: Json): string {
  if (provider === 'vastai') return String((item.metadata as { invoice_id: number }).invoice_id);
  return String(item.id);
}
