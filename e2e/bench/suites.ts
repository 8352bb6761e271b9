/** The benchmark suites by name, in the order `npm run bench` runs them. */
import { benchDbOpen } from './db-open-bench';
import type { BenchRow } from './report';
import { benchPdf } from './pdf-bench';
import { benchRenderer } from './renderer-bench';
import { benchResyncWrites } from './resync-bench';
import { benchSync } from './sync-bench';
import { benchViews } from './views-bench';

export const SUITES: ReadonlyArray<[string, () => Promise<BenchRow[]>]> = [
  ['sync', benchSync],
  ['pdf', benchPdf],
  ['store', async () => [...(await benchDbOpen()), ...(await benchResyncWrites()), ...(await benchViews())]],
  ['renderer', benchRenderer],
];
