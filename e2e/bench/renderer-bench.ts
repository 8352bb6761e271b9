import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { MemoryCredentialStore } from '../../src-main/core/credentials/memory-store';
import { startWebHost } from '../../src-main/web/host';
import { percentile, type BenchRow } from './report';
import { RENDERER_PAGE_SCRIPT } from './renderer-page-script';
import { writeLargeWorkspace } from './renderer-workspace';

const TOTAL = 100_000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
/** 50 keystrokes: typing narrows the list, backspace widens it again. */
const KEYS = [...'inv-0001', ...Array(8).fill('Backspace'), ...'bench com', ...Array(9).fill('Backspace'), ...'usage for pr', ...Array(4).fill('Backspace')] as string[];

/**
 * The renderer with 100,000 cached invoices in the web host: time to first rows painted (against
 * fetching and parsing the same inbox payload in the same page), and a filter keystroke to the
 * updated list (p95 of 50) against the same search in a bare loop over the same array. Also counts
 * the row elements actually in the DOM (the list is virtualized: under 200).
 */
export async function benchRenderer(): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ii-bench-ui-'));
  await writeLargeWorkspace(dataDir, TOTAL);
  const host = await startWebHost({ root: resolve(__dirname, '..', '..'), dataDir, port: 0, demo: false, credentials: new MemoryCredentialStore(), log: () => undefined });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.url);
    await page.locator('[role="grid"] [role="row"][aria-rowindex="2"]').first().waitFor({ timeout: 120_000 });
    const firstRowsMs = await page.evaluate(() => performance.now());
    await page.evaluate(RENDERER_PAGE_SCRIPT);
    const queryMs = (await page.evaluate('window.__benchQueryMs()')) as number;

    const search = page.getByLabel('Search invoices').first();
    await search.focus();
    const uiTimes: number[] = [];
    for (const key of KEYS) {
      await page.evaluate('window.__benchArm()');
      await page.keyboard.press(key);
      uiTimes.push((await page.evaluate('window.__benchDone')) as number);
    }
    const bareTimes = (await page.evaluate(`window.__benchBare(${JSON.stringify(KEYS)})`)) as number[];
    if (process.env.BENCH_VERBOSE) process.stderr.write(`ui times: ${uiTimes.map((t) => t.toFixed(0)).join(" ")}\nbare: ${bareTimes.map((t) => t.toFixed(0)).join(" ")}\n`);
    const rowElements = await page.locator('[role="grid"] [role="row"]').count();
    const ui95 = percentile(uiTimes, 95);
    const bare95 = percentile(bareTimes, 95);
    return [
      {
        name: `inbox with ${TOTAL.toLocaleString('en')} cached invoices: time to first rows painted / fetching the same inbox payload in the page`,
        ratio: firstRowsMs / queryMs,
        target: null,
        detail: `first rows at ${firstRowsMs.toFixed(0)} ms after navigation; invoices:query round trip ${queryMs.toFixed(0)} ms; ${rowElements} row elements in the DOM (must stay under 200)`,
      },
      {
        name: 'filter keystroke to updated list (p95 of 50) / the same search in a bare loop over the same array (p95)',
        ratio: ui95 / bare95,
        target: null,
        detail: `UI p95 ${ui95.toFixed(1)} ms, bare loop p95 ${bare95.toFixed(1)} ms; row elements ${rowElements} ${rowElements < 200 ? '< 200' : '>= 200 (TOO MANY)'}`,
      },
    ];
  } finally {
    await browser.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
