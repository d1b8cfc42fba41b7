// Day and month names: capitalised words that are dates, not names ("Sarkozy Monday said", "On
// Monday, she said"). One list for the quote reader and the key-point checks.

const weekdays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Weekday names, for a lookup where a word is asked about often (the same words as weekdayWord). */
export const weekdayNames: ReadonlySet<string> = new Set(weekdays.split('|'));

/** Month names (the same words as monthWord). */
export const monthNames: ReadonlySet<string> = new Set(months.split('|'));

/** A whole word that is a weekday. */
export const weekdayWord = new RegExp(`^(?:${weekdays})$`);

/** A whole word that is a month (alone it may still be a name: "Theresa May", "June Ross"). */
export const monthWord = new RegExp(`^(?:${months})$`);

/** A word that starts with a day or month name, punctuation after it allowed ("Monday,"). */
export const calendarWordStart = new RegExp(`^(?:${weekdays}|${months})\\b`);
