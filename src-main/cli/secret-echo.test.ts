/**
 * Finding 7: a secret pasted in the wrong place is never printed back. Every misuse of the secret
 * flags (and the other places a pasted value can land) exits 2 with a message that names the flag,
 * never the value.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testWorkspaceOpener } from './test-support';
import { MemoryCredentialStore } from '../core/credentials/memory-store';
import { runCli } from './main';

/** Shaped like real keys: one with dashes and dots, one that is also a valid environment variable name. */
const SECRETS = ['sk-live.4f9aQ-Zx81pQ', 'opterius_tok_9f8e7d6c5b4a'];

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'cli-secret-echo-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; printed: string }> {
  let printed = '';
  const code = await runCli(['--data-dir', dataDir, ...args], {
    stdout: (text) => (printed += text),
    stderr: (text) => (printed += text),
    env: { TOKEN: 'value-of-the-token-variable' },
    readStdin: async () => '',
    openWorkspace: testWorkspaceOpener(new MemoryCredentialStore()),
  });
  return { code, printed };
}

const add = ['accounts', 'add', '--provider', 'commet', '--label', 'Billing'];

const MISUSES: Array<[string, (secret: string) => string[]]> = [
  ['--secret-env given the value instead of a name', (s) => [...add, '--secret-env', s]],
  ['--secret-env=value', (s) => [...add, `--secret-env=${s}`]],
  ['--secret-stdin followed by the value', (s) => [...add, '--secret-stdin', s]],
  ['--secret-stdin=value', (s) => [...add, `--secret-stdin=${s}`]],
  ['a --secret flag that does not exist', (s) => [...add, '--secret', s]],
  ['--secret=value', (s) => [...add, `--secret=${s}`]],
  ['the value as a stray argument', (s) => [...add, '--secret-env', 'TOKEN', s]],
  ['the value as the provider', (s) => ['accounts', 'add', '--provider', s, '--label', 'x', '--secret-stdin']],
  ['the value as the base URL', (s) => [...add, '--base-url', s, '--secret-env', 'TOKEN']],
  ['the value as an option name', (s) => [...add, `--${s}`]],
  ['the value as the command', (s) => [s]],
  ['the value as the accounts command', (s) => ['accounts', s]],
  ['the value as an account id', (s) => ['accounts', 'remove', s]],
  ['the value as a second account id', (s) => ['accounts', 'remove', 'acct_aaaaaaaaaaaa', s]],
  ['the value after sync', (s) => ['sync', s]],
  ['the value as the account to sync', (s) => ['sync', '--account', s]],
];

describe('the CLI never prints a secret value', () => {
  for (const secret of SECRETS) {
    it.each(MISUSES)(`%s (${secret.includes('.') ? 'dashed' : 'name-shaped'} secret)`, async (_what, argv) => {
      const { code, printed } = await cli(argv(secret));
      expect(code).toBe(2);
      expect(printed).not.toContain(secret);
      expect(printed.trim().split('\n')).toHaveLength(1);
    });
  }

  it('says what to do instead', async () => {
    expect((await cli([...add, '--secret-env', SECRETS[0] ?? ''])).printed).toContain('--secret-env takes the NAME of an environment variable');
    expect((await cli([...add, '--secret-stdin', SECRETS[0] ?? ''])).printed).toContain('--secret-stdin takes no value: pipe the secret in');
    expect((await cli([...add, '--secret-env', 'UNSET_NAME'])).printed).toContain('the environment variable named by --secret-env is empty or not set');
  });

  it('still names plain words, so ordinary typos stay easy to fix', async () => {
    expect((await cli(['bogus'])).printed).toContain('unknown command "bogus"');
    expect((await cli(['list', '--soon'])).printed).toContain('unknown option --soon');
  });
});
