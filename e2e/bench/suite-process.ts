/**
 * One benchmark suite in a process of its own (run.ts forks one per suite), so no suite measures in a
 * heap, event loop or thread pool still busy with the one before it (the sync suite leaves hundreds of
 * megabytes to collect and files being written).
 */
import { serveParent } from './child';
import { SUITES } from './suites';
import { removeSeededWorkspaces } from './workspaces';

serveParent(async (message) => {
  if (message.type === 'close') process.exit(0);
  if (message.type !== 'run') return null;
  const suite = SUITES.find(([name]) => name === message.suite);
  if (!suite) throw new Error(`unknown suite ${String(message.suite)}`);
  try {
    return { type: 'rows', rows: await suite[1]() };
  } finally {
    await removeSeededWorkspaces();
  }
});
process.send?.({ type: 'loaded' });
