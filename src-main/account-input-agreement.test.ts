/**
 * One table of account inputs through the four places that judge them (the renderer's form, the IPC
 * contract, the core, the CLI): each accepts the same inputs, and refuses the others on the same field
 * with the same sentence, because all four call src-shared/domain/account-input.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands } from '../src-shared/contract';
import { checkAccountInput, type ProviderId } from '../src-shared/domain';
import { validateDraft } from '../src-renderer/features/accounts/validate';
import { runCliCaptured, testWorkspaceOpener } from './cli/test-support';
import { AccountValidationError } from './core/accounts/account-validation';
import { openTestInbox } from './core/testing/test-workspace';
import type { InboxService } from './core/app/types';
import { MemoryCredentialStore } from './core/credentials/memory-store';

interface Row {
  provider: string;
  label: string;
  baseUrl: string | null;
}

/** A dialect's verdict: the field and message of its first refusal, or null when it accepts. */
type Verdict = { field: string; message: string } | null;

const SIM = 'http://127.0.0.1:4010/';
const TABLE: [string, Row][] = [
  ['a plain account', { provider: 'gpuoutlet', label: 'Main', baseUrl: null }],
  ['Opterius with its portal, trimmed and normalized', { provider: 'opterius', label: '  Hosting EU ', baseUrl: ' https://Portal.Example.com/billing/ ' }],
  ['80 emoji and the local simulator', { provider: 'commet', label: '🧾'.repeat(80), baseUrl: SIM }],
  ['a right-to-left script', { provider: 'onepin', label: 'فواتير الشركة', baseUrl: null }],
  ['a blank label', { provider: 'vastai', label: '   ', baseUrl: null }],
  ['81 characters', { provider: 'vastai', label: 'x'.repeat(81), baseUrl: null }],
  ['a right-to-left override', { provider: 'vastai', label: 'Acme\u202Efdp.exe', baseUrl: null }],
  ['a bidi isolate', { provider: 'vastai', label: '\u2067Acme\u2069', baseUrl: null }],
  ['a left-to-right mark', { provider: 'vastai', label: 'Acme\u200E', baseUrl: null }],
  ['an Arabic letter mark', { provider: 'vastai', label: 'Acme\u061CLtd', baseUrl: null }],
  ['a line separator', { provider: 'vastai', label: 'Acme\u2028Ltd', baseUrl: null }],
  ['a tab', { provider: 'vastai', label: 'Acme\tLtd', baseUrl: null }],
  ['Opterius without an address', { provider: 'opterius', label: 'Hosting', baseUrl: null }],
  ['an address without a scheme', { provider: 'opterius', label: 'Hosting', baseUrl: 'billing.example.com' }],
  ['plain http to another computer', { provider: 'commet', label: 'Commet', baseUrl: 'http://billing.example.com' }],
  ['a password in the address', { provider: 'commet', label: 'Commet', baseUrl: 'https://alice:hunter2@billing.example.com' }],
  ['a query in the address', { provider: 'commet', label: 'Commet', baseUrl: 'https://billing.example.com/?tenant=1' }],
  ['a script address', { provider: 'gpuoutlet', label: 'GPU', baseUrl: 'javascript:alert(1)' }],
  ['an unknown provider', { provider: 'stripe', label: 'Stripe', baseUrl: null }],
];

let dataDir: string;
let inbox: InboxService;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ii-input-'));
  // Developer mode: the table's loopback addresses are about the address rules, not about which site a provider may use.
  inbox = await openTestInbox(dataDir, { credentials: new MemoryCredentialStore(), developerMode: true });
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function expected(row: Row): Verdict {
  const checked = checkAccountInput(row);
  return checked.ok ? null : { field: checked.problems[0].field, message: checked.problems[0].message };
}

function contract(row: Row): Verdict {
  const parsed = commands['accounts:add'].args.safeParse({ ...row, secret: 'sk_test' });
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue ? { field: String(issue.path[0]), message: issue.message } : null;
}

async function core(row: Row): Promise<Verdict> {
  try {
    await inbox.addAccount({ provider: row.provider as ProviderId, label: row.label, baseUrl: row.baseUrl, secret: 'sk_test' });
    return null;
  } catch (error) {
    if (error instanceof AccountValidationError) return { field: error.field, message: error.message };
    throw error;
  }
}

/** The form offers only the five providers (radio buttons), so an unknown one cannot be entered there. */
function renderer(row: Row): Verdict {
  const errors = validateDraft({ provider: row.provider as ProviderId, label: row.label, baseUrl: row.baseUrl ?? '', secret: 'sk_test' }, 'add');
  const field = (['label', 'baseUrl'] as const).find((name) => errors[name] !== undefined);
  return field ? { field, message: errors[field] ?? '' } : null;
}

/** The CLI's exit code and what it printed on stderr. */
async function cli(row: Row): Promise<{ code: number; message: string }> {
  const argv = ['--data-dir', dataDir, '--developer-mode', 'accounts', 'add', '--provider', row.provider, '--label', row.label, '--secret-env', 'SECRET'];
  const run = await runCliCaptured(row.baseUrl === null ? argv : [...argv, '--base-url', row.baseUrl], {
    env: { SECRET: 'sk_test' },
    openWorkspace: testWorkspaceOpener(new MemoryCredentialStore()),
  });
  return { code: run.code, message: run.err.replace(/^invoice-inbox: /, '').trimEnd() };
}

describe.each(TABLE)('%s', (_name, row) => {
  it('gets the same verdict from the contract, the core, the renderer and the CLI', async () => {
    const verdict = expected(row);
    expect(contract(row)).toEqual(verdict);
    expect(await core(row)).toEqual(verdict);
    if (row.provider !== 'stripe') expect(renderer(row)).toEqual(verdict);
    const fromCli = await cli(row);
    expect(fromCli.code).toBe(verdict ? 2 : 0);
    expect(fromCli.message).toBe(verdict?.message ?? '');
  });
});

it('the accepted rows are stored as the shared rules normalize them', () => {
  const stored = inbox.listAccounts().map(({ provider, label, baseUrl }) => ({ provider, label, baseUrl }));
  const accepted = TABLE.map(([, row]) => checkAccountInput(row)).flatMap((checked) => (checked.ok ? [checked.value] : []));
  expect(accepted).toHaveLength(4);
  // Each accepted row was added twice: once through the core, once through the CLI.
  expect(stored).toEqual(accepted.flatMap((value) => [value, value]));
  expect(accepted[1]).toEqual({ provider: 'opterius', label: 'Hosting EU', baseUrl: 'https://portal.example.com/billing' });
});
