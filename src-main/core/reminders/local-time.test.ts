import {
  fixedOffsetZone,
  ianaZone,
  isoWeekKey,
  localDay,
  localMinuteOfDay,
  localTimeToMs,
  startOfLocalDay,
  weekdayOfDay,
} from './local-time';
import { at } from './test-support';

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
