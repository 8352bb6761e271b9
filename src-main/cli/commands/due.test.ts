import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryCredentialStore } from '../../core/credentials/memory-store';
import { UTC, at } from '../../core/reminders/test-support';
import { FakeClock } from '../../core/testing/fake-clock';
import { seedDataDir } from '../../core/testing/seeded-store';
import { openTestWorkspace } from '../../core/testing/test-workspace';
import { invoiceFixture } from '../../services/test-support';
import { runDue, type DueDeps } from './due';

const NOW = '2026-11-21T12:00:00Z';

async function setup() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-due-'));
  const clock = new FakeClock({ startMs: at(NOW), autoAdvance: false });
  const accounts = [{ id: 'acc1', provider: 'gpuoutlet' as const, label: 'Acme GPUs', baseUrl: null, createdAt: NOW, demo: false }];
  const invoices = [
    invoiceFixture('acc1', 1, { dueAt: '2026-11-19', amountDue: 123_400, number: 'INV-1' }),
    invoiceFixture('acc1', 2, { dueAt: '2026-11-21', amountDue: 9_000, currency: 'EUR', number: 'INV-2' }),
    invoiceFixture('acc1', 3, { dueAt: '2026-11-25', number: 'INV-3' }),
    invoiceFixture('acc1', 4, { dueAt: '2026-12-15', number: 'INV-4' }),
    invoiceFixture('acc1', 5, { dueAt: '2026-11-20', status: 'void', number: 'INV-5' }),
  ];
  seedDataDir(dataDir, accounts, invoices, clock.now());
  const workspace = await openTestWorkspace(dataDir, { credentials: new MemoryCredentialStore(), clock, zone: UTC });
  const { reminders } = workspace;
  const deps: DueDeps = { reminders, now: () => clock.now() };
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDue(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, deps);
    return { code, stdout: out.join(''), stderr: err.join('') };
  };
  const labels = { acc1: 'Acme GPUs' };
  return { dataDir, clock, workspace, invoices, labels, reminders, run };
}

const numbers = (json: string): string[] => (JSON.parse(json) as Array<{ number: string }>).map((item) => item.number);

describe('cli due', () => {
  it('prints a table of what is overdue or due within 7 days, most urgent first', async () => {
    const { run } = await setup();
    const { code, stdout, stderr } = await run();
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      [
        'STATE      DUE         WHEN               INVOICE  PROVIDER    ACCOUNT      AMOUNT DUE  NOTE',
        '---------  ----------  -----------------  -------  ----------  ---------  ------------  ----',
        'Overdue    2026-11-19  overdue by 2 days  INV-1    GPU Outlet  Acme GPUs  USD 1,234.00',
        'Due today  2026-11-21  due today          INV-2    GPU Outlet  Acme GPUs     EUR 90.00',
        'Open       2026-11-25  due in 4 days      INV-3    GPU Outlet  Acme GPUs     USD 10.00',
        '',
      ].join('\n'),
    );
  });

  it('--format json prints exactly what reminders:list returns; --within widens the window', async () => {
    const { run, reminders } = await setup();
    const { stdout } = await run('--format', 'json', '--within', '30');
    expect(numbers(stdout)).toEqual(['INV-1', 'INV-2', 'INV-3', 'INV-4']);
    expect(JSON.parse(stdout)).toEqual(reminders.due({ withinDays: 30 }));
    expect(numbers((await run('--within=0', '--format=json')).stdout)).toEqual(['INV-1', 'INV-2']);
  });

  it('--as-of computes from the start of that day', async () => {
    const { run } = await setup();
    const { stdout } = await run('--as-of', '2026-12-10', '--format', 'json');
    expect(numbers(stdout)).toEqual(['INV-1', 'INV-2', 'INV-3', 'INV-4']);
    const items = JSON.parse(stdout) as Array<{ daysUntilDue: number }>;
    expect(items.map((item) => item.daysUntilDue)).toEqual([-21, -19, -15, 5]);
  });

  it('--tz counts days on that calendar: due today in New York is overdue in Tokyo', async () => {
    const { run, clock } = await setup();
    // 03:00 UTC on Nov 22: still Nov 21 in New York, already Nov 22 in Tokyo.
    clock.setNow(at('2026-11-22T03:00:00Z'));
    const states = async (zone: string) =>
      (JSON.parse((await run('--format', 'json', '--tz', zone)).stdout) as Array<{ number: string; state: string }>).map((i) => `${i.number}:${i.state}`);
    expect(await states('America/New_York')).toEqual(['INV-1:overdue', 'INV-2:due_today', 'INV-3:due_soon']);
    expect(await states('Asia/Tokyo')).toEqual(['INV-1:overdue', 'INV-2:overdue', 'INV-3:due_soon']);
  });

  it('honours snooze, mute and "I paid this" from the data dir', async () => {
    const { run, reminders } = await setup();
    await reminders.snooze('acc1:in_1', 'tomorrow');
    await reminders.markPaid('acc1:in_2', true);
    expect(numbers((await run('--format', 'json')).stdout)).toEqual(['INV-3']);
  });

  it.each([
    [['--within', 'seven'], '--within must be a whole number of days from 0 to 366, got "seven"'],
    [['--within', '-1'], '--within must be a whole number of days from 0 to 366, got "-1"'],
    [['--within', '400'], '--within must be a whole number of days from 0 to 366, got "400"'],
    [['--as-of', '2026-13-01'], '--as-of must be a date as YYYY-MM-DD, got "2026-13-01"'],
    [['--format', 'csv'], '--format must be one of table, json, got "csv"'],
    [['--soon'], 'unknown option --soon'],
    [['today'], 'due takes no argument "today"'],
    [['--tz', 'Mars/Base'], '--tz must be an IANA time zone name such as Europe/Berlin or America/New_York, got "Mars/Base"'],
  ])('bad arguments %j: exit 2 with a one-line reason', async (argv, reason) => {
    const { run } = await setup();
    const result = await run(...argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `invoice-inbox: ${reason}\n` });
  });

  it('says so on stderr when nothing is due', async () => {
    const { run, workspace } = await setup();
    await workspace.inbox.removeAccount('acc1');
    expect(await run()).toEqual({ code: 0, stdout: '', stderr: 'Nothing overdue or due within 7 days. Run "sync" first if you have not synced yet.\n' });
    expect((await run('--format', 'json')).stdout).toBe('[]\n');
  });
});
