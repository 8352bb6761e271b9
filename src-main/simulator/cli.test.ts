/** The standalone CLI: prints one JSON line with the URL and demo tenants, serves, exits on SIGTERM. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DEMO_TENANTS } from './demo';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface CliLine {
  url: string;
  tenants: { provider: string; secret: string; baseUrl: string; invoiceCount: number }[];
}

it('starts with the demo tenants, serves them, and closes cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/simulator/cli.ts', '--demo', '--latency', '1', '--now', '2026-06-15T12:00:00Z'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const nl = out.indexOf('\n');
        if (nl >= 0) resolve(out.slice(0, nl));
      });
      child.once('exit', (code) => reject(new Error(`cli exited early (${String(code)}): ${stderr}`)));
    });
    const info = JSON.parse(line) as CliLine;
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.tenants.map((t) => t.secret)).toEqual(DEMO_TENANTS.map((t) => t.secret));
    const opterius = info.tenants.find((t) => t.provider === 'opterius');
    const res = await fetch(`${opterius?.baseUrl ?? ''}/api/v1/invoices?per_page=100`, { headers: { authorization: `Bearer ${opterius?.secret ?? ''}` } });
    const body = (await res.json()) as { meta: { total: number } };
    expect(body.meta.total).toBe(opterius?.invoiceCount);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
