/**
 * Reminder preferences: defaults, validation of what is stored or sent, and the moments "pause for an
 * hour" / "until tomorrow" resolve to. Times of day ("08:00", quiet hours) are on the user's local
 * calendar (see local-time.ts).
 */
import { reminderPreferencesPatchSchema, reminderPreferencesSchema } from '../../../src-shared/contract/reminders';
import type { PauseUntil, ReminderPreferences } from '../../../src-shared/domain';
import { addDays } from '../../../src-shared/domain';
import { localDay, localMinuteOfDay, parseTimeOfDay, startOfLocalDay, type TimeZone } from './local-time';

export const DEFAULT_PREFERENCES: Readonly<ReminderPreferences> = Object.freeze({
  leadDays: [7, 3, 1, 0],
  overdueDaily: true,
  digest: { enabled: true, weekday: 1, time: '08:00' },
  quietHours: { start: '22:00', end: '07:00' },
  pausedUntil: null,
  paidCheckDays: 3,
  noDueDateDays: 14,
});

export function defaultPreferences(): ReminderPreferences {
  return clone(DEFAULT_PREFERENCES);
}

/** A preference or snooze the user gave that cannot be used; the message says why, for the user. */
export class ReminderInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReminderInputError';
  }
}

/** Lead days largest first, without repeats. */
function tidy(prefs: ReminderPreferences): ReminderPreferences {
  return { ...prefs, leadDays: [...new Set(prefs.leadDays)].sort((a, b) => b - a) };
}

/**
 * Reads stored preferences leniently: every valid field is kept, a missing or invalid one falls back
 * to its default (a hand-edited file never stops reminders).
 */
export function readPreferences(raw: unknown): ReminderPreferences {
  const result = defaultPreferences();
  if (typeof raw !== 'object' || raw === null) return result;
  const record = raw as Record<string, unknown>;
  const shape = reminderPreferencesSchema.shape;
  const pick = <K extends keyof ReminderPreferences>(key: K): void => {
    const parsed = shape[key].safeParse(record[key]);
    if (parsed.success) result[key] = parsed.data as ReminderPreferences[K];
  };
  pick('leadDays');
  pick('overdueDaily');
  pick('digest');
  pick('quietHours');
  pick('pausedUntil');
  pick('paidCheckDays');
  pick('noDueDateDays');
  return tidy(result);
}

/** Applies a patch strictly: an invalid field is refused with a message naming it. */
export function applyPreferencesPatch(current: ReminderPreferences, patch: unknown): ReminderPreferences {
  const parsed = reminderPreferencesPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new ReminderInputError(`Invalid reminder preference${field ? ` "${field}"` : ''}: ${issue?.message ?? 'bad value'}.`);
  }
  const next: ReminderPreferences = { ...clone(current) };
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  return tidy(next);
}

/** True while reminders are paused. */
export function isPaused(prefs: ReminderPreferences, nowMs: number): boolean {
  return prefs.pausedUntil !== null && Date.parse(prefs.pausedUntil) > nowMs;
}

/** True when `nowMs` falls in the quiet hours (start inclusive, end exclusive; may span midnight). */
export function inQuietHours(prefs: ReminderPreferences, nowMs: number, zone: TimeZone): boolean {
  if (prefs.quietHours === null) return false;
  const start = parseTimeOfDay(prefs.quietHours.start);
  const end = parseTimeOfDay(prefs.quietHours.end);
  if (start === end) return false;
  const minute = localMinuteOfDay(nowMs, zone);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The ISO moment a pause ends: in one hour, or at the start of tomorrow (local); null resumes. */
export function resolvePause(until: PauseUntil, nowMs: number, zone: TimeZone): string | null {
  if (until === null) return null;
  if (until === 'one_hour') return new Date(nowMs + 3_600_000).toISOString();
  return new Date(startOfLocalDay(addDays(localDay(nowMs, zone), 1), zone)).toISOString();
}

function clone(prefs: Readonly<ReminderPreferences>): ReminderPreferences {
  return {
    ...prefs,
    leadDays: [...prefs.leadDays],
    digest: { ...prefs.digest },
    quietHours: prefs.quietHours === null ? null : { ...prefs.quietHours },
  };
}
