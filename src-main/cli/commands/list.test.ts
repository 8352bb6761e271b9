import ExcelJS from 'exceljs';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../src-shared/domain';
import { MemoryCredentialStore } from '../../core/credentials/memory-store';
import { at } from '../../core/reminders/test-support';
import { FakeClock } from '../../core/testing/fake-clock';
import { seedDataDir } from '../../core/testing/seeded-store';
import { openTestWorkspace } from '../../core/testing/test-workspace';
import type { Workspace } from '../../core/workspace/open-workspace';
import { invoiceFixture } from '../../services/test-support';
import { EXIT, type CliContext } from '../io';
import { runDue } from './due';
import { runList } from './list';

/** 23:30 on Nov 21 in New York is already Nov 22 in UTC. */
const NOW = at('2026-11-22T04:30:00Z');

const dirs: string[] = [];
const opened: Workspace[] = [];
afterEach(async () => {
  for (const workspace of opened.splice(0)) await workspace.close();
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function setup() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-list-'));
  dirs.push(dataDir);
  const accounts: Account[] = [{ id: 'acc1', provider: 'gpuoutlet', label: 'Acme GPUs', baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false }];
  seedDataDir(dataDir, accounts, [
    invoiceFixture('acc1', 1, { dueAt: '2026-11-21', number: 'DUE-21' }),
    invoiceFixture('acc1', 2, { dueAt: '2026-11-21T15:00:00.000Z', number: 'DUE-21-TIME' }),
    invoiceFixture('acc1', 3, { dueAt: null, number: 'NO-DATE' }),
    invoiceFixture('acc1', 4, { dueAt: '2026-11-30', kind: 'prepayment', number: 'TOPUP' }),
    invoiceFixture('acc1', 5, { dueAt: '2026-11-01', status: 'unknown', rawStatus: 'frozen', number: 'FROZEN' }),
  ], NOW);
  const clock = new FakeClock({ startMs: NOW, autoAdvance: false });
  const workspace = await openTestWorkspace(dataDir, { credentials: new MemoryCredentialStore(), clock });
  opened.push(workspace);
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const ctx: CliContext = {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      env: {},
      readStdin: async () => '',
      dataDir,
      openWorkspace: async () => workspace,
    };
    const code = await runList(argv, ctx, () => NOW);
    return { code, out, err };
  };
  return { workspace, run, dataDir };
}

type Listed = { number: string; state: string; payable: boolean; dueDay: string | null; kind: string };

describe('cli list', () => {
  it('--format json carries the kind, the user\'s mark and the look-alike an invoice is counted with', async () => {
    const { workspace, run } = await setup();
    workspace.marks.apply({ ids: ['acc1:in_3'] }, { kind: 'paid' });
    // The same key added twice: the second account's copy of DUE-21 is a possible duplicate.
    workspace.store.accounts.insert({ id: 'acc2', provider: 'gpuoutlet', label: 'Acme again', baseUrl: null, createdAt: '2026-02-01T00:00:00.000Z', demo: false });
    const copy = { ...invoiceFixture('acc1', 1, { dueAt: '2026-11-21', number: 'DUE-21' }), id: 'acc2:in_1', accountId: 'acc2' };
    workspace.store.invoices.commitSync({ accountId: 'acc2', fetchStartedAt: '2026-11-22T00:00:00.000Z', finishedAt: '2026-11-22T00:00:00.000Z', invoices: [copy], complete: true, warnings: [] });
    const listed = JSON.parse((await run('--format', 'json', '--tz', 'UTC')).out) as Array<Listed & { id: string; userMark: { markedPaidAt: string; markedPaidBy: string } | null; possibleDuplicateOf: string | null }>;
    const byId = new Map(listed.map((entry) => [entry.id, entry]));
    expect(byId.get('acc1:in_4')?.kind).toBe('prepayment');
    expect(byId.get('acc1:in_3')?.userMark).toMatchObject({ markedPaidAt: new Date(NOW).toISOString(), muted: false });
    expect(byId.get('acc1:in_1')?.userMark).toBeNull();
    expect(byId.get('acc2:in_1')?.possibleDuplicateOf).toBe('acc1:in_1');
    expect(byId.get('acc1:in_1')?.possibleDuplicateOf).toBeNull();
    // Called a separate bill: no longer counted with the look-alike.
    workspace.inbox.decideDuplicate('acc2:in_1', true);
    const decided = JSON.parse((await run('--format', 'json', '--tz', 'UTC')).out) as Array<{ id: string; userMark: { separateBill: boolean } | null; possibleDuplicateOf: string | null }>;
    const copyListed = decided.find((entry) => entry.id === 'acc2:in_1');
    expect(copyListed?.possibleDuplicateOf).toBeNull();
    expect(copyListed?.userMark?.separateBill).toBe(true);
  });

  it('prints each invoice state on the calendar of --tz: due today in New York is overdue in UTC', async () => {
    const { run } = await setup();
    const ny = JSON.parse((await run('--format', 'json', '--tz', 'America/New_York')).out) as Listed[];
    // Due date order (no due date last), as the CLI has always printed.
    expect(ny.map((i) => [i.number, i.state, i.payable, i.dueDay])).toEqual([
      ['FROZEN', 'unknown', false, '2026-11-01'],
      ['DUE-21', 'due_today', true, '2026-11-21'],
      ['DUE-21-TIME', 'due_today', true, '2026-11-21'],
      ['TOPUP', 'open', false, '2026-11-30'],
      ['NO-DATE', 'no_due_date', true, null],
    ]);
    const utc = JSON.parse((await run('--format', 'json', '--tz', 'UTC')).out) as Listed[];
    expect(utc.slice(1, 3).map((i) => i.state)).toEqual(['overdue', 'overdue']);
  });

  it('shows the state and the kind in the table', async () => {
    const { run } = await setup();
    const { code, out } = await run('--tz', 'America/New_York');
    expect(code).toBe(EXIT.ok);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ACCOUNT\s+PROVIDER\s+NUMBER\s+STATE\s+KIND\s+DUE\s+AMOUNT DUE\s+TOTAL$/);
    expect(lines.find((l) => l.includes('DUE-21 '))).toMatch(/DUE-21\s+Due today\s+2026-11-21/);
    expect(lines.find((l) => l.includes('TOPUP'))).toMatch(/TOPUP\s+Open\s+prepayment\s+2026-11-30/);
    expect(lines.find((l) => l.includes('FROZEN'))).toMatch(/FROZEN\s+Unknown/);
    expect(lines.find((l) => l.includes('NO-DATE'))).toMatch(/NO-DATE\s+No due date/);
  });

  it('writes the state, kind and payable columns in csv', async () => {
    const { run } = await setup();
    const [header, , first] = (await run('--format', 'csv', '--tz', 'UTC')).out.split('\r\n');
    expect(header).toBe(
      'id,account_id,account_label,provider,number,state,status,raw_status,kind,payable,currency,total,amount_due,amount_paid,issued_at,due_at,paid_at,description,pay_url,pdf_url',
    );
    expect(first).toMatch(/^acc1:in_1,acc1,Acme GPUs,gpuoutlet,DUE-21,overdue,open,open,invoice,yes,USD,/);
  });

  it('refuses a zone that is not an IANA name', async () => {
    const { run } = await setup();
    await expect(run('--tz', 'Mars/Base')).rejects.toThrow('--tz must be an IANA time zone name such as Europe/Berlin or America/New_York, got "Mars/Base"');
  });
});

describe('cli list --output: the app\'s exporter for scripts', () => {
  it('writes a workbook with --format xlsx --output: the listed invoices as number and date cells, totals per currency', async () => {
    const { run, dataDir } = await setup();
    const file = path.join(dataDir, 'out', 'invoices.xlsx');
    await fs.mkdir(path.dirname(file));
    const { code, out, err } = await run('--format', 'xlsx', '--output', file, '--status', 'due_today,no_due_date', '--tz', 'America/New_York');
    expect([code, out, err]).toEqual([EXIT.ok, '', `Wrote 3 invoices to ${file}.\n`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Invoices');
    const rows = [2, 3, 4].map((n) => sheet?.getRow(n));
    expect(rows.map((row) => [row?.getCell(3).value, row?.getCell(5).value])).toEqual([
      ['DUE-21', 'Due today'],
      ['DUE-21-TIME', 'Due today'],
      ['NO-DATE', 'No due date'],
    ]);
    expect(rows[0]?.getCell(8).value).toBe(10);
    expect(rows[0]?.getCell(8).numFmt).toBe('#,##0.00');
    // A due moment at 15:00 UTC is the 21st in New York: a date cell of that day.
    expect(rows[1]?.getCell(12).value).toEqual(new Date(Date.UTC(2026, 10, 21)));
    expect(book.getWorksheet('Totals per currency')?.getRow(2).values).toEqual([undefined, 'USD', 3, 30, 3, 0, 0]);
    expect(await fs.readdir(path.dirname(file))).toEqual(['invoices.xlsx']);
  });

  it('writes the app\'s CSV (BOM, exact decimals, ISO days) with --format csv --output; stdout csv keeps the scripts\' layout', async () => {
    const { run, dataDir } = await setup();
    const file = path.join(dataDir, 'invoices.csv');
    expect((await run('--format', 'csv', '--output', file, '--tz', 'UTC')).code).toBe(EXIT.ok);
    const text = await fs.readFile(file, 'utf8');
    expect(text.startsWith('\uFEFFAccount,Provider,Number,')).toBe(true);
    expect(text.split('\r\n')[1]).toBe('Acme GPUs,GPU Outlet,FROZEN,in_5,Unknown,Invoice,USD,10.00,10.00,0.00,2026-06-01,2026-11-01,,,,');
    expect(text.split('\r\n')).toHaveLength(7);
  });

  it('refuses xlsx without --output, and --output with a text format', async () => {
    const { run } = await setup();
    await expect(run('--format', 'xlsx')).rejects.toThrow('--format xlsx needs --output FILE');
    await expect(run('--format', 'json', '--output', 'x.json')).rejects.toThrow('--output goes with --format csv or --format xlsx');
  });

  it('says plainly when the folder does not exist, leaving nothing behind', async () => {
    const { run, dataDir } = await setup();
    await expect(run('--format', 'csv', '--output', path.join(dataDir, 'missing', 'x.csv'))).rejects.toThrow(/its folder does not exist/);
  });
});

describe('cli list and due agree', () => {
  it('an invoice due today is "Due today" in both, on the same --tz calendar', async () => {
    const { workspace, run } = await setup();
    const { reminders } = workspace;
    for (const zone of ['America/New_York', 'UTC', 'Asia/Tokyo']) {
      const listed = JSON.parse((await run('--format', 'json', '--tz', zone)).out) as Listed[];
      let due = '';
      const code = await runDue(['--format', 'json', '--tz', zone, '--within', '30'], { stdout: (t) => (due += t), stderr: () => undefined }, { reminders, now: () => NOW });
      expect(code).toBe(EXIT.ok);
      const items = JSON.parse(due) as Array<{ number: string; state: string; dueBasis: string }>;
      const dueState = { overdue: 'overdue', due_today: 'due_today', due_soon: 'open' } as Record<string, string>;
      for (const item of items.filter((i) => i.dueBasis === 'provider')) {
        expect([zone, item.number, dueState[item.state]]).toEqual([zone, item.number, listed.find((i) => i.number === item.number)?.state]);
      }
      // Every payable reminds: a bill without a due date by its own rule (N days after issue), the list's "No due date".
      expect(items.map((i) => i.number).sort()).toEqual(listed.filter((i) => i.payable).map((i) => i.number).sort());
      const undated = items.find((i) => i.number === 'NO-DATE');
      expect([undated?.dueBasis, listed.find((i) => i.number === 'NO-DATE')?.state]).toEqual(['issued', 'no_due_date']);
    }
  });
});
