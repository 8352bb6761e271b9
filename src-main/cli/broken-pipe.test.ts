/**
 * `invoice-inbox list | head -1`: head reads one line and exits while the CLI still has far more than
 * a pipe holds to write. The CLI must stop quietly (exit 0, nothing on stderr), not die with an EPIPE
 * stack. Spawned for real (tsx) under bash with pipefail, so the CLI's own exit code is the pipeline's.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { startSimulator } from '../simulator';
import { MemoryCredentialStore } from '../core/credentials/memory-store';
import { quitQuietlyOnClosedPipe } from './io';
import { runCliCaptured, testWorkspaceOpener, type CliRun } from './test-support';

const ROOT = path.resolve(__dirname, '../..');
/** Enough rows that the table (about 100 bytes a row) is several times a 64 KiB pipe buffer. */
const INVOICES = 3000;

let dataDir: string;
let fullListing = '';
const credentials = new MemoryCredentialStore();

/** Runs the CLI in-process against the data dir (one in-memory keychain for every call). */
function cliInProcess(args: string[], stdin = ''): Promise<CliRun> {
  // Developer mode: the simulator stands in for GPU Outlet on this computer.
  return runCliCaptured(['--data-dir', dataDir, '--developer-mode', ...args], { stdin, openWorkspace: testWorkspaceOpener(credentials) });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ii-epipe-'));
  const sim = await startSimulator({ gpuoutletRateLimit: false, tenants: [{ provider: 'gpuoutlet', secret: 'sid-epipe', invoiceCount: INVOICES, seed: 5 }] });
  try {
    const add = ['accounts', 'add', '--provider', 'gpuoutlet', '--label', 'Main', '--base-url', sim.baseUrl('gpuoutlet'), '--secret-stdin'];
    for (const step of [await cliInProcess(add, 'sid-epipe\n'), await cliInProcess(['sync'])]) expect(step.code, step.err).toBe(0);
  } finally {
    await sim.close();
  }
  fullListing = (await cliInProcess(['list'])).out;
}, 60_000);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

it('`list | head -1` prints the first line and exits 0 without an EPIPE stack', async () => {
  expect(fullListing.length).toBeGreaterThan(4 * 65_536);
  const child = spawn('bash', ['-o', 'pipefail', '-c', 'node --import tsx src-main/cli/invoice-inbox.ts --data-dir "$DATA_DIR" list | head -1'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  expect(err).toBe('');
  expect(code).toBe(0);
  expect(out).toBe(`${fullListing.split('\n')[0]}\n`);
}, 60_000);

it('only a closed pipe is quiet: other stream errors still surface', () => {
  const exits: number[] = [];
  const stream = new PassThrough();
  quitQuietlyOnClosedPipe([stream], (code) => exits.push(code));
  const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`write ${code}`), { code });
  stream.emit('error', failure('EPIPE'));
  expect(exits).toEqual([0]);
  expect(() => stream.emit('error', failure('EIO'))).toThrow('write EIO');
  expect(exits).toEqual([0]);
});
