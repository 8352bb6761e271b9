/**
 * `Retry-After` (RFC 9110 §10.2.3): either delta-seconds or an HTTP-date. We read the three date forms
 * a recipient must accept (IMF-fixdate, obsolete RFC 850, asctime) with our own strict patterns rather
 * than `Date.parse`, which happily reads garbage such as "5 apples" as a date.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Sun, 06 Nov 1994 08:49:37 GMT
const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
// Sunday, 06-Nov-94 08:49:37 GMT
const RFC850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
// Sun Nov  6 08:49:37 1994
const ASCTIME = /^[a-z]{3} ([a-z]{3}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

const DELTA_SECONDS = /^\d+(?:\.\d+)?$/;

interface DateParts {
  year: number;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function toEpochMs(parts: DateParts): number | null {
  const month = MONTHS.indexOf(parts.month.toLowerCase());
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return null;
  const ms = Date.UTC(parts.year, month, day, hour, minute, Math.min(second, 59));
  // Reject dates that roll over (31 Feb): the day must survive the round trip.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms;
}

/** RFC 9110: a two-digit year more than 50 years in the future means the previous century. */
function expandTwoDigitYear(twoDigits: number, nowMs: number): number {
  const nowYear = new Date(nowMs).getUTCFullYear();
  let year = Math.floor(nowYear / 100) * 100 + twoDigits;
  if (year > nowYear + 50) year -= 100;
  return year;
}

/** Parses an HTTP-date in any of the three RFC 9110 forms; null when it is not one. */
export function parseHttpDate(value: string, nowMs: number): number | null {
  const text = value.trim();
  let m = IMF_FIXDATE.exec(text);
  if (m) {
    const [, day = '', month = '', year = '', hour = '', minute = '', second = ''] = m;
    return toEpochMs({ year: Number(year), month, day, hour, minute, second });
  }
  m = RFC850.exec(text);
  if (m) {
    const [, day = '', month = '', year = '', hour = '', minute = '', second = ''] = m;
    return toEpochMs({ year: expandTwoDigitYear(Number(year), nowMs), month, day, hour, minute, second });
  }
  m = ASCTIME.exec(text);
  if (m) {
    const [, month = '', day = '', hour = '', minute = '', second = '', year = ''] = m;
    return toEpochMs({ year: Number(year), month, day, hour, minute, second });
  }
  return null;
}

/**
 * How long to wait, in ms, according to a `Retry-After` value read at `nowMs`. A date in the past
 * means 0 (retry now). Missing, empty or unreadable values give null (the caller backs off itself).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (DELTA_SECONDS.test(text)) {
    const ms = Math.round(Number(text) * 1000);
    return Number.isFinite(ms) ? ms : null;
  }
  const at = parseHttpDate(text, nowMs);
  if (at === null) return null;
  return Math.max(0, at - nowMs);
}
