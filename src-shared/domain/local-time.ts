/**
 * The user's LOCAL calendar: "overdue", "due today", "due tomorrow", quiet hours and the Monday digest
 * all follow the wall clock where the user sits, not UTC. Every calendar function takes a TimeZone (or
 * an IANA zone name), so tests pass a fixed one (`fixedOffsetZone(0)`, `ianaZone('America/New_York')`)
 * and run the same on any machine; hosts pass `systemZone()`.
 *
 * A TimeZone only answers "what is the UTC offset at this instant", which is all a calendar needs;
 * IANA zones get it from Intl.DateTimeFormat, so daylight-saving changes are handled. Pure: Intl and
 * Date only, so main, the CLI and the renderer compute the same days.
 */
export interface TimeZone {
  /** IANA name or "UTC+02:00". */
  readonly name: string;
  /** Minutes local time is ahead of UTC at that instant (CET in winter: 60; New York in winter: -300). */
  offsetMinutes(atMs: number): number;
}

const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

export function fixedOffsetZone(minutes: number): TimeZone {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const name = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { name, offsetMinutes: () => minutes };
}

export const utcZone: TimeZone = fixedOffsetZone(0);

/** A zone from the IANA database (throws a RangeError for an unknown name). */
export function ianaZone(name: string): TimeZone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const exact = (atMs: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(atMs))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    const wholeSecond = Math.floor(atMs / 1000) * 1000;
    return Math.round((asUtc - wholeSecond) / MINUTE);
  };
  // Intl is slow (the inbox reads thousands of due dates): the offset of each UTC day whose first and
  // last millisecond share one offset is kept, so most reads are one Map lookup. Days with a clock
  // change are always read exactly.
  const steady = new Map<number, number>();
  const changing = new Set<number>();
  return {
    name,
    offsetMinutes(atMs) {
      const day = Math.floor(atMs / DAY_MS);
      const known = steady.get(day);
      if (known !== undefined) return known;
      if (!changing.has(day)) {
        const first = exact(day * DAY_MS);
        if (first === exact((day + 1) * DAY_MS - 1)) {
          if (steady.size >= 20_000) steady.clear();
          steady.set(day, first);
          return first;
        }
        changing.add(day);
      }
      return exact(atMs);
    },
  };
}

/** Whether `name` is an IANA zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZoneName(name: string): boolean {
  if (name.trim() === '' || name !== name.trim()) return false;
  try {
    Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const byName = new Map<string, TimeZone>();

/** A zone by IANA name, built once per name (Intl formatters are costly to create). Throws a RangeError for an unknown name. */
export function zoneNamed(name: string): TimeZone {
  let zone = byName.get(name);
  if (zone === undefined) {
    zone = ianaZone(name);
    byName.set(name, zone);
  }
  return zone;
}

/** A TimeZone, or an IANA name turned into one. */
export function toZone(zone: TimeZone | string): TimeZone {
  return typeof zone === 'string' ? zoneNamed(zone) : zone;
}

let systemName: string | null = null;

/** The IANA name of the runtime's own zone ("UTC" when the runtime cannot tell), read once per process. */
export function systemZoneName(): string {
  if (systemName === null) {
    const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
    systemName = typeof name === 'string' && isTimeZoneName(name) ? name : 'UTC';
  }
  return systemName;
}

/**
 * The machine's own zone (what hosts use). Its offsets are the runtime's local time
 * (Date#getTimezoneOffset: the same zone database as Intl, without building a formatter, which costs
 * about a millisecond when a host opens); its name is looked up only when something asks for it.
 */
export function systemZone(): TimeZone {
  return SYSTEM_ZONE;
}

const SYSTEM_ZONE: TimeZone = {
  get name(): string {
    return systemZoneName();
  },
  // `0 -`: UTC reads as 0, never -0.
  offsetMinutes: (atMs) => 0 - Math.round(new Date(atMs).getTimezoneOffset()),
};

/** The local wall-clock reading of an instant, expressed as if it were UTC (for date arithmetic). */
function wallMs(atMs: number, zone: TimeZone): number {
  return atMs + zone.offsetMinutes(atMs) * MINUTE;
}

/** The local calendar day of an instant: "2026-11-21". `zone` may be an IANA name. */
export function localDay(atMs: number, zone: TimeZone | string): string {
  return new Date(wallMs(atMs, toZone(zone))).toISOString().slice(0, 10);
}

/** Minutes since local midnight (0..1439). */
export function localMinuteOfDay(atMs: number, zone: TimeZone): number {
  const wall = new Date(wallMs(atMs, zone));
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

/** ISO weekday of a calendar day: 1 = Monday ... 7 = Sunday. */
export function weekdayOfDay(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The instant a local wall-clock time happens. In a fall-back overlap the first occurrence; in a
 * spring-forward gap (the time does not exist) the first instant after the gap, i.e. the first instant
 * whose wall clock reads that time or later (so the start of a day without a midnight is the instant
 * its clocks jumped).
 */
export function localTimeToMs(day: string, minuteOfDay: number, zone: TimeZone): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minuteOfDay * MINUTE;
  // Most days: one offset from a day before to a day after, so exactly one instant reads `wall`.
  const offset = zone.offsetMinutes(wall);
  if (zone.offsetMinutes(wall - DAY_MS) === offset && zone.offsetMinutes(wall + DAY_MS) === offset) return wall - offset * MINUTE;
  return nearClockChange(wall, zone);
}

/** localTimeToMs when the clocks change within a day of `wall`. */
function nearClockChange(wall: number, zone: TimeZone): number {
  // Every offset in force within a day of it (a change in between is at most one per day in practice).
  const candidates = [...new Set([wall - DAY_MS, wall, wall + DAY_MS].map((at) => wall - zone.offsetMinutes(at) * MINUTE))];
  candidates.push(...candidates.map((at) => wall - zone.offsetMinutes(at) * MINUTE));
  const exact = candidates.filter((at) => wallMs(at, zone) === wall).sort((a, b) => a - b);
  if (exact[0] !== undefined) return exact[0];
  // In a gap: search between an instant before it and one after it for the first instant at or past `wall`.
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  if (wallMs(lo, zone) >= wall) return lo;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallMs(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The instant a local calendar day starts. */
export function startOfLocalDay(day: string, zone: TimeZone): number {
  return localTimeToMs(day, 0, zone);
}

/** "08:00" -> 480. Callers pass validated values; a malformed one reads as midnight. */
export function parseTimeOfDay(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return 0;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** ISO 8601 week of a calendar day: "2026-W47". */
export function isoWeekKey(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = weekdayOfDay(day);
  // The Thursday of this week decides the week-year.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstJan = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - firstJan) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
