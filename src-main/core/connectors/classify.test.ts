import { describe, expect, it } from 'vitest';
import { classifyWith, redact, retryAfterIso } from './classify';
import type { ErrorSpec } from './classify';

const NOW = Date.UTC(2026, 5, 10);

describe('redact', () => {
  it('removes the exact secret and things that look like secrets', () => {
    expect(redact('key my-plain-secret-1 is wrong', 'my-plain-secret-1')).toBe('key [hidden] is wrong');
    expect(redact('Authorization: Bearer abc.def')).toBe('Authorization: [hidden]');
    expect(redact('got bearer abc.def here')).toBe('got bearer [hidden] here');
    expect(redact('cookie sid=s%3Aabc123; Path=/')).toBe('cookie sid=[hidden]; Path=/');
    expect(redact('token ot_live_9f8e7d6c5b4a rejected')).toBe('token [hidden] rejected');
    expect(redact('jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig')).toBe('jwt [hidden]');
    expect(redact('id 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a')).toBe('id [hidden]');
  });

  it('keeps ordinary text, drops HTML and shortens long text', () => {
    expect(redact('Invalid date range')).toBe('Invalid date range');
    expect(redact('<!DOCTYPE html><html><body>502</body></html>')).toBeNull();
    expect(redact('   ')).toBeNull();
    expect(redact(null)).toBeNull();
    expect(redact('word '.repeat(100))?.length).toBeLessThanOrEqual(201);
  });
});

describe('retryAfterIso', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterIso(new Headers({ 'retry-after': '120' }), NOW)).toBe('2026-06-10T00:02:00.000Z');
    expect(retryAfterIso(new Headers({ 'retry-after': '120' }), undefined)).toBeNull();
    expect(retryAfterIso(new Headers({ 'retry-after': 'Wed, 10 Jun 2026 00:05:00 GMT' }), undefined)).toBe('2026-06-10T00:05:00.000Z');
    expect(retryAfterIso(new Headers({ 'retry-after': 'soon' }), NOW)).toBeNull();
    expect(retryAfterIso(new Headers(), NOW)).toBeNull();
  });
});

describe('classifyWith', () => {
  const spec: ErrorSpec = {
    name: 'Example',
    read: (text) => ({ code: text === 'teapot' ? 'auth_error' : null, message: text }),
    authMessage: (host) => `Example${host === null ? '' : ` at ${host}`} rejected the key.`,
    codeKinds: { auth_error: 'auth' },
  };

  it('lets the provider code decide a 404 and a 200-with-error', () => {
    expect(classifyWith(spec, { status: 404, bodyText: 'teapot', headers: new Headers() }).kind).toBe('auth');
    expect(classifyWith(spec, { status: 0, bodyText: 'teapot', headers: new Headers() }).kind).toBe('auth');
    expect(classifyWith(spec, { status: 0, bodyText: 'other', headers: new Headers() }).kind).toBe('bad_response');
  });

  it('says "wait until" for a far HTTP-date Retry-After without a clock', () => {
    const info = classifyWith(spec, { status: 429, bodyText: '', headers: new Headers({ 'retry-after': 'Wed, 10 Jun 2026 03:00:00 GMT' }) });
    expect(info.message).toBe('Example is rate limiting requests: wait until 03:00 UTC and sync again.');
  });
});
