/**
 * The numbers finance trusts, end to end in Chromium through the web host: credits and top-ups never
 * count as owed, "I paid this" leaves the totals at once, a bill without a due date has its own aging
 * bucket, and an invoice due today is "Due today" in the inbox, in reminders and in `cli due` alike.
 * Expectations come from the rows themselves (kind, state, amounts), never from the totals under test.
 */
import type { Page } from '@playwright/test';
import { allRows, call, cliDue, expect, findable, invoke, isOwed, money, nameOf, owed, simAccount, test } from '../fixtures';

const dueTotal = (page: Page, currency: string) => page.getByRole('list', { name: 'Amount due per currency' }).locator(`li[data-currency="${currency}"] .currency-due`);

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search invoices' }).fill(text);
  await expect(page.getByRole('grid', { name: 'Invoices' })).toHaveAttribute('data-search', text);
}

test.describe('on the demo workspace', () => {
  test.use({ hostArgs: ['--demo'], viewport: { width: 1400, height: 900 } });

  test('Vast.ai credits, top-ups and refunds are shown as such and stay outside what is owed', async ({ page }) => {
    const rows = await allRows(page);
    const credits = rows.filter((row) => row.provider === 'vastai' && row.kind !== 'invoice');
    expect(credits.length, 'the demo has Vast.ai credits and top-ups').toBeGreaterThan(0);
    expect(credits.every((row) => !row.payable)).toBe(true);
    const usd = owed(rows, 'USD');
    // What a status-only reading would have called due: every open USD record, credits included.
    const naive = rows.filter((row) => row.currency === 'USD' && (row.status === 'open' || row.status === 'overdue')).reduce((sum, row) => sum + row.amountDue, 0);
    expect(usd.amount).toBeLessThan(naive);
    await expect(dueTotal(page, 'USD')).toHaveText(await money(page, usd.amount, 'USD'));

    const credit = findable(credits, () => true);
    if (!credit) throw new Error('no Vast.ai credit the search finds alone');
    await search(page, nameOf(credit));
    const row = page.getByRole('grid', { name: 'Invoices' }).getByRole('row').nth(1);
    await expect(row).toContainText(credit.kind === 'prepayment' ? 'Prepayment / top-up' : credit.kind === 'refund' ? 'Refund' : /Credit note|Other/);
    // Nothing owed on it: the strip shows no due amount for this search.
    await expect(page.getByRole('list', { name: 'Amount due per currency' }).getByText(/0 open/)).toBeVisible();
  });

  test('"I paid this" in the detail pane leaves the totals at once; undo brings it back', async ({ page }) => {
    const rows = await allRows(page);
    const target = findable(rows, (row) => isOwed(row) && row.currency === 'USD' && row.amountDue > 0);
    if (!target) throw new Error('no owed USD bill the search finds alone');
    const before = owed(rows, 'USD').amount;
    await expect(dueTotal(page, 'USD')).toHaveText(await money(page, before, 'USD'));

    await search(page, nameOf(target));
    await page.getByRole('grid', { name: 'Invoices' }).getByText(nameOf(target), { exact: true }).click();
    const detail = page.getByRole('complementary', { name: 'Invoice details' });
    await detail.getByRole('button', { name: 'I paid this' }).click();
    await expect(detail.getByText(/Marked paid on .*, waiting for .* to confirm\./)).toBeVisible();
    await detail.getByText('History (1)').click();
    await expect(detail.getByText(/said “I paid this”/)).toBeVisible();
    await search(page, '');
    await expect(dueTotal(page, 'USD')).toHaveText(await money(page, before - target.amountDue, 'USD'));
    expect(owed(await allRows(page), 'USD').amount).toBe(before - target.amountDue);

    await page.locator('.toast-region').getByRole('button', { name: 'Undo' }).click();
    await expect(dueTotal(page, 'USD')).toHaveText(await money(page, before, 'USD'));
  });

  test('bills without a due date have their own aging bucket, never "Current"', async ({ page }) => {
    const rows = await allRows(page);
    const undated = rows.filter((row) => isOwed(row) && row.dueAt === null);
    expect(undated.length, 'the demo has owed bills without a due date (OnePin)').toBeGreaterThan(0);
    const currency = undated[0]?.currency ?? 'USD';
    const amount = undated.filter((row) => row.currency === currency).reduce((sum, row) => sum + row.amountDue, 0);
    const agingRow = page.locator('table.aging tr').filter({ has: page.getByRole('rowheader', { name: currency, exact: true }) });
    await expect(agingRow.locator('td[data-bucket="none"] .aging-amount')).toHaveText(await money(page, amount, currency));
    const current = rows.filter((row) => isOwed(row) && row.currency === currency && row.dueAt !== null && (row.state === 'open' || row.state === 'due_today'));
    const currentText = await money(page, current.reduce((sum, row) => sum + row.amountDue, 0), currency);
    await expect(agingRow.locator('td[data-bucket="current"] .aging-amount')).toHaveText(current.length === 0 ? '—' : currentText);
    // Filtering to the state shows exactly them.
    await page.getByRole('group', { name: 'Filters and sort' }).getByRole('button', { name: /^Status:/ }).click();
    await page.getByRole('dialog', { name: 'Status' }).getByRole('checkbox', { name: 'No due date' }).check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('grid', { name: 'Invoices' })).toHaveAttribute('aria-rowcount', String(rows.filter((row) => row.state === 'no_due_date').length + 1));
  });
});

test('an invoice due today is "Due today" in the inbox, in reminders and in `cli due` alike', async ({ page, sim, host }) => {
  const { baseUrl, secret } = simAccount(sim, 'gpuoutlet');
  sim.addInvoice('gpuoutlet', secret, { currency: 'USD', dueMs: Date.now(), amount: 4321 });
  const added = await invoke(page, 'accounts:add', { provider: 'gpuoutlet', label: 'Research cluster', baseUrl, secret });
  test.skip(!added.ok && added.error.code === 'keychain_unavailable', 'no Secret Service: run inside e2e/keyring/with-secret-service.sh');
  if (!added.ok) throw new Error(added.error.message);
  await expect.poll(async () => (await call(page, 'sync:status', {})).map((s) => s.phase), { timeout: 60_000 }).toEqual(['ok']);
  await page.reload();
  const rows = await allRows(page);
  const today = findable(rows, (row) => row.state === 'due_today' && row.amountDue === 4321);
  if (!today) throw new Error('the invoice due today is not in the inbox');

  await search(page, nameOf(today));
  await expect(page.getByRole('grid', { name: 'Invoices' }).getByRole('row').nth(1)).toContainText('Due today');

  const printed = (await cliDue(host.dataDir)).find((item) => item.invoiceId === today.id);
  expect(printed?.state).toBe('due_today');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reminders' }).click();
  const item = page.getByRole('list', { name: 'Due invoices' }).getByRole('listitem', { name: `Invoice ${nameOf(today)}` });
  await expect(item).toContainText('Due today');
  // Not also "overdue" anywhere: the one status function everywhere.
  await expect(item).not.toContainText(/overdue/i);
});
