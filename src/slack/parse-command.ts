// Slack has one slash command and no subcommands, so `/summit <words>` is parsed here against the
// command tree: the first word picks the subcommand, the rest fill its options.
import type { CommandOption, CommandTree, Subcommand } from '../../commands/types.ts';
import { unescapeSlackText } from './escape.ts';

/** A parsed `/summit` text: the subcommand and its options, or what is wrong with the words. */
export type ParsedCommand =
  | { ok: true; command: string; options: Record<string, string | number | boolean | undefined> }
  | { ok: false; command: string; problems: string[] };

type Options = Record<string, string | number | boolean | undefined>;

/** Splits text into words; "double quoted" or “curly quoted” phrases stay one word. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/([^\s"“”]*)(?:["“]([^"”]*)["”]?)|(\S+)/g)) {
    const word = match[3] ?? `${match[1] ?? ''}${match[2] ?? ''}`;
    if (word) words.push(word);
  }
  return words;
}

/**
 * Parses the text after `/summit`. Empty text is `help`; an unknown first word is passed through
 * for the core to answer with suggestions; `key:value` or `key=value` sets a named option; a value
 * matching an option's fixed choices (or, for time and timezone, its shape) fills that option; a
 * trailing `public` sets public; the remaining words are the free text of the first string option.
 */
export function parseCommandText(raw: string, tree: CommandTree): ParsedCommand {
  const words = splitWords(unescapeSlackText(raw).trim());
  const command = (words.shift() ?? 'help').toLowerCase();
  const sub = tree.subcommands.find((s) => s.name === command);
  if (!sub) return { ok: true, command, options: {} };
  const options: Options = {};
  const problems: string[] = [];
  const byName = new Map(sub.options.map((o) => [o.name, o]));
  const publicOption = byName.get('public');
  if (publicOption?.type === 'boolean' && words.at(-1)?.toLowerCase() === 'public') {
    words.pop();
    options.public = true;
  }
  const free: string[] = [];
  for (const word of words) {
    const named = /^([a-z][a-z0-9-]*)[:=](.*)$/i.exec(word);
    const option = named ? byName.get(named[1]?.toLowerCase() ?? '') : undefined;
    if (named && option) {
      setOption(options, option, named[2] ?? '', problems);
      continue;
    }
    const shaped = sub.options.find((o) => options[o.name] === undefined && fitsShape(o, word));
    if (shaped) setOption(options, shaped, word, problems);
    else free.push(word);
  }
  if (free.length > 0) {
    const target = freeTextOption(sub, options);
    if (target) setOption(options, target, free.join(' '), problems);
    else problems.push(`\`/${tree.name} ${sub.name}\` does not take "${free.join(' ')}".`);
  }
  for (const option of sub.options) {
    if (option.required && options[option.name] === undefined) {
      const example = option.example ? `, e.g. \`/${tree.name} ${sub.name} ${option.example}\`` : '';
      problems.push(`\`/${tree.name} ${sub.name}\` needs ${option.name} (${option.description})${example}.`);
    }
  }
  return problems.length ? { ok: false, command, problems } : { ok: true, command, options };
}

/** True when a loose word can only mean this option: one of its choices, or a time or zone by shape. */
function fitsShape(option: CommandOption, word: string): boolean {
  if (option.choices) return option.choices.some((c) => c.value === word.toLowerCase());
  if (option.name === 'time') return /^\d{1,2}:\d{2}$/.test(word);
  if (option.name === 'timezone') return word.includes('/') || /^utc$/i.test(word);
  return false;
}

/** The option that takes the free words: the first required string option, else the first string one. */
function freeTextOption(sub: Subcommand, options: Options): CommandOption | undefined {
  const open = sub.options.filter((o) => o.type === 'string' && !o.choices && options[o.name] === undefined);
  return open.find((o) => o.required) ?? open[0];
}

/** Converts and checks one value against its option's type, choices and length. */
function setOption(options: Options, option: CommandOption, raw: string, problems: string[]): void {
  const value = raw.trim();
  if (options[option.name] !== undefined) {
    problems.push(`${option.name} is given twice.`);
    return;
  }
  if (option.type === 'boolean') {
    if (/^(true|yes|on|1)$/i.test(value)) options[option.name] = true;
    else if (/^(false|no|off|0)$/i.test(value)) options[option.name] = false;
    else problems.push(`${option.name} is yes or no, not "${value}".`);
    return;
  }
  if (option.type === 'integer') {
    if (/^-?\d+$/.test(value)) options[option.name] = Number(value);
    else problems.push(`${option.name} is a whole number, not "${value}".`);
    return;
  }
  if (!value) return void problems.push(`${option.name} is empty.`);
  if (option.choices && !option.choices.some((c) => c.value === value.toLowerCase())) {
    problems.push(`${option.name} is one of ${option.choices.map((c) => c.value).join(', ')}; not "${value}".`);
    return;
  }
  if (option.maxLength !== undefined && value.length > option.maxLength) {
    problems.push(`${option.name} is at most ${option.maxLength} characters (got ${value.length}).`);
    return;
  }
  options[option.name] = option.choices ? value.toLowerCase() : value;
}
