// Writes a follow-up action as the command line a console user would type to take it.
import type { ReplyAction } from '../core/reply.ts';

/** `/summit section name:economic-cooperation article:slug` for an action; values with spaces are quoted. */
export function encodeCommandLine(action: Pick<ReplyAction, 'command' | 'options'>): string {
  const args = Object.entries(action.options).map(([key, value]) =>
    /\s/.test(value) ? `${key}:"${value.replaceAll('"', '')}"` : `${key}:${value}`,
  );
  return ['/summit', action.command, ...args].join(' ');
}
