// Parses a typed command line ("/summit section economic public", "quotes speaker:xi") into a
// CommandRequest's command and options using the command tree. Used by the console door and
// the Slack door, where commands arrive as one line of text.
import { findSubcommand } from '../../commands/summit.ts';
import type { CommandOption } from '../../commands/types.ts';
import type { CommandRequest } from './request.ts';

/** The command word and options found in a line of text. */
export interface ParsedText {
  /** The first word, lowercased ('' for an empty line; may be unknown to the tree). */
  command: string;
  /** Options by name, typed as the tree declares them. */
  options: CommandRequest['options'];
}

const truthy = new Set(['true', 'yes', 'on', '1']);
const falsy = new Set(['false', 'no', 'off', '0']);

/** Parses one line. Never throws: whatever cannot be placed is left for the core to refuse. */
export function parseTextCommand(line: string): ParsedText {
  const words = splitWords(line.trim().replace(/^\/summit\b/i, ''));
  const command = (words.shift() ?? '').toLowerCase();
  const sub = findSubcommand(command);
  if (!sub) return { command, options: {} };
  const options: CommandRequest['options'] = {};
  const byName = new Map(sub.options.map((o) => [o.name, o]));
  const free: string[] = [];
  if (byName.has('public') && words.length > 0 && words[words.length - 1]?.toLowerCase() === 'public') {
    words.pop();
    options.public = true;
  }
  for (const word of words) {
    const named = /^([a-z-]+)[:=](.*)$/i.exec(word);
    const option = named ? byName.get(named[1]?.toLowerCase() ?? '') : undefined;
    if (named && option) options[option.name] = coerce(option, unquote(named[2] ?? ''));
    else {
      const shaped = sub.options.find((o) => options[o.name] === undefined && fitsShape(o, word));
      if (shaped) options[shaped.name] = coerce(shaped, word);
      else free.push(word);
    }
  }
  if (free.length > 0) {
    const target = sub.options.find(
      (o) => o.type === 'string' && !o.choices && options[o.name] === undefined,
    );
    if (target) options[target.name] = free.join(' ');
    else options[free.join(' ')] = true;
  }
  return { command: sub.name, options };
}

/** Words separated by spaces; `key:"two words"` stays one word. */
function splitWords(text: string): string[] {
  return text.match(/[a-z-]+[:=]"[^"]*"|\S+/gi) ?? [];
}

function unquote(value: string): string {
  return /^"[^"]*"$/.test(value) ? value.slice(1, -1) : value;
}

function coerce(option: CommandOption, raw: string): string | number | boolean {
  if (option.type === 'boolean') {
    const lower = raw.toLowerCase();
    if (truthy.has(lower)) return true;
    if (falsy.has(lower)) return false;
    return raw;
  }
  if (option.type === 'integer' && /^-?\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** Values recognisable by their shape alone: a whole number, a time, a time zone, a web address, or one of fixed choices. */
function fitsShape(option: CommandOption, word: string): boolean {
  if (option.type === 'integer') return /^-?\d+$/.test(word);
  if (option.choices) return option.choices.some((c) => c.value === word.toLowerCase());
  if (option.name === 'url') return /^<?https?:\/\/\S+$/i.test(word);
  if (option.name === 'time') return /^\d{1,2}:\d{2}$/.test(word);
  if (option.name === 'timezone') return /^[A-Za-z_]+\/[A-Za-z_/+-]+$|^UTC$/.test(word);
  return false;
}
