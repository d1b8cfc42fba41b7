// Follow-up buttons carry their whole state in a short id (Discord custom_id, Slack action
// value), so they keep working after a restart: nothing is remembered in memory.
import { commandLimits } from '../../commands/limits.ts';
import type { ReplyAction } from './reply.ts';

/** Longest id every door accepts (from the command tree's limits). */
export const maxActionIdLength = commandLimits.actionIdLength;
const prefix = 'summit';

/** Encodes an action as `summit|command|key=value|...`; null when it would not fit in maxActionIdLength characters. */
export function encodeAction(action: Pick<ReplyAction, 'command' | 'options'>): string | null {
  const parts = [prefix, action.command];
  for (const [key, value] of Object.entries(action.options)) {
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  const id = parts.join('|');
  return id.length <= maxActionIdLength ? id : null;
}

/** Decodes an id made by encodeAction; null for anything else (old or foreign ids). */
export function decodeAction(id: string): Pick<ReplyAction, 'command' | 'options'> | null {
  const [head, command, ...rest] = id.split('|');
  if (head !== prefix || !command || !/^[a-z-]{1,32}$/.test(command)) return null;
  const options: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    try {
      options[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1));
    } catch {
      return null;
    }
  }
  return { command, options };
}
