/**
 * The first open of a data dir written before the workspace database: its JSON files (accounts,
 * each account's cached invoices, reminder state and preferences, app settings and saved views) are
 * imported in the transaction that creates the database, then renamed to `*.imported-<time>` as a
 * backup (never deleted). A file that cannot be read is kept as it is and said in a notice.
 */
import type { Database } from 'better-sqlite3';
import * as fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROVIDER_IDS, type Account } from '../../../../src-shared/domain';
import { isSafeAccountId } from '../../cache/safe-name';
import { parseState } from '../../reminders/state';
import { AccountsTable } from '../accounts-table';
import { InvoicesTable } from '../invoices-table';
import { NoticesTable, SettingsTable } from '../settings-table';
import { UserDataTable } from '../user-data-table';
import { checkSnapshot } from './snapshot-check';

export const LEGACY_FILES = ['accounts.json', 'settings.json', 'reminders.json', 'reminder-preferences.json'] as const;
const PENDING_KEY = 'legacy.pendingRenames';

const storedAccount = z.object({
  id: z.string().refine(isSafeAccountId),
  provider: z.enum(PROVIDER_IDS),
  label: z.string().min(1),
  baseUrl: z.string().nullable(),
  createdAt: z.string(),
  demo: z.boolean(),
});

type Read = { kind: 'missing' } | { kind: 'ok'; value: unknown } | { kind: 'bad'; reason: string };

function readJson(file: string): Read {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', reason: 'it could not be read' };
  }
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'bad', reason: 'it is damaged (not valid JSON)' };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface LegacyImportResult {
  imported: boolean;
  accounts: number;
  invoices: number;
  problems: string[];
}

/** True when the data dir holds files of the JSON era (the import has something to do). */
export function hasLegacyFiles(dataDir: string): boolean {
  return LEGACY_FILES.some((name) => fs.existsSync(path.join(dataDir, name))) || fs.existsSync(path.join(dataDir, 'cache'));
}

/** Imports the JSON-era files into the database being created (the caller holds its transaction). */
export function importLegacyFiles(db: Database, dataDir: string, nowIso: string): LegacyImportResult {
  const result: LegacyImportResult = { imported: false, accounts: 0, invoices: 0, problems: [] };
  if (!hasLegacyFiles(dataDir)) return result;
  const invoicesTable = new InvoicesTable(db);
  const accounts = new AccountsTable(db, (id) => invoicesTable.reindexAccount(id));
  const userData = new UserDataTable(db);
  const settings = new SettingsTable(db);
  const file = (name: string): string => path.join(dataDir, name);

  const imported = importAccounts(readJson(file('accounts.json')), accounts, result);
  for (const account of imported) {
    const read = readJson(path.join(dataDir, 'cache', `${account.id}.json`));
    if (read.kind === 'missing') continue;
    const check = read.kind === 'ok' ? checkSnapshot(read.value, account.id) : null;
    if (!check?.ok) {
      result.problems.push(`The saved invoices of "${account.label}" could not be read (${check?.detail ?? (read as { reason: string }).reason}); sync it to fetch them again.`);
      continue;
    }
    invoicesTable.commitSync({
      accountId: account.id,
      fetchStartedAt: check.snapshot.syncedAt,
      finishedAt: check.snapshot.syncedAt,
      invoices: check.snapshot.invoices,
      complete: true,
      warnings: [],
    });
    result.invoices += check.snapshot.invoices.length;
  }
  importReminders(readJson(file('reminders.json')), imported, userData, nowIso, result);
  const prefs = readJson(file('reminder-preferences.json'));
  if (prefs.kind === 'ok') settings.set({ 'reminders.preferences': prefs.value }, nowIso);
  importSettings(readJson(file('settings.json')), settings, nowIso, result);

  if (result.problems.length > 0) {
    const notices = new NoticesTable(db);
    for (const problem of result.problems) notices.add('import_problem', `${problem} The old files are kept in ${dataDir}.`, nowIso);
  }
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(PENDING_KEY, nowIso);
  result.imported = true;
  return result;
}

function importAccounts(read: Read, accounts: AccountsTable, result: LegacyImportResult): Account[] {
  if (read.kind === 'missing') return [];
  if (read.kind === 'bad' || !isRecord(read.value) || !Array.isArray(read.value.accounts)) {
    result.problems.push(`Your account list (accounts.json) could not be read${read.kind === 'bad' ? ` because ${read.reason}` : ''}; add your accounts again (their credentials are still in the keychain).`);
    return [];
  }
  const imported: Account[] = [];
  let skipped = 0;
  for (const entry of read.value.accounts) {
    const parsed = storedAccount.safeParse(entry);
    if (!parsed.success || accounts.find(parsed.data.id)) {
      skipped++;
      continue;
    }
    accounts.insert(parsed.data);
    imported.push(parsed.data);
  }
  if (skipped > 0) result.problems.push(`${skipped} ${skipped === 1 ? 'entry' : 'entries'} of your account list (accounts.json) could not be read and ${skipped === 1 ? 'was' : 'were'} not imported.`);
  result.accounts = imported.length;
  return imported;
}

function importReminders(read: Read, accounts: readonly Account[], userData: UserDataTable, nowIso: string, result: LegacyImportResult): void {
  if (read.kind === 'missing') return;
  const parsed = read.kind === 'ok' ? parseState(read.value) : null;
  if (!parsed?.ok) {
    result.problems.push('Your snoozes, mutes and "I paid this" marks (reminders.json) could not be read and were not imported.');
    return;
  }
  const known = new Set(accounts.map((account) => account.id));
  const { state } = parsed;
  for (const [invoiceId, entry] of Object.entries(state.invoices)) {
    const accountId = invoiceId.slice(0, Math.max(0, invoiceId.indexOf(':')));
    if (!known.has(accountId)) continue;
    userData.updateMark(
      invoiceId,
      accountId,
      {
        snoozedUntil: entry.snoozedUntil ?? null,
        muted: entry.muted ?? false,
        markedPaidAt: entry.markedPaidAt ?? null,
        markedStatus: entry.markedStatus ?? null,
      },
      { at: nowIso, by: 'Invoice Inbox', action: 'imported', detail: 'Carried over from reminders.json' },
    );
  }
  for (const [accountId, entry] of Object.entries(state.accounts)) if (entry.muted && known.has(accountId)) userData.setAccountMuted(accountId, true, nowIso);
  for (const [key, at] of Object.entries(state.fired)) userData.recordFired([key], at);
  if (state.lastCheckAt !== null) userData.setLastCheckAt(state.lastCheckAt);
}

function importSettings(read: Read, settings: SettingsTable, nowIso: string, result: LegacyImportResult): void {
  if (read.kind === 'missing') return;
  if (read.kind === 'bad' || !isRecord(read.value)) {
    result.problems.push('Your app settings and saved views (settings.json) could not be read and were not imported.');
    return;
  }
  const value = read.value;
  const values: Record<string, unknown> = {};
  for (const key of ['theme', 'syncIntervalMinutes', 'startAtLogin']) if (value[key] !== undefined) values[`app.${key}`] = value[key];
  settings.set(values, nowIso);
  const views = Array.isArray(value.savedViews) ? value.savedViews : [];
  for (const view of views) {
    if (!isRecord(view) || typeof view.id !== 'string' || typeof view.name !== 'string') continue;
    settings.saveView({ id: view.id, name: view.name, definition: { filter: view.filter, sort: view.sort } }, nowIso);
  }
}

/**
 * After the import committed: renames the JSON-era files to `<name>.imported-<stamp>` (the cache
 * folder too). Runs on every open until it has succeeded, so a crash in between only delays it.
 */
export function finishLegacyImport(db: Database, dataDir: string, stamp: string): string[] {
  // Nothing left to rename (every open after the first): no query.
  if (!hasLegacyFiles(dataDir)) return [];
  const pending = db.prepare('SELECT value FROM meta WHERE key = ?').get(PENDING_KEY) as { value: string } | undefined;
  if (!pending) return [];
  const suffix = `.imported-${stamp.replace(/[:.]/g, '-')}`;
  const renamed: string[] = [];
  for (const name of [...LEGACY_FILES, 'cache']) {
    const from = path.join(dataDir, name);
    if (!fs.existsSync(from)) continue;
    const ext = path.extname(name);
    const to = path.join(dataDir, `${ext ? name.slice(0, -ext.length) : name}${suffix}${ext}`);
    try {
      fs.renameSync(from, to);
      renamed.push(to);
    } catch {
      return renamed; // try again on the next open
    }
  }
  db.prepare('DELETE FROM meta WHERE key = ?').run(PENDING_KEY);
  return renamed;
}
