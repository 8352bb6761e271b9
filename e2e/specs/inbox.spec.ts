/**
 * The renderer end to end, in Chromium through the web host, against the provider simulator: add an
 * account through the UI, sync, filter to overdue EUR and check the totals against the data, open a
 * detail, see the PDF drawn, pay with "p", go offline and keep browsing. Screenshots of the inbox in
 * light and dark are kept under test-results/, and axe must find nothing serious.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import type { Simulator } from '../../src-main/simulator/testing';
import type { InvoiceInboxApi } from '../../src-shared/contract';
import type { InboxRowView } from '../../src-shared/domain';
import { PROVIDER_IDS, type ProviderId } from '../../src-shared/domain';
import { allRows, call, expect, findable, invoke, money, owed, simAccount, test } from '../fixtures';

const KEYCHAIN_SKIP = 'no Secret Service: run inside e2e/keyring/with-secret-service.sh (npm run test:e2e does)';

/** Adds simulator accounts through the API (setup, not the thing under test); skips without a keychain. */
async function addAccounts(page: Page, sim: Simulator, providers: readonly ProviderId[]): Promise<void> {
  for (const provider of providers) {
    const { baseUrl, secret } = simAccount(sim, provider);
    const added = await invoke(page, 'accounts:add', { provider, label: `Sim ${provider}`, baseUrl, secret });
    test.skip(!added.ok && added.error.code === 'keychain_unavailable', KEYCHAIN_SKIP);
    if (!added.ok) throw new Error(added.error.message);
  }
}

/**
 * Accounts added (main syncs a new account at once), then the page reloaded: it shows the workspace at
 * once. Resolves with the synced rows once every account synced and the list shows them all.
 */
async function startWithAccounts(page: Page, sim: Simulator, providers: readonly ProviderId[]): Promise<InboxRowView[]> {
  await addAccounts(page, sim, providers);
  await expect.poll(async () => (await call(page, 'sync:status', {})).map((s) => s.phase), { timeout: 60_000 }).toEqual(providers.map(() => 'ok'));
  await page.reload();
  const rows = await allRows(page);
  await expect(page.getByRole('grid', { name: 'Invoices' })).toHaveAttribute('aria-rowcount', String(rows.length + 1));
  await expect(page.getByRole('button', { name: 'Sync all now' })).toBeVisible();
  return rows;
}

/** Listens for the next sync:finished on the page before the UI starts a sync; await the result after. */
async function nextSyncFinished(page: Page): Promise<() => Promise<{ ok: boolean; kind: string | null }[]>> {
  await page.evaluate(() => {
    const api = (window as unknown as { invoiceInbox: InvoiceInboxApi }).invoiceInbox;
    const w = window as unknown as { __syncDone?: Promise<unknown> };
    w.__syncDone = new Promise((resolve) => {
      const off = api.on('sync:finished', (payload) => {
        off();
        resolve(payload.results.map((r) => ({ ok: r.ok, kind: r.error?.kind ?? null })));
      });
    });
  });
  return () => page.evaluate(() => (window as unknown as { __syncDone: Promise<{ ok: boolean; kind: string | null }[]> }).__syncDone);
}

/** An invoice with a number (openBySearch types it) that the search box finds alone. */
function numbered(invoices: readonly InboxRowView[], wanted: (invoice: InboxRowView) => boolean): InboxRowView | undefined {
  return findable(invoices, (i) => i.number !== null && wanted(i));
}

/** Finds one invoice with the search box and opens it from the keyboard (/, type, Esc, j, Enter). */
async function openBySearch(page: Page, invoice: InboxRowView): Promise<void> {
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search invoices' }).fill(invoice.number ?? '');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('grid', { name: 'Invoices' })).toHaveAttribute('aria-rowcount', '2');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Invoice details' }).getByRole('heading', { name: `Invoice ${invoice.number}` })).toBeVisible();
}

/** True once the PDF canvas holds a real drawing (enough non-white, non-transparent pixels). */
async function waitForDrawnCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.pdf-canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!data) return false;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 0 && ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235)) inked += 1;
    }
    return inked > 500;
  });
}

async function screenshotBothThemes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const path = testInfo.outputPath(`${name}-${colorScheme}.png`);
    await page.screenshot({ path, fullPage: false });
    await testInfo.attach(`${name}-${colorScheme}`, { path, contentType: 'image/png' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(serious).toEqual([]);
}

test.describe('inbox (renderer in Chromium)', () => {
  // A desktop-sized window: the full filter bar and summary (smaller windows have their own layout spec).
  test.use({ viewport: { width: 1400, height: 900 } });

  test('adds an account through the UI and sees its invoices after a sync', async ({ page, sim }) => {
    const { baseUrl, secret } = simAccount(sim, 'opterius');
    await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Add an account' }).click();
    const form = page.getByRole('form', { name: 'Add an account' });
    await form.getByRole('radio', { name: /Opterius/ }).check();
    await expect(form.getByText(/API tokens > Create/)).toBeVisible();
    await form.getByLabel('Label').fill('Hosting EU');
    await form.getByLabel('Portal address (base URL)').fill(baseUrl);
    const secretField = form.getByLabel('API token', { exact: true });
    await expect(secretField).toHaveAttribute('type', 'password');
    await secretField.fill(secret);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByText(/Connection works/)).toBeVisible();

    await form.getByRole('button', { name: 'Add account' }).click();
    const card = page.getByRole('listitem', { name: 'Hosting EU (Opterius)' });
    await expect(card.or(form.getByRole('alert'))).toBeVisible();
    if (!(await card.isVisible())) {
      const message = (await form.getByRole('alert').textContent()) ?? '';
      test.skip(/keychain|secret service/i.test(message), KEYCHAIN_SKIP);
      throw new Error(`adding the account failed: ${message}`);
    }
    await expect(card.getByText(/^Synced /)).toBeVisible();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: /^Inbox/ }).click();
    await expect(page.getByRole('grid', { name: 'Invoices' })).toHaveAttribute('aria-rowcount', '25');
    await expect(page.getByRole('grid', { name: 'Invoices' }).getByText('Hosting EU').first()).toBeVisible();
  });

  test('sync, overdue EUR totals match the data, detail, PDF drawn, p pays, themes and axe', async ({ page, sim, host }, testInfo) => {
    // The data's dates are relative to now, and "overdue" starts the local day after the due day, so
    // whether a generated invoice is overdue or due today depends on the time of day: add one EUR
    // invoice three days overdue so the view is never empty.
    sim.addInvoice('opterius', simAccount(sim, 'opterius').secret, { currency: 'EUR', dueMs: Date.now() - 3 * 86_400_000 });
    await startWithAccounts(page, sim, PROVIDER_IDS);
    const done = await nextSyncFinished(page);
    await page.getByRole('button', { name: 'Sync all now' }).click();
    expect((await done()).every((r) => r.ok)).toBe(true);

    const invoices = await allRows(page);
    const grid = page.getByRole('grid', { name: 'Invoices' });
    await expect(grid).toHaveAttribute('aria-rowcount', String(invoices.length + 1));
    await screenshotBothThemes(page, testInfo, 'inbox');
    await expectNoSeriousAxeViolations(page, 'inbox');

    // The Overdue view in EUR: the rows and the amount owed must match the data, no other currency appears.
    const overdueEur = invoices.filter((i) => i.kind === 'invoice' && i.state === 'overdue' && i.currency === 'EUR');
    expect(overdueEur.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Overdue', exact: true }).click();
    await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
    await expect(grid).toHaveAttribute('aria-rowcount', String(overdueEur.length + 1));
    const totals = page.getByRole('list', { name: 'Amount due per currency' });
    await expect(totals.getByRole('listitem')).toHaveCount(1);
    const due = owed(overdueEur, 'EUR');
    await expect(totals.getByRole('listitem')).toContainText(await money(page, due.amount, 'EUR'));
    await expect(totals.getByRole('listitem')).toContainText(`${due.count} open`);
    await expect(page.getByText(`${overdueEur.length} ${overdueEur.length === 1 ? 'invoice' : 'invoices'}`, { exact: true })).toBeVisible();
    const aging = page.getByRole('table', { name: /Open amounts by days past due/ });
    await expect(aging.getByRole('rowheader')).toHaveText(['EUR']);

    // An unpaid bill with a pay link and a PDF (overdue EUR when there is one), opened from the keyboard.
    const payLinks = new Map<string, string>();
    for (const row of invoices.filter((i) => i.payable && i.hasPdf).slice(0, 40)) {
      const { payUrl: link } = (await call(page, 'invoices:get', { invoiceId: row.id })).invoice;
      if (link !== null) payLinks.set(row.id, link);
    }
    const payable = (i: InboxRowView) => payLinks.has(i.id);
    const target = numbered(invoices, (i) => payable(i) && overdueEur.includes(i)) ?? numbered(invoices, payable);
    if (!target) throw new Error('the simulator data has no unpaid invoice with a pay link and a PDF');
    const payUrl = payLinks.get(target.id);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await openBySearch(page, target);
    const detail = page.getByRole('complementary', { name: 'Invoice details' });
    await expect(detail.getByText(await money(page, target.amountDue, target.currency)).first()).toBeVisible();

    await page.keyboard.press('o');
    await expect(detail.getByText('Page 1 of')).toBeVisible();
    await waitForDrawnCanvas(page);
    await detail.getByRole('button', { name: 'Zoom in' }).click();
    await waitForDrawnCanvas(page);
    await expectNoSeriousAxeViolations(page, 'detail with PDF');
    await screenshotBothThemes(page, testInfo, 'detail-pdf');

    await page.keyboard.press('p');
    await expect.poll(async () => (await host.openedLinks()).map((l) => [l.which, l.url])).toEqual([['pay', payUrl]]);
    await expect(page.getByText('Opened the payment page in your browser.')).toBeVisible();
    // Back from the provider's page: "Did you pay?" marks it paid, and it leaves what is owed at once.
    const prompt = page.getByRole('dialog', { name: `Did you pay ${target.number}?` });
    await prompt.getByRole('button', { name: 'I paid it' }).click();
    await expect(detail.getByText(/waiting for .* to confirm/)).toBeVisible();
  });

  test('offline: the simulator stops, a banner says so, and the inbox, details and seen PDFs stay', async ({ page, sim }) => {
    // GPU Outlet and OnePin give PDFs.
    const invoices = await startWithAccounts(page, sim, ['gpuoutlet', 'onepin']);
    const rowcount = String(invoices.length + 1);
    const grid = page.getByRole('grid', { name: 'Invoices' });

    // Look at one PDF while online.
    const seen = numbered(invoices, (i) => i.hasPdf);
    if (!seen) throw new Error('the simulator data has no PDF');
    await openBySearch(page, seen);
    const detail = page.getByRole('complementary', { name: 'Invoice details' });
    await page.keyboard.press('o');
    await waitForDrawnCanvas(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await sim.close();
    const failed = await nextSyncFinished(page);
    await page.getByRole('button', { name: 'Sync all now' }).click();
    expect((await failed()).every((r) => !r.ok && r.kind === 'network')).toBe(true);
    await expect(page.getByText(/^Offline — showing invoices from/)).toBeVisible();
    await expect(grid).toHaveAttribute('aria-rowcount', rowcount);

    // Still browsable: filters, details, and the PDF seen before.
    await page.getByRole('button', { name: 'Overdue', exact: true }).click();
    await page.getByRole('button', { name: 'Unpaid', exact: true }).click();
    await grid.focus(); // Enter on the focused view button would press that button
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await expect(detail).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await openBySearch(page, seen);
    await page.keyboard.press('o');
    await waitForDrawnCanvas(page);

    // A restart while offline starts from the cache.
    await page.reload();
    await expect(page.getByText(/^Offline — showing invoices from/)).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Invoices' })).toHaveAttribute('aria-rowcount', rowcount);
  });
});
