/**
 * CI's production dependency audit: `npx tsx tools/prod-audit.ts`. Runs `npm audit --omit=dev`; high
 * or critical advisories fail (exit 1). When npm audit cannot answer (offline, or a registry without
 * the advisory endpoint, as on these machines) it says so and checks the lockfile instead; a network
 * problem never fails the build, a lockfile problem does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lockfileProblems, readAuditOutput, type Lockfile, type Manifest } from './prod-deps';

const root = path.resolve(__dirname, '..');

function main(): number {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const verdict = readAuditOutput(audit.stdout ?? '');
  console.log(verdict.summary);
  if (verdict.kind === 'advisories') {
    if (verdict.serious > 0) console.log('Fix or update the production dependencies above (npm audit --omit=dev for details).');
    return verdict.serious > 0 ? 1 : 0;
  }
  console.log('Falling back to the lockfile check (no advisory data, so this is not a vulnerability scan).');
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lockfile;
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
  const problems = lockfileProblems(lock, manifest);
  const production = Object.entries(lock.packages ?? {}).filter(([key, entry]) => key !== '' && !entry.dev).length;
  for (const problem of problems) console.log(`  ${problem}`);
  console.log(problems.length === 0 ? `Lockfile check: ${production} production packages, all pinned, from the registry, with sha512 integrity.` : `Lockfile check: ${problems.length} problem(s).`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
