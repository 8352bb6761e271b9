import { describe, expect, it } from 'vitest';
import { invoice } from '../reminders/test-support';
import { bearerHeaders, buildUrl, hostOf, lookupKind, mapStatus, safeUrl, splitByStatus, WordNotes } from './map-helpers';

describe('safeUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeUrl('https://invoice.stripe.com/i/acct_test/abc')).toBe('https://invoice.stripe.com/i/acct_test/abc');
    expect(safeUrl('  http://127.0.0.1:4010/pdf/1  ')).toBe('http://127.0.0.1:4010/pdf/1');
    expect(safeUrl('HTTPS://Example.COM/x')).toBe('https://example.com/x');
  });

  it('drops hostile, relative and empty values', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'file:///etc/passwd',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'blob:https://example.com/uuid',
      'ftp://example.com/file.pdf',
      'chrome://settings',
      '/relative/path.pdf',
      '//evil.example.com/x',
      'not a url',
      '',
      null,
      undefined,
    ];
    for (const value of hostile) expect(safeUrl(value)).toBeNull();
  });
});

describe('mapStatus', () => {
  const table = { open: 'open', paid: 'paid', unpaid: 'open' } as const;

  const owed = { paidAt: null, amountDue: 500 };

  it('maps known words case-insensitively and never guesses an unknown word as open', () => {
    expect(mapStatus('PAID', table, owed)).toBe('paid');
    expect(mapStatus(' unpaid ', table, owed)).toBe('open');
    expect(mapStatus('refunded', table, owed)).toBe('unknown');
    expect(mapStatus('constructor', table, owed)).toBe('unknown');
    expect(mapStatus('__proto__', table, owed)).toBe('unknown');
    expect(mapStatus('frozen', table, { paidAt: null, amountDue: null })).toBe('unknown');
  });

  it('lets a paid time or nothing left to pay settle an unknown word as paid, never a known one', () => {
    expect(mapStatus('frozen', table, { paidAt: '2026-06-01T00:00:00.000Z', amountDue: 500 })).toBe('paid');
    expect(mapStatus('frozen', table, { paidAt: null, amountDue: 0 })).toBe('paid');
    expect(mapStatus('open', table, { paidAt: '2026-06-01T00:00:00.000Z', amountDue: 0 })).toBe('open');
  });
});

describe('kinds and word notes', () => {
  it('looks kinds up case-insensitively, with nothing inherited', () => {
    const table = { topup: 'prepayment' } as const;
    expect(lookupKind(' TopUp ', table)).toBe('prepayment');
    expect(lookupKind('toString', table)).toBeUndefined();
    expect(lookupKind(null, table)).toBeUndefined();
  });

  it('groups notes by word and adds the unknown statuses of the invoices', () => {
    const notes = new WordNotes();
    notes.type('gift', 'a:1', 'other');
    notes.type('gift', 'a:2', 'other');
    const frozen = invoice({ accountId: 'a', providerInvoiceId: '3', status: 'unknown', rawStatus: 'frozen' });
    expect(notes.list([frozen, invoice({ accountId: 'a', providerInvoiceId: '4' })])).toEqual([
      { subject: 'type', word: 'gift', treatedAs: 'other', invoiceIds: ['a:1', 'a:2'] },
      { subject: 'status', word: 'frozen', treatedAs: 'unknown', invoiceIds: ['a:3'] },
    ]);
  });
});

describe('request helpers', () => {
  it('builds URLs with encoded query values and no doubled slash', () => {
    expect(buildUrl('https://x.test/', '/api', [['a', 'b c&d'], ['e', '{"f":1}']])).toBe('https://x.test/api?a=b+c%26d&e=%7B%22f%22%3A1%7D');
    expect(buildUrl('https://x.test/base', '/api', [])).toBe('https://x.test/base/api');
  });

  it('builds bearer headers from a trimmed secret', () => {
    expect(bearerHeaders('  tok  ', 'onepin')).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok' });
  });

  it('splits money by status and reads hosts', () => {
    expect(splitByStatus(500, 'open')).toEqual({ amountDue: 500, amountPaid: 0 });
    expect(splitByStatus(500, 'overdue')).toEqual({ amountDue: 500, amountPaid: 0 });
    expect(splitByStatus(500, 'paid')).toEqual({ amountDue: 0, amountPaid: 500 });
    expect(splitByStatus(500, 'void')).toEqual({ amountDue: 0, amountPaid: 0 });
    // Unknown: nothing says it was paid, so the amount stays due (it is still not counted: not payable).
    expect(splitByStatus(500, 'unknown')).toEqual({ amountDue: 500, amountPaid: 0 });
    expect(splitByStatus(500, 'open', 'credit_note')).toEqual({ amountDue: 0, amountPaid: 0 });
    expect(hostOf('https://billing.example.com:8443/x')).toBe('billing.example.com:8443');
    expect(hostOf('nope')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });
});
