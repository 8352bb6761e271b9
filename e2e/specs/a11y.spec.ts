/**
 * Accessibility of the screens, in Debian Chromium on the demo workspace: the inbox with an invoice's
 * detail pane and PDF preview open (wide, and narrow with the sidebar collapsed and the filters
 * folded), reminders (due list, an open row menu, preferences), accounts and settings, with the demo
 * ribbon and a failing-account banner showing, in light and in dark. axe must find nothing serious or critical and
 * no colour-contrast problem of any impact. Screenshots of each are kept with the test's results.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { addFailingAccount, expect, openDetailAndPdf, test } from '../fixtures';

test.use({ hostArgs: ['--demo'] });

const THEMES = ['light', 'dark'] as const;

async function axeProblems(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast')
    .map((v) => `${where}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).slice(0, 4).join(' | ')}`);
}

/** axe and a screenshot of what is on screen now, in both themes. */
async function check(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const path = testInfo.outputPath(`${name}-${colorScheme}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`${name}-${colorScheme}`, { path, contentType: 'image/png' });
    found.push(...(await axeProblems(page, `${name} (${colorScheme})`)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

async function go(page: Page, screen: 'Accounts' | 'Reminders' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();
  await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
}

test('reminders, accounts and settings: no serious axe violations and no contrast problems, light and dark', async ({ page, sim }, testInfo) => {
  // Fourteen full axe passes (seven views, two themes): more than the default 90 s on a loaded 2-core machine.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect(page.getByRole('region', { name: 'Demo data' })).toBeVisible();

  // One account whose provider refuses its key: its sync fails and the banner shows.
  const broken = await addFailingAccount(page, sim);
  test.skip(broken === null, 'no Secret Service: run inside e2e/keyring/with-secret-service.sh');
  if (!broken) return;
  const banner = page.getByRole('region', { name: /cannot sync/ });
  await expect(banner).toContainText(broken.label);

  const problems: string[] = [];
  await go(page, 'Reminders');
  const list = page.getByRole('list', { name: 'Due invoices' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  problems.push(...(await check(page, testInfo, 'reminders')));
  await page.setViewportSize({ width: 1024, height: 700 });
  problems.push(...(await check(page, testInfo, 'reminders-1024')));
  await page.setViewportSize({ width: 1400, height: 900 });

  await list.getByRole('listitem').first().getByRole('button', { name: /^More actions for / }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  problems.push(...(await check(page, testInfo, 'reminders-menu')));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Preferences' }).click();
  await expect(page.getByRole('form', { name: 'Reminder preferences' })).toBeVisible();
  problems.push(...(await check(page, testInfo, 'reminder-preferences')));

  await go(page, 'Accounts');
  await expect(page.getByRole('listitem', { name: new RegExp(`^${broken.label}`) }).getByRole('alert')).toBeVisible();
  problems.push(...(await check(page, testInfo, 'accounts')));
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('form', { name: 'Add an account' })).toBeVisible();
  problems.push(...(await check(page, testInfo, 'account-form')));

  await go(page, 'Settings');
  problems.push(...(await check(page, testInfo, 'settings')));

  expect(problems).toEqual([]);
});

test('filter popovers: Esc, outside click, focus return, one open at a time; axe clean while open', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const status = page.getByRole('button', { name: /^Status:/ });
  const account = page.getByRole('button', { name: /^Account:/ });
  const statusGroup = page.getByRole('group', { name: 'Status', exact: true });
  const accountGroup = page.getByRole('group', { name: 'Account', exact: true });

  await status.click();
  await expect(statusGroup).toBeVisible();
  await statusGroup.getByRole('checkbox', { name: 'Overdue' }).check();
  await expect(status).toHaveAccessibleName('Status: Overdue');
  expect(await check(page, testInfo, 'status-popover')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(statusGroup).toHaveCount(0);
  await expect(status).toBeFocused();

  await status.click();
  await account.click();
  await expect(statusGroup).toHaveCount(0);
  await expect(accountGroup).toBeVisible();

  await page.getByRole('heading', { level: 1 }).first().click();
  await expect(accountGroup).toHaveCount(0);
});

test('inbox with the detail pane and the PDF open: no serious axe violations and no contrast problems, light and dark', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openDetailAndPdf(page);
  const problems = await check(page, testInfo, 'inbox-detail-pdf');

  // A small window: the sidebar collapsed to icons, the filters behind "Filters", opened.
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(page.getByRole('button', { name: 'Sidebar' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByRole('dialog', { name: 'Filters and sort' })).toBeVisible();
  problems.push(...(await check(page, testInfo, 'inbox-detail-filters-1024')));
  expect(problems).toEqual([]);
});
