// How old a story is, in words a reader takes in at a glance ("3 hours ago", "yesterday"), from
// its published date: a full ISO time, or a day (YYYY-MM-DD) when that is all the source gave.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", or the date itself past a month; '' when unknown. */
export function ageOf(published: string, now: Date): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return dayAge(published, now);
  const at = Date.parse(published);
  if (!published || Number.isNaN(at)) return '';
  const ago = now.getTime() - at;
  if (ago < minute) return 'just now';
  if (ago < hour) return plural(Math.floor(ago / minute), 'minute');
  if (ago < day) return plural(Math.floor(ago / hour), 'hour');
  return dayAge(published.slice(0, 10), now);
}

function dayAge(isoDay: string, now: Date): string {
  const days = Math.round((Date.parse(now.toISOString().slice(0, 10)) - Date.parse(isoDay)) / day);
  if (Number.isNaN(days)) return '';
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return days <= 31 ? plural(days, 'day') : `on ${isoDay}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}
