/**
 * Plugs the fault registry into the simulator's interceptor seam: each request's fault plan becomes a
 * delay, an early reply in the provider's shape, a broken body writer and page shaping.
 */
import type { ServerResponse } from 'node:http';
import { text, writeWhole } from '../http';
import type { SimResponse } from '../http';
import type { InterceptedRequest, Interception, ProviderReplies, RequestInterceptor, ResponseWriter } from '../intercept';
import type { BodyFault, EarlyReply, FaultRegistry } from './faults';
import { EFFECT_FIELDS } from './hostile-fields';
import { applyItemEffects } from './item-effects';

/** What nginx says in front of a sick app server. */
function gatewayPage(status: number): SimResponse {
  const title = status === 502 ? '502 Bad Gateway' : status === 503 ? '503 Service Temporarily Unavailable' : `${status} Internal Server Error`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

function retryAfterValue(seconds: number | null, format: 'seconds' | 'http-date' | undefined, nowMs: number): string | null {
  if (seconds === null) return null;
  return format === 'http-date' ? new Date(nowMs + seconds * 1000).toUTCString() : String(seconds);
}

function earlyReply(reply: EarlyReply, request: InterceptedRequest, provider: ProviderReplies, nowMs: number): SimResponse {
  switch (reply.kind) {
    case 'rateLimit': {
      const seconds = reply.retryAfter === undefined ? provider.defaultRetryAfter : reply.retryAfter;
      return provider.rateLimited(retryAfterValue(seconds, reply.retryAfterFormat, nowMs));
    }
    case 'serverError': {
      const status = reply.status ?? 500;
      const body = reply.body ?? (status === 500 ? 'json' : 'html');
      return body === 'json' ? provider.serverError(status) : gatewayPage(status);
    }
    case 'unauthorized':
      // A PDF link is signed, not authenticated: an expired one is a plain 403.
      return request.target === 'pdf' ? text(403, 'Forbidden') : provider.unknownCredential();
  }
}

function malformed(body: Buffer, variant: 'truncated' | 'html' | 'empty'): Buffer {
  if (variant === 'empty') return Buffer.alloc(0);
  if (variant === 'html') return Buffer.from('<!DOCTYPE html><html><body><h1>Welcome</h1><p>Please sign in to continue.</p></body></html>');
  // A proper prefix of a JSON object or array is never valid JSON.
  const cut = Math.max(1, Math.min(body.length - 1, Math.floor(body.length * 0.6)));
  return body.subarray(0, cut);
}

/** Sends the headers (full length) and half the body, then destroys the socket. */
function resetMidBody(res: ServerResponse, response: SimResponse, body: Buffer): Promise<void> {
  return new Promise((resolve) => {
    res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
      setImmediate(() => {
        res.socket?.destroy();
        resolve();
      });
    });
  });
}

function bodyWriter(fault: BodyFault): ResponseWriter {
  if (fault.kind === 'resetMidBody') return { statusKey: 'reset', write: resetMidBody };
  const variant = fault.variant ?? 'truncated';
  return { statusKey: null, write: (res, response, body) => writeWhole(res, response, malformed(body, variant)) };
}

export function faultInterceptor(registry: FaultRegistry): RequestInterceptor {
  return {
    intercept(request): Interception {
      const plan = registry.resolve(request);
      const { reply, page } = plan;
      return {
        delayMs: plan.latencyMs,
        reply: reply ? (provider, nowMs) => earlyReply(reply, request, provider, nowMs) : null,
        page: {
          duplicate: page.duplicate,
          repeatCursor: page.repeatCursor,
          ignorePage: page.ignorePage,
          items: (items) => applyItemEffects(items, page, EFFECT_FIELDS[request.provider]),
        },
        writer: plan.body ? bodyWriter(plan.body) : null,
        applied: plan.applied,
      };
    },
  };
}
