/**
 * Reminders end to end, through the web host on the demo workspace: the reminders panel lists exactly
 * what the CLI's `due` prints for the same data dir (one computeDue behind both), and snoozing an
 * invoice in the panel removes it from both.
 */
import type { Locator, Page } from '@playwright/test';
import type { DueItem } from '../../src-shared/domain';
import { call, cliDue, expect, test } from '../fixtures';

test.use({ hostArgs: ['--demo'] });

/** How the panel names a row: the invoice number, or the provider's id when there is none. */
function rowName(item: DueItem): string {
  return `Invoice ${item.number ?? item.invoiceId.slice(item.invoiceId.indexOf(':') + 1)}`;
}

async function openReminders(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reminders' }).click();
  const list = page.getByRole('list', { name: 'Due invoices' });
  await expect(list).toBeVisible();
  return list;
}

async function rowNames(list: Locator): Promise<string[]> {
  return list.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
}

test('the reminders panel lists what `cli due` prints for the same data dir', async ({ page, host }) => {
  const list = await openReminders(page);
  const printed = await cliDue(host.dataDir);
  expect(printed.length, 'the demo workspace has invoices due or overdue').toBeGreaterThan(0);
  await expect(list.getByRole('listitem')).toHaveCount(printed.length);
  expect(await rowNames(list)).toEqual(printed.map(rowName));
  // The same items, field for field, through the app's own command.
  expect(await call(page, 'reminders:list', {})).toEqual(printed);
});

test('snoozing one in the panel removes it from the panel and from `cli due`', async ({ page, host }) => {
  const list = await openReminders(page);
  const before = await cliDue(host.dataDir);
  const names = before.map(rowName);
  const target = before.find((item) => names.filter((name) => name === rowName(item)).length === 1);
  if (!target) throw new Error('no uniquely named due invoice in the demo workspace');
  await expect(list.getByRole('listitem')).toHaveCount(before.length);

  const row = list.getByRole('listitem', { name: rowName(target), exact: true });
  await row.getByRole('button', { name: /^More actions for / }).click();
  await page.getByRole('menuitem', { name: 'Snooze until tomorrow' }).click();

  await expect(list.getByRole('listitem', { name: rowName(target), exact: true })).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(before.length - 1);
  await expect(page.getByRole('list', { name: 'Hidden reminders' }).getByRole('listitem', { name: rowName(target), exact: true })).toContainText('Snoozed until');

  const after = await cliDue(host.dataDir);
  expect(after.map((item) => item.invoiceId)).not.toContain(target.invoiceId);
  expect(after.map((item) => item.invoiceId)).toEqual(before.filter((item) => item.invoiceId !== target.invoiceId).map((item) => item.invoiceId));
  expect(await rowNames(list)).toEqual(after.map(rowName));
});
