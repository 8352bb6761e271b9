import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Invoice } from '../../src-shared/domain';
import { FileSnapshotStore } from '../../src-main/core/cache';
import { SNAPSHOT_VERSION } from '../../src-main/core/cache/types';
import { median, type BenchRow } from './report';

const COUNT = 100_000;
const ROUNDS = 5;

/** A realistic normalized invoice (line items, URLs, mixed currencies) for the cache benchmark. */
export function syntheticInvoice(accountId: string, i: number): Invoice {
  const currency = ['USD', 'EUR', 'GBP', 'JPY'][i % 4] as string;
  const total = 1000 + ((i * 7919) % 500_000);
  const issued = new Date(Date.UTC(2022, 0, 1) + i * 3_600_000).toISOString();
  return {
    id: `${accountId}:inv_${i.toString(36).padStart(8, '0')}`,
    accountId,
    provider: 'commet',
    providerInvoiceId: `inv_${i.toString(36).padStart(8, '0')}`,
    number: `INV-${String(i).padStart(6, '0')}`,
    status: i % 5 === 0 ? 'open' : 'paid',
    rawStatus: i % 5 === 0 ? 'outstanding' : 'paid',
    kind: 'invoice',
    currency,
    total,
    amountDue: i % 5 === 0 ? total : 0,
    amountPaid: i % 5 === 0 ? 0 : total,
    issuedAt: issued,
    dueAt: new Date(Date.parse(issued) + 14 * 86_400_000).toISOString(),
    paidAt: i % 5 === 0 ? null : issued,
    periodStart: issued,
    periodEnd: issued,
    description: `Usage for project ${i % 97}`,
    payUrl: `https://pay.commet.example/i/${i}`,
    pdfUrl: `https://pay.commet.example/i/${i}.pdf`,
    receiptUrl: null,
    lineItems: [
      { description: 'Base plan', quantity: 1, unitAmount: total - 500, amount: total - 500, periodStart: issued, periodEnd: issued },
      { description: 'Overage', quantity: 5, unitAmount: 100, amount: 500, periodStart: null, periodEnd: null },
    ],
    updatedAt: issued,
  };
}

/** Cache load of 100,000 invoices against JSON.parse of the same bytes; also the peak RSS. */
export async function benchCache(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ii-bench-cache-'));
  try {
    const store = new FileSnapshotStore(dir);
    const accountId = 'acct_benchmark00';
    const invoices = Array.from({ length: COUNT }, (_, i) => syntheticInvoice(accountId, i));
    await store.save({ version: SNAPSHOT_VERSION, accountId, provider: 'commet', syncedAt: new Date().toISOString(), invoices });
    const file = join(dir, 'cache', `${accountId}.json`);
    const parseTimes: number[] = [];
    const loadTimes: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let t = performance.now();
      const text = await readFile(file, 'utf8');
      bytes = text.length;
      const parsed = JSON.parse(text) as { invoices: unknown[] };
      parseTimes.push(performance.now() - t);
      if (parsed.invoices.length !== COUNT) throw new Error('baseline parse lost invoices');

      t = performance.now();
      const loaded = await new FileSnapshotStore(dir).load(accountId);
      loadTimes.push(performance.now() - t);
      if (loaded?.invoices.length !== COUNT) throw new Error('cache load lost invoices');
    }
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const parse = median(parseTimes);
    const load = median(loadTimes);
    return [
      {
        name: `cache load of ${COUNT.toLocaleString('en')} invoices: load / (readFile + JSON.parse) of the same bytes`,
        ratio: load / parse,
        target: 2,
        detail: `load ${load.toFixed(0)} ms, baseline ${parse.toFixed(0)} ms (median of ${ROUNDS}), ${(bytes / 1e6).toFixed(1)} MB, peak RSS ${rssMb.toFixed(0)} MB`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
