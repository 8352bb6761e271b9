/**
 * The production dependency check CI runs (tools/prod-audit.ts): `npm audit --omit=dev` when the
 * registry has an advisory endpoint, else a lockfile check. Pure functions over the parsed JSON, so
 * they are tested without a network.
 */

export interface AuditVerdict {
  /** 'advisories': npm audit answered; 'unavailable': it could not (network, no endpoint). */
  kind: 'advisories' | 'unavailable';
  /** High and critical advisories in production dependencies. */
  serious: number;
  summary: string;
}

/** Reads `npm audit --json` output. Anything without a vulnerability count is "unavailable", never a failure. */
export function readAuditOutput(stdout: string): AuditVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { kind: 'unavailable', serious: 0, summary: 'npm audit printed no JSON (offline?)' };
  }
  const counts = (parsed as { metadata?: { vulnerabilities?: Record<string, unknown> } } | null)?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const message = (parsed as { message?: unknown; error?: { summary?: unknown } } | null)?.message ?? (parsed as { error?: { summary?: unknown } })?.error?.summary;
    return { kind: 'unavailable', serious: 0, summary: `npm audit could not check: ${typeof message === 'string' && message ? message.slice(0, 160) : 'no advisory data'}` };
  }
  const count = (key: string): number => (typeof counts[key] === 'number' ? (counts[key] as number) : 0);
  const serious = count('high') + count('critical');
  const all = ['info', 'low', 'moderate', 'high', 'critical'].map((key) => `${count(key)} ${key}`).join(', ');
  return { kind: 'advisories', serious, summary: `npm audit (production dependencies): ${all}` };
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  link?: boolean;
}

export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry & { dependencies?: Record<string, string> }>;
}

export interface Manifest {
  dependencies?: Record<string, string>;
}

const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * What is wrong with the production part of the lockfile: dependencies not pinned to an exact version,
 * a lockfile that disagrees with package.json, and production packages that do not come from the
 * registry with an sha512 integrity (git, file, tarball URLs or links). Empty when all is well.
 */
export function lockfileProblems(lock: Lockfile, manifest: Manifest, registry = 'https://registry.npmjs.org/'): string[] {
  const problems: string[] = [];
  const packages = lock.packages ?? {};
  if ((lock.lockfileVersion ?? 0) < 2) problems.push('package-lock.json is older than lockfileVersion 2: run npm install with npm 9 or later.');
  const declared = manifest.dependencies ?? {};
  const locked = packages['']?.dependencies ?? {};
  for (const [name, spec] of Object.entries(declared)) {
    if (!EXACT.test(spec)) problems.push(`${name}: "${spec}" is not an exact version (production dependencies are pinned).`);
    if (locked[name] !== spec) problems.push(`${name}: package.json says ${spec}, package-lock.json says ${locked[name] ?? 'nothing'} (run npm install).`);
    const installed = packages[`node_modules/${name}`];
    if (!installed || installed.dev) problems.push(`${name}: not locked as a production package.`);
    else if (EXACT.test(spec) && installed.version !== spec) problems.push(`${name}: locked at ${installed.version ?? '?'}, declared ${spec}.`);
  }
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || entry.dev || !key.includes('node_modules/')) continue;
    const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (entry.link) problems.push(`${name}: a linked package in production dependencies.`);
    else if (!entry.integrity?.startsWith('sha512-')) problems.push(`${name}: no sha512 integrity in package-lock.json.`);
    if (entry.resolved !== undefined && !entry.resolved.startsWith(registry)) problems.push(`${name}: resolved outside the registry (${entry.resolved.slice(0, 80)}).`);
  }
  return problems;
}

/** Bare package names a source imports (`react-dom/client` -> `react-dom`, `@scope/pkg/x` -> `@scope/pkg`). */
export function importedPackages(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'".][^'"]*)['"]/g)) {
    const spec = match[1] ?? '';
    if (spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
  }
  return [...names];
}
