/**
 * Date handling. Data objects (002) accept several input formats and answer epoch ms;
 * Cockpit (000) wants and answers `YYYY-MM-DD`. All times are UTC.
 */

export const DAY_MS = 86_400_000;
const MIN_MS = -62_135_596_800_000; // 0001-01-01T00:00:00Z
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** Epoch-ms numbers need 12+ digits (|v| >= 1e11, i.e. after 1973-03-03 or before 1966-10-31). */
const MIN_EPOCH_DIGITS = 1e11;

const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MDY = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function utc(y: number, m: number, d: number, hh = 0, mi = 0, ss = 0, ms = 0): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mi > 59 || ss > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(hh, mi, ss, ms);
  // rejects 02-30, 13-45 and the like instead of rolling over
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.getTime();
}

function offsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hh = Number(digits.slice(0, 2));
  const mm = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hh * 60 + mm) * 60_000;
}

/**
 * Parse a Date/DateTime input into epoch ms, or null when it is not one of the accepted forms:
 * epoch ms (a JSON number of 12+ digits), `YYYY-MM-DD`, `MM-DD-YYYY`, `MM/DD/YYYY`, ISO 8601 date-times
 * (`YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm]`, a space instead of `T` allowed; no zone = UTC).
 * Digit strings such as "210318" are rejected (the article's example of an invalid value).
 */
export function parseDateInput(v: unknown): number | null {
  if (typeof v === 'number') {
    // epoch ms; short numbers such as the article's invalid 210318 are not taken for 1970 timestamps
    return Number.isInteger(v) && Math.abs(v) >= MIN_EPOCH_DIGITS && v >= MIN_MS && v <= MAX_MS ? v : null;
  }
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = YMD.exec(s);
  if (m) return utc(+m[1], +m[2], +m[3]);
  m = MDY.exec(s);
  if (m) return utc(+m[4], +m[1], +m[3]);
  m = ISO.exec(s);
  if (m) {
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    const t = utc(+m[1], +m[2], +m[3], +m[4], +m[5], m[6] ? +m[6] : 0, ms);
    return t === null ? null : t - offsetMs(m[8]);
  }
  return null;
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Strict `YYYY-MM-DD` with a real calendar date (what Cockpit demands). */
export function isYmd(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseDateInput(v) !== null;
}

export function ymd(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function ymdToEpoch(s: string): number {
  const t = parseDateInput(s);
  if (t === null) throw new Error(`not a date: ${s}`);
  return t;
}

export function addDaysYmd(s: string, days: number): string {
  return ymd(ymdToEpoch(s) + days * DAY_MS);
}

export function daysBetweenYmd(from: string, to: string): number {
  return Math.round((ymdToEpoch(to) - ymdToEpoch(from)) / DAY_MS);
}

export function isoDateTime(ms: number | null | undefined): string | null {
  return typeof ms === 'number' ? new Date(ms).toISOString() : null;
}
