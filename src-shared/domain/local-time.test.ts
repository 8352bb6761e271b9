import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fixedOffsetZone,
  ianaZone,
  isoWeekKey,
  isTimeZoneName,
  localDay,
  localMinuteOfDay,
  localTimeToMs,
  startOfLocalDay,
  systemZone,
  systemZoneName,
  weekdayOfDay,
  zoneNamed,
} from './local-time';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('local calendar', () => {
  const newYork = ianaZone('America/New_York');
  const berlin = ianaZone('Europe/Berlin');

  it('reads the local day and time of an instant in an IANA zone, across daylight saving', () => {
    // 02:30 UTC on Nov 22 is still Nov 21 in New York (EST, UTC-5).
    expect(localDay(at('2026-11-22T02:30:00Z'), newYork)).toBe('2026-11-21');
    expect(localMinuteOfDay(at('2026-11-22T02:30:00Z'), newYork)).toBe(21 * 60 + 30);
    // Summer: EDT, UTC-4.
    expect(newYork.offsetMinutes(at('2026-07-01T12:00:00Z'))).toBe(-240);
    expect(newYork.offsetMinutes(at('2026-12-01T12:00:00Z'))).toBe(-300);
    expect(berlin.offsetMinutes(at('2026-07-01T12:00:00Z'))).toBe(120);
  });

  it('finds the instant of a local wall-clock time, on daylight-saving days too', () => {
    expect(new Date(startOfLocalDay('2026-11-21', newYork)).toISOString()).toBe('2026-11-21T05:00:00.000Z');
    // Berlin springs forward on 2026-03-29 at 02:00; 08:00 that day is CEST (UTC+2).
    expect(new Date(localTimeToMs('2026-03-29', 8 * 60, berlin)).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(new Date(localTimeToMs('2026-03-28', 8 * 60, berlin)).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(new Date(localTimeToMs('2026-11-21', 7 * 60, fixedOffsetZone(330))).toISOString()).toBe('2026-11-21T01:30:00.000Z');
  });

  it('starts a day without a midnight when its clocks jump, and a day whose first hour repeats at its first midnight', () => {
    // Beirut, Mar 29 2026: 23:59 on Mar 28 is followed by 01:00 on Mar 29 (at 22:00 UTC).
    expect(iso(startOfLocalDay('2026-03-29', ianaZone('Asia/Beirut')))).toBe('2026-03-28T22:00:00.000Z');
    // Havana, Mar 8 2026: the same at 05:00 UTC.
    expect(iso(startOfLocalDay('2026-03-08', ianaZone('America/Havana')))).toBe('2026-03-08T05:00:00.000Z');
    // Havana, Nov 1 2026: 00:00-00:59 happens twice; the day starts at the first.
    expect(iso(startOfLocalDay('2026-11-01', ianaZone('America/Havana')))).toBe('2026-11-01T04:00:00.000Z');
    // Santiago, Apr 4 2026: 23:00-23:59 happens twice, so Apr 5 starts after the second.
    expect(iso(startOfLocalDay('2026-04-05', ianaZone('America/Santiago')))).toBe('2026-04-05T04:00:00.000Z');
    // A wall time inside Berlin's spring gap (02:30) is the first instant after it (03:00 CEST).
    expect(iso(localTimeToMs('2026-03-29', 150, berlin))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('knows zone names, builds each zone once, and accepts a name wherever a zone is read', () => {
    expect(isTimeZoneName('Europe/Berlin')).toBe(true);
    expect(isTimeZoneName('UTC')).toBe(true);
    expect(isTimeZoneName('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZoneName('')).toBe(false);
    expect(isTimeZoneName(' Europe/Berlin')).toBe(false);
    expect(isTimeZoneName(systemZoneName())).toBe(true);
    expect(zoneNamed('Asia/Tokyo')).toBe(zoneNamed('Asia/Tokyo'));
    expect(() => zoneNamed('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(localDay(at('2026-11-22T02:30:00Z'), 'America/New_York')).toBe('2026-11-21');
  });

  it('reads the same offsets as Intl itself, at any instant, in any zone (the per-day cache never lies)', () => {
    const zones = ['America/Santiago', 'America/Havana', 'Asia/Beirut', 'Australia/Lord_Howe', 'Europe/Berlin', 'Pacific/Chatham', 'Asia/Kathmandu'];
    const formats = new Map(zones.map((name) => [name, new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' })]));
    const reference = (name: string, atMs: number): number => {
      const text = formats.get(name)?.formatToParts(new Date(atMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
      const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(text);
      if (!match || match[1] === undefined) return 0;
      return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
    };
    // Warm the cache across a year, and check every quarter hour of each day whose clocks change.
    for (const name of zones) {
      for (let day = at('2026-01-01T00:00:00Z'); day < at('2027-01-01T00:00:00Z'); day += 86_400_000) {
        zoneNamed(name).offsetMinutes(day);
        if (reference(name, day) === reference(name, day + 86_400_000 - 1)) continue;
        for (let t = day; t < day + 86_400_000; t += 15 * 60_000) {
          for (const probe of [t - 1, t, t + 1]) expect(zoneNamed(name).offsetMinutes(probe), `${name} ${iso(probe)}`).toBe(reference(name, probe));
        }
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: at('2025-06-01T00:00:00Z'), max: at('2027-06-01T00:00:00Z') }), (name, t) => zoneNamed(name).offsetMinutes(t) === reference(name, t)),
      { numRuns: 3000 },
    );
  });

  it('reads the machine zone from the runtime\'s local time, the same offsets Intl gives that zone', () => {
    expect(systemZone().name).toBe(systemZoneName());
    const before = process.env.TZ;
    try {
      for (const name of ['America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC']) {
        process.env.TZ = name; // Node re-reads the local zone when TZ is assigned
        for (let t = at('2026-01-01T00:00:00Z'); t < at('2027-01-01T00:00:00Z'); t += 6 * 3_600_000 + 60_000) {
          expect(systemZone().offsetMinutes(t), `${name} ${iso(t)}`).toBe(zoneNamed(name).offsetMinutes(t));
        }
        expect(Object.is(systemZone().offsetMinutes(at('2026-06-01T00:00:00Z')), -0)).toBe(false);
        if (name === 'Asia/Kathmandu') expect(systemZone().offsetMinutes(at('2026-06-01T00:00:00Z'))).toBe(345);
        expect(startOfLocalDay('2026-10-04', systemZone())).toBe(startOfLocalDay('2026-10-04', zoneNamed(name)));
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('numbers weekdays from Monday and names ISO weeks', () => {
    expect(weekdayOfDay('2026-11-23')).toBe(1);
    expect(weekdayOfDay('2026-11-22')).toBe(7);
    expect(isoWeekKey('2026-11-21')).toBe('2026-W47');
    expect(isoWeekKey('2026-11-23')).toBe('2026-W48');
    // Jan 1 2027 is a Friday: it belongs to the last week of 2026.
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
  });
});
