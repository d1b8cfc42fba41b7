// Wall-clock arithmetic in IANA time zones with Intl only: the instant a local HH:MM happens on
// a local date (DST-safe: a time skipped by spring-forward runs at the first valid instant after;
// a time repeated by fall-back runs at its first occurrence), and the local date of an instant.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl formatter per (kind, zone), built on first use: building costs far more than using. */
function cachedFormatter(kind: 'wall' | 'described', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const [locale, options] = kind === 'wall' ? ['en-US', wallClock] : ['en-GB', described];
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

const wallClock: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

const described: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/** The wall-clock reading of an instant in a zone, as if it were UTC (ms since epoch). */
function wallMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of cachedFormatter('wall', timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The local date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const at = instant.getTime();
  const last = lastLocalDates.get(timeZone);
  if (last?.at === at) return last.date;
  const date = new Date(wallMs(at, timeZone)).toISOString().slice(0, 10);
  lastLocalDates.set(timeZone, { at, date });
  return date;
}

/**
 * The last answer of localDateOf per zone: a run asks it for every channel at one instant, and
 * each answer costs an Intl call (one entry per zone in use).
 */
const lastLocalDates = new Map<string, { at: number; date: string }>();

/** The date `days` after a YYYY-MM-DD date (negative goes back). */
export function addDays(date: string, days: number): string {
  const key = `${date}|${days}`;
  let answer = shiftedDates.get(key);
  if (answer === undefined) {
    answer = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    if (shiftedDates.size >= maxInstants) shiftedDates.clear();
    shiftedDates.set(key, answer);
  }
  return answer;
}

/** addDays's answers: a run shifts the same few dates for every channel. */
const shiftedDates = new Map<string, string>();

/** Parses HH:MM (or H:MM) into minutes after midnight; null when it is not a valid time. */
export function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** Minutes after midnight as HH:MM. */
export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The instant at which local time `time` (HH:MM) happens on local `date` in `timeZone`.
 * Ambiguous (fall-back) times give the first occurrence; skipped (spring-forward) times give the
 * first instant after the gap, e.g. 02:30 on 2026-03-08 in New York is 03:00 EDT.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const key = `${date} ${time} ${timeZone}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    ms = computeInstant(date, time, timeZone);
    if (instants.size >= maxInstants) instants.clear();
    instants.set(key, ms);
  }
  return new Date(ms);
}

/**
 * zonedInstant's answers: a run asks for the same few (date, time, zone) triples for every channel
 * subscribed at a popular hour, and each costs several Intl calls.
 */
const instants = new Map<string, number>();
const maxInstants = 10_000;

function computeInstant(date: string, time: string, timeZone: string): number {
  const minutes = parseTime(time);
  if (minutes === null) throw new RangeError(`not a time: ${time}`);
  const target = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const offsets = [target - 86_400_000, target, target + 86_400_000].map((t) => wallMs(t, timeZone) - t);
  const exact = [...new Set(offsets)]
    .map((offset) => target - offset)
    .filter((t) => wallMs(t, timeZone) === target)
    .sort((a, b) => a - b);
  if (exact[0] !== undefined) return exact[0];
  // In a gap: find the first instant whose wall clock is at or past the target (minute steps).
  let lo = target - Math.max(...offsets);
  let hi = target - Math.min(...offsets);
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (wallMs(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** "Sun 29 Nov 2026, 08:00 GMT" for an instant in a zone. */
export function describeInstant(instant: Date, timeZone: string): string {
  return cachedFormatter('described', timeZone).format(instant);
}
