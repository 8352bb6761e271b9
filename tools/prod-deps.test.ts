import { importedPackages, lockfileProblems, readAuditOutput } from './prod-deps';

describe('readAuditOutput', () => {
  it('counts high and critical advisories', () => {
    const verdict = readAuditOutput(JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 1, moderate: 2, high: 1, critical: 1, total: 5 } } }));
    expect(verdict).toEqual({ kind: 'advisories', serious: 2, summary: 'npm audit (production dependencies): 0 info, 1 low, 2 moderate, 1 high, 1 critical' });
    expect(readAuditOutput(JSON.stringify({ metadata: { vulnerabilities: { low: 3 } } })).serious).toBe(0);
  });

  it('calls a registry without the advisory endpoint, or no network, "unavailable" (never a failure)', () => {
    const noEndpoint = readAuditOutput(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 }));
    expect(noEndpoint.kind).toBe('unavailable');
    expect(noEndpoint.summary).toContain('405 Method Not Allowed');
    expect(readAuditOutput(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to registry failed' } })).summary).toContain('request to registry failed');
    expect(readAuditOutput('').kind).toBe('unavailable');
  });
});

describe('lockfileProblems', () => {
  const good = {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { zod: '4.6.7' } },
      'node_modules/zod': { version: '4.6.7', integrity: 'sha512-abc' },
      'node_modules/vitest': { version: '4.1.12', dev: true },
    },
  };

  it('accepts pinned registry packages with sha512 integrity', () => {
    expect(lockfileProblems(good, { dependencies: { zod: '4.6.7' } })).toEqual([]);
  });

  it('names ranges, drift, missing integrity and packages from outside the registry', () => {
    const problems = lockfileProblems(
      {
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { zod: '^4.6.7', left: '1.0.0' } },
          'node_modules/zod': { version: '4.6.8', integrity: 'sha512-abc' },
          'node_modules/left': { version: '1.0.0', integrity: 'sha1-old' },
          'node_modules/left/node_modules/git-dep': { version: '0.0.1', integrity: 'sha512-x', resolved: 'git+ssh://git@example.com/x.git' },
        },
      },
      { dependencies: { zod: '^4.6.7', left: '1.0.0', absent: '2.0.0' } },
    );
    expect(problems).toEqual([
      'zod: "^4.6.7" is not an exact version (production dependencies are pinned).',
      'absent: package.json says 2.0.0, package-lock.json says nothing (run npm install).',
      'absent: not locked as a production package.',
      'left: no sha512 integrity in package-lock.json.',
      'git-dep: resolved outside the registry (git+ssh://git@example.com/x.git).',
    ]);
  });
});

describe('importedPackages', () => {
  it('reads bare package names from imports', () => {
    const source = "import { x } from 'react-dom/client';\nimport type { Y } from '@tanstack/react-virtual';\nimport a from './local';\nimport 'zustand/vanilla';\nconst p = import('pdfjs-dist');\nimport f from 'node:fs';";
    expect(importedPackages(source).sort()).toEqual(['@tanstack/react-virtual', 'pdfjs-dist', 'react-dom', 'zustand']);
  });
});
