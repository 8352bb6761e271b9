import { describe, expect, it } from 'vitest';
import { openFileReminderService } from '../../core/reminders/open';
import { at } from '../../core/reminders/test-support';
import { FakeClock } from '../../core/testing/fake-clock';
import { FakeInbox, invoiceFixture } from '../../services/test-support';
import { EXIT, type CliContext } from '../io';
import { runDue } from './due';
import { runList } from './list';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** 23:30 on Nov 21 in New York is already Nov 22 in UTC. */
const NOW = at('2026-11-22T04:30:00Z');

function setup() {
  const inbox = new FakeInbox();
  inbox.accounts = [{ id: 'acc1', provider: 'gpuoutlet', label: 'Acme GPUs', baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false }];
  inbox.invoices = [
    invoiceFixture('acc1', 1, { dueAt: '2026-11-21', number: 'DUE-21' }),
    invoiceFixture('acc1', 2, { dueAt: '2026-11-21T15:00:00.000Z', number: 'DUE-21-TIME' }),
    invoiceFixture('acc1', 3, { dueAt: null, number: 'NO-DATE' }),
    invoiceFixture('acc1', 4, { dueAt: '2026-11-30', kind: 'prepayment', number: 'TOPUP' }),
    invoiceFixture('acc1', 5, { dueAt: '2026-11-01', status: 'unknown', rawStatus: 'frozen', number: 'FROZEN' }),
  ];
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const ctx: CliContext = {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      env: {},
      readStdin: async () => '',
      dataDir: '/nonexistent',
      openInbox: async () => inbox,
    };
    const code = await runList(argv, ctx, () => NOW);
    return { code, out, err };
  };
  return { inbox, run };
}

type Listed = { number: string; state: string; payable: boolean; dueDay: string | null; kind: string };

describe('cli list', () => {
  it('prints each invoice state on the calendar of --tz: due today in New York is overdue in UTC', async () => {
    const { run } = setup();
    const ny = JSON.parse((await run('--format', 'json', '--tz', 'America/New_York')).out) as Listed[];
    expect(ny.map((i) => [i.number, i.state, i.payable, i.dueDay])).toEqual([
      ['DUE-21', 'due_today', true, '2026-11-21'],
      ['DUE-21-TIME', 'due_today', true, '2026-11-21'],
      ['NO-DATE', 'no_due_date', true, null],
      ['TOPUP', 'open', false, '2026-11-30'],
      ['FROZEN', 'unknown', false, '2026-11-01'],
    ]);
    const utc = JSON.parse((await run('--format', 'json', '--tz', 'UTC')).out) as Listed[];
    expect(utc.slice(0, 2).map((i) => i.state)).toEqual(['overdue', 'overdue']);
  });

  it('shows the state and the kind in the table', async () => {
    const { run } = setup();
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
    const { run } = setup();
    const [header, first] = (await run('--format', 'csv', '--tz', 'UTC')).out.split('\r\n');
    expect(header).toBe(
      'id,account_id,account_label,provider,number,state,status,raw_status,kind,payable,currency,total,amount_due,amount_paid,issued_at,due_at,paid_at,description,pay_url,pdf_url',
    );
    expect(first).toMatch(/^acc1:in_1,acc1,Acme GPUs,gpuoutlet,DUE-21,overdue,open,open,invoice,yes,USD,/);
  });

  it('refuses a zone that is not an IANA name', async () => {
    const { run } = setup();
    await expect(run('--tz', 'Mars/Base')).rejects.toThrow('--tz must be an IANA time zone name such as Europe/Berlin or America/New_York, got "Mars/Base"');
  });
});

describe('cli list and due agree', () => {
  it('an invoice due today is "Due today" in both, on the same --tz calendar', async () => {
    const { inbox, run } = setup();
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-list-'));
    const clock = new FakeClock({ startMs: NOW, autoAdvance: false });
    const reminders = await openFileReminderService({ dataDir, clock });
    for (const zone of ['America/New_York', 'UTC', 'Asia/Tokyo']) {
      const listed = JSON.parse((await run('--format', 'json', '--tz', zone)).out) as Listed[];
      let due = '';
      const code = await runDue(['--format', 'json', '--tz', zone, '--within', '30'], { stdout: (t) => (due += t), stderr: () => undefined }, { inbox, reminders, now: () => NOW });
      expect(code).toBe(EXIT.ok);
      const items = JSON.parse(due) as Array<{ number: string; state: string }>;
      const dueState = { overdue: 'overdue', due_today: 'due_today', due_soon: 'open' } as Record<string, string>;
      for (const item of items) expect([zone, item.number, dueState[item.state]]).toEqual([zone, item.number, listed.find((i) => i.number === item.number)?.state]);
      // Only payables with a due date remind.
      expect(items.map((i) => i.number).sort()).toEqual(listed.filter((i) => i.payable && i.dueDay !== null).map((i) => i.number).sort());
    }
    await fs.rm(dataDir, { recursive: true, force: true });
  });
});
