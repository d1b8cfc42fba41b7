// Text typed at a door may hold half of a surrogate pair (a client that cut a string inside an
// emoji, a search echoing a clipped title): each half is replaced by U+FFFD, as a UTF-8 decoder
// would, so no answer repeats a broken character that Discord or Slack would refuse.
import type { CommandRequest } from '../request.ts';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every lone surrogate replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/** Option values with every text value well formed; numbers and booleans as they were. */
export function wellFormedOptions(options: CommandRequest['options']): CommandRequest['options'] {
  return Object.fromEntries(
    Object.entries(options).map(([name, value]) => [
      name,
      typeof value === 'string' ? wellFormed(value) : value,
    ]),
  );
}
