/**
 * The request pipeline: route by provider prefix, authenticate, apply real rate limits, validate,
 * ask the interceptor (tests' faults; none in the product), render, write. Provider specifics live in
 * routes/*; this file knows none of them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isProviderId } from '../../src-shared/domain';
import type { ProviderId } from '../../src-shared/domain';
import { MODELS } from './data/models';
import { json, send, text, withHeaders } from './http';
import type { SimResponse } from './http';
import { NO_INTERCEPTION } from './intercept';
import type { InterceptedRequest, Interception, RequestInterceptor, ResponseWriter } from './intercept';
import { invoicePdf } from './pdf';
import type { ProviderRoute } from './routes/types';
import type { StatsRecorder } from './stats';
import type { TenantRegistry } from './tenants';

export type RouteTable = { [P in ProviderId]: ProviderRoute<P> };

export interface PipelineDeps {
  tenants: TenantRegistry;
  /** Test-only fault injection; null in the product. */
  interceptor: RequestInterceptor | null;
  stats: StatsRecorder;
  routes: () => RouteTable;
  /** Every request's response time, measured from its arrival (the `latencyMs` option). */
  latencyMs: () => number;
  sleep: (ms: number) => Promise<void>;
  clock: () => number;
  origin: string;
}

interface Outcome {
  response: SimResponse;
  writer: ResponseWriter | null;
}

const PDF_PATH = /^\/files\/([a-z]+)\/([^/]+)\.pdf$/;

function plain(response: SimResponse): Outcome {
  return { response, writer: null };
}

/** Asks the interceptor (if any) about one request, counts what it used and waits its delay. */
async function intercept(deps: PipelineDeps, request: InterceptedRequest): Promise<Interception> {
  const plan = deps.interceptor?.intercept(request) ?? NO_INTERCEPTION;
  deps.stats.intercepted(plan.applied);
  if (plan.delayMs > 0) await deps.sleep(plan.delayMs);
  return plan;
}

async function serveList<P extends ProviderId>(deps: PipelineDeps, provider: P, subpath: string, url: URL, req: IncomingMessage): Promise<Outcome> {
  const route: ProviderRoute<P> = deps.routes()[provider];
  if (!route.isList(subpath)) return plain(route.notFound(url.pathname));
  const credential = route.credential(req.headers);
  if (credential.kind === 'reply') return plain(credential.response);
  const tenant = deps.tenants.get(provider, credential.secret);
  if (!tenant) return plain(route.unknownCredential());
  deps.stats.tenant(tenant.label);
  const limit = route.limit(tenant, deps.clock());
  if (limit.reply) {
    deps.stats.rateLimited();
    return plain(limit.reply);
  }
  const prepared = route.prepare(tenant, { url, headers: req.headers, clockMs: deps.clock() });
  if (prepared.kind === 'reply') return plain(withHeaders(prepared.response, limit.headers));
  const plan = await intercept(deps, { provider, secret: tenant.secret, target: 'list', page: prepared.page });
  if (plan.reply) return plain(withHeaders(plan.reply(route, deps.clock()), limit.headers));
  return { response: withHeaders(prepared.render(plan.page), limit.headers), writer: plan.writer };
}

async function servePdf<P extends ProviderId>(deps: PipelineDeps, provider: P, id: string): Promise<Outcome> {
  const found = deps.tenants.findInvoice(provider, id);
  if (!found) return plain(text(404, 'Not Found'));
  deps.stats.tenant(found.tenant.label);
  const plan = await intercept(deps, { provider, secret: found.tenant.secret, target: 'pdf', page: null });
  if (plan.reply) return plain(plan.reply(deps.routes()[provider], deps.clock()));
  const summary = MODELS[provider].summary(found.item);
  const response: SimResponse = {
    status: 200,
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${id.replace(/[^\w.-]/g, '_')}.pdf"` },
    body: invoicePdf(summary),
  };
  return { response, writer: plan.writer };
}

function index(deps: PipelineDeps): SimResponse {
  const providers = Object.fromEntries(Object.keys(deps.routes()).map((p) => [p, `${deps.origin}/${p}`]));
  return json(200, { simulator: 'invoice-inbox', providers, tenants: deps.tenants.list().map((t) => ({ provider: t.provider, label: t.label, invoiceCount: t.invoices.length })) });
}

async function route(deps: PipelineDeps, req: IncomingMessage, url: URL): Promise<Outcome> {
  const [, first = '', ...rest] = url.pathname.split('/');
  const provider = isProviderId(first) ? first : null;
  const second = rest[0] ?? '';
  deps.stats.request(url.pathname, provider ?? (first === 'files' && isProviderId(second) ? second : null));
  if (req.method !== 'GET') return plain(json(405, { error: 'method_not_allowed', message: `${req.method ?? '?'} is not supported here` }, { allow: 'GET' }));
  if (url.pathname === '/') return plain(index(deps));
  const pdf = PDF_PATH.exec(url.pathname);
  if (pdf) {
    const [, p = '', rawId = ''] = pdf;
    return isProviderId(p) ? servePdf(deps, p, decodeURIComponent(rawId)) : plain(text(404, 'Not Found'));
  }
  if (!provider) return plain(json(404, { error: 'not_found', message: `No route for ${url.pathname}` }));
  return serveList(deps, provider, `/${rest.join('/')}`, url, req);
}

/** The node:http request listener. */
export function createRequestListener(deps: PipelineDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', deps.origin);
    const arrived = performance.now();
    route(deps, req, url)
      .catch((err: unknown): Outcome => {
        console.error('[simulator] request failed:', err);
        return plain(json(500, { error: 'simulator_error', message: err instanceof Error ? err.message : String(err) }));
      })
      .then(async (outcome) => {
        // The `latencyMs` option is the provider's response time: measured from the request's arrival,
        // so the simulator's own work happens inside it rather than on top of it.
        const remaining = deps.latencyMs() - (performance.now() - arrived);
        if (remaining > 0) await deps.sleep(remaining);
        return outcome;
      })
      .then(async ({ response, writer }) => {
        deps.stats.status(writer?.statusKey ?? response.status);
        await send(res, response, writer);
      })
      .catch((err: unknown) => {
        console.error('[simulator] write failed:', err);
        res.destroy();
      });
  };
}
