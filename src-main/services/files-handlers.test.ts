import { describe, expect, it } from 'vitest';
import { PdfError } from '../core/pdf/errors';
import { dispatch } from './dispatch';
import { createCommandService } from './handlers';
import { harness, invoiceFixture, type Harness } from './test-support';

function withInvoice(overrides: Parameters<typeof invoiceFixture>[2] = {}): Harness {
  const h = harness();
  h.inbox.invoices = [invoiceFixture('acc1', 1, overrides)];
  return h;
}

describe('links:open', () => {
  it('opens the cached invoice pay link, never a URL sent by the renderer', async () => {
    const h = withInvoice();
    const result = await dispatch(createCommandService(h.deps).handlers, 'links:open', {
      invoiceId: 'acc1:in_1',
      which: 'pay',
      url: 'https://evil.example.com/phish',
    });
    expect(result).toEqual({ ok: true, value: { opened: true, url: 'https://pay.example.com/1' } });
    expect(h.opened).toEqual([{ url: 'https://pay.example.com/1', info: { invoiceId: 'acc1:in_1', which: 'pay' } }]);
  });

  it.each(['javascript:alert(1)', 'http://pay.example.com/1', 'file:///etc/passwd', 'data:text/html,hi'])('refuses %s', async (payUrl) => {
    const h = withInvoice({ payUrl });
    const result = await dispatch(createCommandService(h.deps).handlers, 'links:open', { invoiceId: 'acc1:in_1', which: 'pay' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("Open invoice INV-1 on the provider's site instead.");
    expect(h.opened).toHaveLength(0);
  });

  it('says when the provider gave no receipt link, and when the invoice is unknown', async () => {
    const h = withInvoice();
    const handlers = createCommandService(h.deps).handlers;
    expect(await dispatch(handlers, 'links:open', { invoiceId: 'acc1:in_1', which: 'receipt' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(handlers, 'links:open', { invoiceId: 'acc1:nope', which: 'pay' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(h.opened).toHaveLength(0);
  });
});

describe('pdf handlers', () => {
  it('returns the PDF as base64', async () => {
    const h = withInvoice();
    const result = await createCommandService(h.deps).handlers['pdf:fetch']({ invoiceId: 'acc1:in_1' });
    expect(Buffer.from(result.base64, 'base64').toString()).toBe('%PDF-1.4 fake');
    expect(result).toMatchObject({ size: 13, fromCache: false });
  });

  it('maps PDF errors to typed codes with the user message', async () => {
    const h = withInvoice();
    const handlers = createCommandService(h.deps).handlers;
    h.pdf.error = new PdfError('not_pdf', "The provider sent something that is not a PDF for invoice INV-1; open it on the provider's site instead.");
    expect(await dispatch(handlers, 'pdf:fetch', { invoiceId: 'acc1:in_1' })).toEqual({
      ok: false,
      error: { code: 'failed', message: "The provider sent something that is not a PDF for invoice INV-1; open it on the provider's site instead." },
    });
    h.pdf.error = new PdfError('network', 'offline');
    expect(await dispatch(handlers, 'pdf:fetch', { invoiceId: 'acc1:in_1' })).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('saves a copy and opens it externally from the cached file', async () => {
    const h = withInvoice();
    const handlers = createCommandService(h.deps).handlers;
    expect(await handlers['pdf:saveCopy']({ invoiceId: 'acc1:in_1' })).toEqual({ saved: true, path: '/downloads/INV-1.pdf' });
    expect(await handlers['pdf:openExternal']({ invoiceId: 'acc1:in_1' })).toEqual({ opened: true });
  });
});
