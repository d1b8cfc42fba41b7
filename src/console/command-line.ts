// Writes a follow-up action as the command line a console user would type to take it.
import type { ReplyAction } from '../core/reply.ts';

/** `/summit section name:economic-cooperation article:slug` for an action. */
export function encodeCommandLine(action: Pick<ReplyAction, 'command' | 'options'>): string {
  const args = Object.entries(action.options).map(([key, value]) => `${key}:${value}`);
  return ['/summit', action.command, ...args].join(' ');
}
