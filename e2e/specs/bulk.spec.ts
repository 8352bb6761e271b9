/**
 * Bulk marks end to end, through the web host on the demo workspace in Chromium: three overdue bills
 * picked with the keyboard (x, shift+j), "I paid these" on the bulk action bar takes exactly their sum
 * off the due total per currency (on screen and in main's figures), and the toast's Undo puts it back.
 */
import type { Page } from '@playwright/test';
import type { InboxAggregates } from '../../src-shared/domain/inbox-query';
import { BUILTIN_VIEWS, type SavedView } from '../../src-renderer/features/inbox/views';
import { call, expect, isOwed, money, test } from '../fixtures';

test.use({ hostArgs: ['--demo'] });

function overdueView(): SavedView {
  const view = BUILTIN_VIEWS.find((candidate) => candidate.id === 'builtin:overdue');
  if (!view) throw new Error('no Overdue view');
  return view;
}
const OVERDUE = overdueView();

/** Main's due total per currency for the Overdue view (minor units). */
async function dueByCurrency(page: Page): Promise<Record<string, number>> {
  const { aggregates } = await call(page, 'invoices:query', { filter: OVERDUE.filter, sort: OVERDUE.sort, offset: 0, limit: 0, count: true, aggregates: true });
  const totals: Record<string, number> = {};
  for (const entry of (aggregates as InboxAggregates).byCurrency) totals[entry.currency] = entry.dueAmount;
  return totals;
}

/** The due total per currency as the summary strip shows it. */
async function shownDue(page: Page): Promise<Record<string, string>> {
  const summary = page.getByRole('region', { name: 'Summary of the invoices shown' });
  await expect(summary).toHaveAttribute('aria-busy', 'false');
  const shown: Record<string, string> = {};
  for (const item of await summary.getByRole('list', { name: 'Amount due per currency' }).getByRole('listitem').all()) {
    shown[(await item.getAttribute('data-currency')) ?? ''] = await item.locator('.currency-due').innerText();
  }
  return shown;
}

test('three overdue bills picked with the keyboard, "I paid these": the due total drops by exactly their sum, and Undo restores it', async ({ page }, testInfo) => {
  await page.getByRole('navigation', { name: 'Saved views' }).getByRole('button', { name: 'Overdue', exact: true }).click();
  const before = await shownDue(page);
  const beforeMinor = await dueByCurrency(page);

  // Three bills in a row that the due total counts, from the top of the view.
  const { rows } = await call(page, 'invoices:query', { filter: OVERDUE.filter, sort: OVERDUE.sort, offset: 0, limit: 100, count: false, aggregates: false });
  const first = rows.findIndex((_row, i) => rows.slice(i, i + 3).length === 3 && rows.slice(i, i + 3).every(isOwed));
  expect(first, 'the demo has three overdue bills in a row counted in the due total').toBeGreaterThanOrEqual(0);
  const picked = rows.slice(first, first + 3);

  const grid = page.getByRole('grid', { name: 'Invoices' });
  await expect(grid.locator('[role="row"][aria-rowindex="2"]:not([aria-busy])')).toBeVisible();
  await grid.focus();
  for (let i = 0; i <= first; i += 1) await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  const bar = page.getByRole('toolbar', { name: 'Actions on 3 selected invoices' });
  await expect(bar).toBeVisible();
  for (const row of picked) await expect(grid.getByRole('checkbox', { name: `Select ${row.number ?? row.providerInvoiceId}` })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('bulk-bar.png') });

  const sums: Record<string, number> = {};
  for (const row of picked) sums[row.currency] = (sums[row.currency] ?? 0) + row.amountDue;
  await bar.getByRole('button', { name: 'I paid these' }).click();
  const toast = page.locator('.toast-region');
  await expect(toast.getByText('Marked 3 invoices paid.')).toBeVisible();

  const afterMinor = await dueByCurrency(page);
  for (const [currency, due] of Object.entries(beforeMinor)) expect([currency, afterMinor[currency] ?? 0]).toEqual([currency, due - (sums[currency] ?? 0)]);
  const expected: Record<string, string> = {};
  for (const [currency, due] of Object.entries(afterMinor)) expected[currency] = await money(page, due, currency);
  await expect.poll(() => shownDue(page)).toEqual(expected);
  // The selection stays for the next action.
  await expect(bar).toBeVisible();

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast.getByText('Undone: 3 invoices are back as they were.')).toBeVisible();
  await expect.poll(() => shownDue(page)).toEqual(before);
  expect(await dueByCurrency(page)).toEqual(beforeMinor);
});
