import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isUserFacingError } from '../errors';
import { describeValue, formatPath, idText, minorUnits, parseBody, parseProviderTime } from './schema-helpers';

describe('parseProviderTime', () => {
  it('canonical UTC (the fast path) agrees with a Date round trip, impossible dates included', () => {
    const cases = [
      '2026-06-07T04:14:22Z', '2026-06-07T04:14:22.5Z', '2026-06-07T04:14:22.123Z', '2024-02-29T00:00:00Z',
      '2026-02-29T00:00:00Z', '2026-02-31T00:00:00Z', '2026-06-07T24:00:00Z', '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z', '2026-06-00T00:00:00Z', '1900-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2026-12-31T23:59:59.999Z',
    ];
    for (const value of cases) {
      const ms = Date.parse(value);
      const reference = Number.isNaN(ms) || !new Date(ms).toISOString().startsWith(value.slice(0, 19)) ? null : new Date(ms).toISOString();
      expect(parseProviderTime(value, false), value).toBe(reference);
    }
  });

  it('normalizes date-times to ISO UTC with milliseconds', () => {
    expect(parseProviderTime('2026-04-08T14:33:10Z', false)).toBe('2026-04-08T14:33:10.000Z');
    expect(parseProviderTime('2026-04-08T14:33:10.123456789Z', false)).toBe('2026-04-08T14:33:10.123Z');
    expect(parseProviderTime('2026-04-08T16:33:10+02:00', false)).toBe('2026-04-08T14:33:10.000Z');
    expect(parseProviderTime('2026-04-08T16:33:10+0200', false)).toBe('2026-04-08T14:33:10.000Z');
    expect(parseProviderTime('2026-04-08T16:33:10+02', false)).toBe('2026-04-08T14:33:10.000Z');
    expect(parseProviderTime('2026-04-08 14:33:10', false)).toBe('2026-04-08T14:33:10.000Z');
    expect(parseProviderTime('2026-04-08T14:33', false)).toBe('2026-04-08T14:33:00.000Z');
  });

  it('keeps a calendar date only when asked', () => {
    expect(parseProviderTime('2026-05-01', true)).toBe('2026-05-01');
    expect(parseProviderTime('2026-05-01', false)).toBe('2026-05-01T00:00:00.000Z');
    expect(parseProviderTime('2026-05-01T10:00:00Z', true)).toBe('2026-05-01T10:00:00.000Z');
  });

  it('rejects impossible and unparseable values', () => {
    for (const value of ['2026-02-31', '2026-13-01', '2026-04-08T24:00:00Z', 'yesterday', '1', '', '2026/04/08']) {
      expect(parseProviderTime(value, true)).toBeNull();
    }
  });
});

describe('zod issues to badResponse', () => {
  const schema = z.object({ data: z.array(z.object({ id: idText, amountCents: minorUnits, 'odd key': z.string().optional() })) });

  it('formats paths like code', () => {
    expect(formatPath(['data', 3, 'amountCents'])).toBe('data[3].amountCents');
    expect(formatPath(['data', 0, 'odd key'])).toBe('data[0]["odd key"]');
    expect(formatPath([])).toBe('(response body)');
  });

  it('describes what was there', () => {
    expect(describeValue(undefined)).toBe('nothing (the field is missing)');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(12.5)).toBe('number 12.5');
    expect(describeValue('x'.repeat(50))).toBe(`string "${'x'.repeat(40)}…"`);
  });

  it('throws a bad_response naming provider, page, field and problem', () => {
    const body = { data: [{ id: 'a', amountCents: 1 }, { id: 'b', amountCents: 2 }, { id: 'c', amountCents: 3 }, { id: 'd', amountCents: '4' }] };
    try {
      parseBody(schema, body, 'GPU Outlet', 'page 2');
      expect.unreachable();
    } catch (error) {
      expect(isUserFacingError(error)).toBe(true);
      if (!isUserFacingError(error)) return;
      expect(error.kind).toBe('bad_response');
      expect(error.info.action).toBe('contact_provider');
      expect(error.message).toContain('GPU Outlet sent a response we could not read (page 2, field "data[3].amountCents": expected integer, got string "4")');
      expect(error.detail).toBe('GPU Outlet page 2 data[3].amountCents: expected integer, got string "4"');
    }
  });

  it('describes a wrong body type and an empty id', () => {
    expect(() => parseBody(schema, 'oops', 'Commet', 'page 1')).toThrow(/field "\(response body\)": expected an object, got string "oops"/);
    expect(() => parseBody(schema, { data: [{ id: '', amountCents: 1 }] }, 'Commet', 'page 1')).toThrow(/data\[0\]\.id/);
    expect(parseBody(schema, { data: [{ id: 7, amountCents: 1, extra: true }] }, 'Commet', 'page 1')).toEqual({ data: [{ id: '7', amountCents: 1 }] });
  });
});
