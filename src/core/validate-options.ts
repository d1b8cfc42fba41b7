// Checks option values against the command tree (required, type, length, fixed choices) so
// every door gets the same clear message for the same mistake.
import type { Subcommand } from '../../commands/types.ts';
import type { CommandRequest } from './request.ts';
import { excerptOf } from './text/excerpt.ts';

/** Most unknown option names a refusal repeats. */
const maxEchoedNames = 3;

/** Returns what is wrong with the options, or null when they fit the subcommand. */
export function checkOptions(sub: Subcommand, options: CommandRequest['options']): string | null {
  for (const opt of sub.options) {
    const value = options[opt.name];
    if (value === undefined || value === '') {
      if (opt.required) return `Missing ${opt.name}: ${opt.description.toLowerCase()}.`;
      continue;
    }
    if (opt.type === 'boolean' && typeof value !== 'boolean') return `${opt.name} must be true or false.`;
    if (opt.type === 'integer') {
      if (!Number.isInteger(value)) return `${opt.name} must be a whole number.`;
      const n = value as number;
      if (
        (opt.minValue !== undefined && n < opt.minValue) ||
        (opt.maxValue !== undefined && n > opt.maxValue)
      )
        return `${opt.name} must be ${rangeOf(opt.minValue, opt.maxValue)} (got ${n}).`;
    }
    if (opt.type === 'string') {
      if (typeof value !== 'string') return `${opt.name} must be text.`;
      if (opt.maxLength && value.length > opt.maxLength)
        return `${opt.name} is too long (${value.length} characters; at most ${opt.maxLength}).`;
      if (opt.choices && !opt.choices.some((c) => c.value === value))
        return `${opt.name} must be one of: ${opt.choices.map((c) => c.value).join(', ')}.`;
    }
  }
  const known = new Set(sub.options.map((o) => o.name));
  const unknown = Object.keys(options).filter((k) => !known.has(k) && options[k] !== undefined);
  if (unknown.length > 0) return `/summit ${sub.name} does not take ${listUnknown(unknown)}.`;
  return null;
}

/** "from 1 to 10", "at least 1" or "at most 10". */
function rangeOf(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

/** Names the user typed, each as a short excerpt, at most a few of them. */
function listUnknown(names: string[]): string {
  const shown = names.slice(0, maxEchoedNames).map((k) => `'${excerptOf(k)}'`);
  const rest = names.length - shown.length;
  return `${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** One-line usage of a subcommand, e.g. `/summit section <name> [article] [public]`. */
export function usageOf(sub: Subcommand): string {
  const args = sub.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return ['/summit', sub.name, ...args].join(' ');
}
