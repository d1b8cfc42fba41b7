// IANA time zones for /summit subscribe: canonical names for what people type, and the
// `timezones` autocomplete source (with each zone's current UTC offset).
import { commandLimits } from '../../commands/limits.ts';
import type { Completer } from '../core/context.ts';
import type { Choice } from '../core/request.ts';

/** Zones offered before anything is typed. */
const popular = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Australia/Sydney',
  'Africa/Johannesburg',
];

/** Current IANA names that the runtime's ICU still lists under an old name (Asia/Calcutta...). */
const modernNames = [
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Ho_Chi_Minh',
  'Asia/Yangon',
  'Europe/Kyiv',
  'America/Nuuk',
  'Atlantic/Faroe',
  'Pacific/Chuuk',
  'Pacific/Pohnpei',
  'Pacific/Kanton',
  'Africa/Asmara',
];

let zones: { list: string[]; modern: Map<string, string> } | undefined;

/** resolve()'s answers by what was typed (bounded: typed text is arbitrary). */
const resolvedNames = new Map<string, string | null>();
const maxResolved = 1000;

function resolve(name: string): string | null {
  const known = resolvedNames.get(name);
  if (known !== undefined) return known;
  let zone: string | null;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    zone = null;
  }
  if (resolvedNames.size >= maxResolved) resolvedNames.clear();
  resolvedNames.set(name, zone);
  return zone;
}

function zoneTable(): { list: string[]; modern: Map<string, string> } {
  if (zones) return zones;
  const modern = new Map<string, string>();
  for (const name of modernNames) {
    const old = resolve(name);
    if (old && old !== name) modern.set(old, name);
  }
  const list = [
    'UTC',
    ...Intl.supportedValuesOf('timeZone')
      .filter((z) => z !== 'UTC')
      .map((z) => modern.get(z) ?? z),
  ];
  zones = { list, modern };
  return zones;
}

/** Every zone the runtime knows, under its current name, plus UTC. */
export function knownTimeZones(): string[] {
  return zoneTable().list;
}

/**
 * The canonical IANA name for what was typed ('europe/london' -> 'Europe/London', 'utc' -> 'UTC',
 * 'Asia/Calcutta' -> 'Asia/Kolkata'), or null when it is not a zone. Abbreviations such as EST
 * are refused: they are ambiguous.
 */
export function canonicalTimeZone(input: string): string | null {
  const text = input.trim().replace(/ /g, '_');
  if (!text || !(text.includes('/') || /^(utc|gmt)$/i.test(text))) return null;
  const resolved = resolve(text);
  if (!resolved) return null;
  const { list, modern } = zoneTable();
  return list.find((z) => z.toLowerCase() === text.toLowerCase()) ?? modern.get(resolved) ?? resolved;
}

/** utcOffsetOf's formatters by zone (only valid zone names get one, so at most a few hundred). */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** "UTC+09:00" for a zone at an instant. */
export function utcOffsetOf(timeZone: string, at: Date): string {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, f);
  }
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return !name || name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

/** Zones matching what was typed: city prefix first, then name prefix, then anywhere in the name. */
export function matchTimeZones(typed: string, limit: number = commandLimits.choices): string[] {
  const query = typed.trim().toLowerCase().replace(/ /g, '_');
  if (!query) return popular.slice(0, limit);
  const ranked: [number, string][] = [];
  for (const zone of knownTimeZones()) {
    const lower = zone.toLowerCase();
    const city = lower.slice(lower.lastIndexOf('/') + 1);
    const rank = city.startsWith(query) ? 0 : lower.startsWith(query) ? 1 : lower.includes(query) ? 2 : -1;
    if (rank >= 0) ranked.push([rank, zone]);
  }
  ranked.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return ranked.slice(0, limit).map(([, zone]) => zone);
}

/** The `timezones` completer: matching zones, each shown with its current offset. */
export const timezoneCompleter: Completer = (req, ctx): Choice[] =>
  matchTimeZones(req.value).map((zone) => ({
    name: `${zone} (${utcOffsetOf(zone, ctx.now())})`,
    value: zone,
  }));
