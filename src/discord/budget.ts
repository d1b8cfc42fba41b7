// An answer to one interaction is at most a few messages (the first reply and some follow-ups), as
// on Slack: a longer rendering keeps its first parts, and the last message says plainly how many
// parts were left out and how to ask for less. The follow-up buttons are kept on that last message.
import { type DiscordMessage, toneColours } from './render.ts';

/** Messages one answer may take: the first reply and 4 follow-ups. */
export const maxAnswerMessages = 5;

/** The note that ends an answer cut to the budget. */
export function leftOutNote(left: number): string {
  const parts = left === 1 ? '1 more part was' : `${left} more parts were`;
  return `This answer is too long to send in full: ${parts} not sent. Ask for less, for example one section or one speaker.`;
}

const fitted = new WeakMap<readonly DiscordMessage[], DiscordMessage[]>();

/**
 * `messages` when they fit the budget; otherwise the first parts and a last message with the note
 * on what was left out and the buttons of the last part (the same array for the same rendering).
 */
export function fitAnswerBudget(messages: readonly DiscordMessage[]): readonly DiscordMessage[] {
  if (messages.length <= maxAnswerMessages) return messages;
  const known = fitted.get(messages);
  if (known) return known;
  const kept = messages.slice(0, maxAnswerMessages - 1);
  const left = messages.length - kept.length;
  const note: DiscordMessage = {
    embeds: [{ color: toneColours.info, description: leftOutNote(left) }],
    components: messages[messages.length - 1]?.components ?? [],
  };
  const result = [...kept, note];
  fitted.set(messages, result);
  return result;
}
