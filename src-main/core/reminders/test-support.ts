import type { Invoice } from '../../../src-shared/domain';
import { FakeClock } from '../testing/fake-clock';
import { fixedOffsetZone } from './local-time';
import { defaultPreferences } from './preferences';
import { ReminderService } from './reminders-service';
import type { PlannedNotification } from './notification-text';
import type { ReminderPreferences } from '../../../src-shared/domain';
import { openMemoryStore } from '../store/sqlite-store';
import type { WorkspaceStore } from '../store/types';
import { WorkspaceReminderStore } from './reminder-store';

/** Tests run on UTC unless they say otherwise, so "local day" equals the ISO date. */
export const UTC = fixedOffsetZone(0);

export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test time ${iso}`);
  return ms;
};

let counter = 0;

/** An open USD invoice of account acme (GPU Outlet), due on a calendar date. */
export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  counter++;
  const accountId = overrides.accountId ?? 'acme';
  const providerInvoiceId = overrides.providerInvoiceId ?? `in_${counter}`;
  return {
    id: `${accountId}:${providerInvoiceId}`,
    accountId,
    provider: 'gpuoutlet',
    providerInvoiceId,
    number: `INV-${String(counter).padStart(4, '0')}`,
    status: 'open',
    rawStatus: 'open',
    kind: 'invoice',
    currency: 'USD',
    total: 12_000,
    amountDue: 12_000,
    amountPaid: 0,
    issuedAt: '2026-11-01T10:00:00.000Z',
    dueAt: '2026-11-30',
    paidAt: null,
    periodStart: null,
    periodEnd: null,
    description: null,
    payUrl: null,
    pdfUrl: null,
    receiptUrl: null,
    lineItems: [],
    updatedAt: null,
    ...overrides,
  };
}

/** Preferences with defaults, quiet hours and digest off unless a test turns them on. */
export function prefs(overrides: Partial<ReminderPreferences> = {}): ReminderPreferences {
  return { ...defaultPreferences(), quietHours: null, digest: { enabled: false, weekday: 1, time: '08:00' }, ...overrides };
}

/** Account ids the reminder tests use (marks belong to an account, so the accounts must exist). */
export const TEST_ACCOUNTS = ['acme', 'acc1', 'ghost', 'muted-co', 'other', 'other-co'];

/** A workspace in memory with the test accounts in it. */
export function testWorkspace(accountIds: readonly string[] = TEST_ACCOUNTS): WorkspaceStore {
  const store = openMemoryStore();
  for (const id of accountIds) {
    store.accounts.insert({ id, provider: 'gpuoutlet', label: id, baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false });
  }
  return store;
}

export interface Harness {
  clock: FakeClock;
  service: ReminderService;
  shown: PlannedNotification[];
  /** The workspace the service keeps its state in (another "process" can open a second service on it). */
  store: WorkspaceStore;
}

/** A reminder service on a fake clock over an in-memory workspace (or the given one). */
export async function harness(
  startIso: string,
  options: { prefs?: ReminderPreferences; store?: WorkspaceStore; clock?: FakeClock } = {},
): Promise<Harness> {
  const clock = options.clock ?? new FakeClock({ startMs: at(startIso), autoAdvance: false });
  const shown: PlannedNotification[] = [];
  const store = options.store ?? testWorkspace();
  const reminderStore = new WorkspaceReminderStore(store);
  if (!options.store || options.prefs) reminderStore.savePreferences(options.prefs ?? prefs(), new Date(clock.now()).toISOString());
  const service = new ReminderService({ clock, zone: UTC, store: reminderStore, user: 'tester', notify: (n) => shown.push(n) });
  return { clock, service, shown, store };
}

export const HOUR = 3_600_000;

export interface Shown {
  at: string;
  notification: PlannedNotification;
}

/** Ticks the service every `stepMs` of fake time until `untilIso`, collecting what it showed and when. */
export async function runUntil(h: Harness, untilIso: string, stepMs = HOUR): Promise<Shown[]> {
  const out: Shown[] = [];
  while (h.clock.now() < at(untilIso)) {
    await h.clock.advance(Math.min(stepMs, at(untilIso) - h.clock.now()));
    for (const notification of await h.service.tick()) out.push({ at: h.clock.iso(), notification });
  }
  return out;
}

/** "2026-11-23T00:00:00.000Z lead Invoice X is due in 7 days" lines, for readable assertions. */
export function lines(shown: Shown[]): string[] {
  return shown.map(({ at: time, notification }) => `${time.slice(0, 16)} ${notification.reason} ${notification.title}`);
}
