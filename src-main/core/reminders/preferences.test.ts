import { applyPreferencesPatch, defaultPreferences, inQuietHours, readPreferences, resolvePause } from './preferences';
import { resolveSnooze } from './snooze';
import { ianaZone } from './local-time';
import { UTC, at, prefs } from './test-support';

describe('reminder preferences', () => {
  it('defaults: 7, 3, 1 days before and on the due day, daily overdue, Monday 08:00 digest, quiet 22:00-07:00', () => {
    expect(defaultPreferences()).toEqual({
      leadDays: [7, 3, 1, 0],
      overdueDaily: true,
      digest: { enabled: true, weekday: 1, time: '08:00' },
      quietHours: { start: '22:00', end: '07:00' },
      pausedUntil: null,
      paidCheckDays: 3,
      noDueDateDays: 14,
    });
  });

  it('a patch replaces the fields it gives, sorts lead days, and refuses bad values naming the field', () => {
    const next = applyPreferencesPatch(defaultPreferences(), { leadDays: [1, 14], quietHours: null });
    expect([next.leadDays, next.quietHours, next.overdueDaily]).toEqual([[14, 1], null, true]);
    expect(() => applyPreferencesPatch(next, { digest: { enabled: true, weekday: 1, time: '25:00' } })).toThrow(/"digest.time"/);
    expect(() => applyPreferencesPatch(next, { leadDays: [3, 3] })).toThrow(/must not repeat/);
    expect(() => applyPreferencesPatch(next, { leadDays: [-1] })).toThrow(/"leadDays.0"/);
    expect(() => applyPreferencesPatch(next, { leadDays: [3, 3] })).toThrow(expect.objectContaining({ name: 'ReminderInputError' }));
  });

  it('reads a damaged preferences value leniently', () => {
    expect(readPreferences(null)).toEqual(defaultPreferences());
    expect(readPreferences({ quietHours: { start: '23:00', end: '06:30' }, paidCheckDays: 0 })).toMatchObject({
      quietHours: { start: '23:00', end: '06:30' },
      paidCheckDays: 3,
    });
  });

  it('quiet hours include the start, exclude the end, and may span midnight', () => {
    const night = prefs({ quietHours: { start: '22:00', end: '07:00' } });
    expect(inQuietHours(night, at('2026-11-21T21:59:00Z'), UTC)).toBe(false);
    expect(inQuietHours(night, at('2026-11-21T22:00:00Z'), UTC)).toBe(true);
    expect(inQuietHours(night, at('2026-11-22T03:00:00Z'), UTC)).toBe(true);
    expect(inQuietHours(night, at('2026-11-22T07:00:00Z'), UTC)).toBe(false);
    // In New York, 03:30 UTC is 22:30 local: quiet.
    expect(inQuietHours(night, at('2026-11-22T03:30:00Z'), ianaZone('America/New_York'))).toBe(true);
    expect(inQuietHours(night, at('2026-11-22T13:00:00Z'), ianaZone('America/New_York'))).toBe(false);
    expect(inQuietHours(prefs({ quietHours: null }), at('2026-11-22T03:00:00Z'), UTC)).toBe(false);
  });

  it('pause and snooze resolve on the local calendar', () => {
    const newYork = ianaZone('America/New_York');
    const now = at('2026-11-22T02:00:00Z'); // Saturday 21:00 in New York
    expect(resolvePause('one_hour', now, newYork)).toBe('2026-11-22T03:00:00.000Z');
    expect(resolvePause('tomorrow', now, newYork)).toBe('2026-11-22T05:00:00.000Z');
    expect(resolvePause(null, now, newYork)).toBeNull();
    expect(resolveSnooze('tomorrow', now, newYork)).toBe('2026-11-22T05:00:00.000Z');
    expect(resolveSnooze('next_week', now, newYork)).toBe('2026-11-23T05:00:00.000Z');
    expect(resolveSnooze('next_week', at('2026-11-23T12:00:00Z'), UTC)).toBe('2026-11-30T00:00:00.000Z');
    expect(resolveSnooze('2026-12-01', now, newYork)).toBe('2026-12-01T05:00:00.000Z');
    expect(() => resolveSnooze('2026-11-21', now, newYork)).toThrow(/after today/);
    expect(() => resolveSnooze('soon', now, newYork)).toThrow(/expected tomorrow/);
  });
});
