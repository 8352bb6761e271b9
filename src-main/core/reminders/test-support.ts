import type { Invoice } from '../../../src-shared/domain';
import { FakeClock } from '../testing/fake-clock';
import { fixedOffsetZone } from './local-time';
import { defaultPreferences } from './preferences';
import { ReminderService } from './reminders-service';
import type { PlannedNotification } from './notification-text';
import { MemoryPreferencesStore, MemoryReminderStateStore, type PreferencesStore, type ReminderStateStore } from './state-store';
import type { ReminderPreferences } from '../../../src-shared/domain';

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

export interface Harness {
  clock: FakeClock;
  service: ReminderService;
  shown: PlannedNotification[];
  stateStore: ReminderStateStore;
  preferencesStore: PreferencesStore;
}

/** A reminder service on a fake clock with in-memory stores (or the given ones). */
export async function harness(
  startIso: string,
  options: { prefs?: ReminderPreferences; stateStore?: ReminderStateStore; preferencesStore?: PreferencesStore; clock?: FakeClock } = {},
): Promise<Harness> {
  const clock = options.clock ?? new FakeClock({ startMs: at(startIso), autoAdvance: false });
  const shown: PlannedNotification[] = [];
  const stateStore = options.stateStore ?? new MemoryReminderStateStore();
  const preferencesStore = options.preferencesStore ?? new MemoryPreferencesStore(options.prefs ?? prefs());
  const service = await ReminderService.open({ clock, zone: UTC, stateStore, preferencesStore, notify: (n) => shown.push(n) });
  return { clock, service, shown, stateStore, preferencesStore };
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
