import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ensureApiBuilt } from '../../src-main/web/build';
import { forkBench, type BenchChild } from './child';
import { mb, median, ms, percentile, type BenchRow } from './report';
import { PAGE_INIT_SCRIPT, KEYSTROKE_SCRIPT } from './renderer-page-script';
import { LARGE, SMALL, seededWorkspace } from './workspaces';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
/** Page loads measured per workspace (after one warm-up load each). */
const LOADS = 7;
/** 50 keystrokes in three searches (a project, an invoice number, an account and a project), each typed then erased. */
const SEARCHES = ['granite', 'com-00', 'research atl'];

interface Side {
  label: string;
  invoices: number;
  host: BenchChild;
  url: string;
}

/**
 * The real renderer (built by electron-vite) in Chromium against the web host, each host in a process
 * of its own, one workspace of 1,000 invoices and one of 100,000, measured alternately so both see
 * the same machine: first rows painted after navigation (median of page loads), a search keystroke to
 * the painted list (p95), and the host's resident memory with the inbox open.
 */
export async function benchRenderer(): Promise<BenchRow[]> {
  await buildRenderer();
  const sides: Side[] = [];
  let browser: Browser | null = null;
  try {
    for (const invoices of [SMALL, LARGE]) {
      const dataDir = await seededWorkspace(invoices);
      const host = forkBench('host-process.ts');
      const { url } = await host.ask<{ url: string }>({ type: 'start', dataDir }, 'ready');
      sides.push({ label: invoices.toLocaleString('en'), invoices, host, url });
    }
    const [small, large] = sides as [Side, Side];
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(PAGE_INIT_SCRIPT);

    const firstRows = new Map<Side, number[]>([[small, []], [large, []]]);
    for (const side of sides) await firstRowsOf(context, side); // warm-up: the browser's cache and both hosts' code
    for (let round = 0; round < LOADS; round++) {
      for (const side of round % 2 === 0 ? [small, large] : [large, small]) firstRows.get(side)?.push(await firstRowsOf(context, side));
    }

    const pages = new Map<Side, Page>();
    for (const side of sides) pages.set(side, await openInbox(context, side));
    const keystrokes = new Map<Side, number[]>([[small, []], [large, []]]);
    for (const search of SEARCHES) {
      for (const side of sides) keystrokes.get(side)?.push(...(await typeAndErase(pages.get(side) as Page, search)));
    }
    if (process.env.BENCH_VERBOSE) {
      for (const side of sides) process.stderr.write(`  keystrokes ${side.label}: ${(keystrokes.get(side) as number[]).map((t) => t.toFixed(0)).join(' ')}\n`);
    }
    const memory = new Map<Side, { rss: number; peakRss: number }>();
    for (const side of sides) memory.set(side, await side.host.ask<{ rss: number; peakRss: number }>({ type: 'memory' }, 'memory'));

    const first = (side: Side): number => median(firstRows.get(side) as number[]);
    const p95 = (side: Side): number => percentile(keystrokes.get(side) as number[], 95);
    const mem = (side: Side): { rss: number; peakRss: number } => memory.get(side) as { rss: number; peakRss: number };
    const list = (values: number[]): string => values.map((v) => v.toFixed(0)).join(' ');
    return [
      {
        name: 'inbox-first-rows-scale',
        ratio: first(large) / first(small),
        target: 2,
        details: [
          `first rows painted after navigation, ${large.label} invoices / ${small.label} (median of ${LOADS} page loads each, real renderer in Chromium, web host)`,
          `${large.label}: ${ms(first(large))} (${list(firstRows.get(large) as number[])}); ${small.label}: ${ms(first(small))} (${list(firstRows.get(small) as number[])})`,
        ],
      },
      {
        name: 'inbox-keystroke-scale',
        ratio: p95(large) / p95(small),
        target: 2,
        details: [
          `search keystroke to painted list, p95 of ${keystrokes.get(large)?.length} keystrokes, ${large.label} invoices / ${small.label}`,
          `p95 ${large.label}: ${ms(p95(large))}, p95 ${small.label}: ${ms(p95(small))} (aim: under 50 ms); medians ${ms(median(keystrokes.get(large) as number[]))} and ${ms(median(keystrokes.get(small) as number[]))}`,
        ],
      },
      {
        name: 'inbox-memory',
        ratio: mem(large).peakRss / mem(small).peakRss,
        target: 3,
        details: [
          `web host (main) process peak resident memory, ${large.label} invoices / ${small.label}, from start to the inbox open after the loads and searches above`,
          `${large.label}: peak ${mb(mem(large).peakRss)}, now ${mb(mem(large).rss)}; ${small.label}: peak ${mb(mem(small).peakRss)}, now ${mb(mem(small).rss)}`,
        ],
      },
    ];
  } finally {
    await browser?.close();
    for (const side of sides) await side.host.close();
  }
}

/** Builds the renderer from the current sources (the host serves out/renderer as it finds it) and the browser API. */
async function buildRenderer(): Promise<void> {
  const bin = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('electron-vite build failed');
  await ensureApiBuilt(ROOT, (line) => process.stderr.write(`  ${line}\n`));
}

/** One page load: ms from navigation start to the first rows painted. */
async function firstRowsOf(context: BrowserContext, side: Side): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(side.url);
    return (await page.evaluate('window.__benchFirstRows')) as number;
  } finally {
    await page.close();
  }
}

/** A page with the inbox open and its figures shown, ready for typing. */
async function openInbox(context: BrowserContext, side: Side): Promise<Page> {
  const page = await context.newPage();
  await page.goto(side.url);
  await page.locator('.summary-strip[aria-busy="false"]').waitFor({ timeout: 120_000 });
  await settle(page);
  await page.evaluate(KEYSTROKE_SCRIPT);
  return page;
}

/** Types `text` into the search box then erases it, timing every keystroke; waits for the figures after. */
async function typeAndErase(page: Page, text: string): Promise<number[]> {
  // The page in front is the one the user types in (a page behind is throttled); its first frames after
  // coming to the front are not the search's.
  await page.bringToFront();
  await page.evaluate('new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(done); }); })');
  await page.locator('#inbox-search').focus();
  const times: number[] = [];
  for (const key of [...text, ...Array<string>(text.length).fill('Backspace')]) {
    await page.evaluate('window.__benchArm()');
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    times.push((await page.evaluate('window.__benchDone')) as number);
  }
  // The pause after typing: the totals are recomputed now, before the other workspace types.
  await page.locator('.summary-strip[aria-busy="false"]').waitFor({ timeout: 120_000 });
  await settle(page);
  return times;
}

/**
 * Waits until the page has sent no command for a second: its start-up work (the background sync it
 * starts, failing offline here, and the reload after it) or the figures after typing are done, so a
 * keystroke is timed on its own.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate('window.__benchQuiet(1000)');
}
