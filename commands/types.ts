// The shape of the /summit command tree as data, validated against Discord's limits so that
// registration, the Slack manifest and help text can all be generated from it.
import { z } from 'zod';
import { commandLimits as limits } from './limits.ts';

const name = z
  .string()
  .regex(
    new RegExp(`^[a-z0-9-]{1,${limits.nameLength}}$`),
    `names are 1-${limits.nameLength} lowercase letters, digits or dashes`,
  );
const description = z.string().min(1).max(limits.descriptionLength);

/** Where an option's autocomplete choices come from. */
export const completionSources = ['sections', 'speakers', 'articles', 'questions', 'timezones'] as const;
export type CompletionSource = (typeof completionSources)[number];

/** One option of a subcommand. */
export const optionSchema = z.object({
  /** Option name (Discord option name; Slack keyword). */
  name,
  /** One-line description (Discord shows it; help text uses it). */
  description,
  /** Value type. */
  type: z.enum(['string', 'boolean', 'integer']),
  /** Whether the option must be given. */
  required: z.boolean().default(false),
  /** Autocomplete source, for string options. */
  autocomplete: z.enum(completionSources).optional(),
  /** Fixed choices (at most 25). */
  choices: z
    .array(z.object({ name: description, value: z.string().min(1).max(limits.choiceLength) }))
    .max(limits.entries)
    .optional(),
  /** Longest value accepted. */
  maxLength: z.number().int().positive().max(6000).optional(),
  /** Smallest value accepted, for integer options. */
  minValue: z.number().int().optional(),
  /** Largest value accepted, for integer options. */
  maxValue: z.number().int().optional(),
  /** Example value for help text and the Slack usage hint. */
  example: z.string().optional(),
});
export type CommandOption = z.infer<typeof optionSchema>;

/** One subcommand. */
export const subcommandSchema = z.object({
  name,
  description,
  options: z.array(optionSchema).max(limits.entries).default([]),
  /** Only people who may manage the channel may run it. */
  managersOnly: z.boolean().default(false),
});
export type Subcommand = z.infer<typeof subcommandSchema>;

/** The whole tree: one top-level command with subcommands. */
export const commandTreeSchema = z
  .object({ name, description, subcommands: z.array(subcommandSchema).min(1).max(limits.entries) })
  .superRefine((tree, ctx) => {
    const seen = new Set<string>();
    for (const sub of tree.subcommands) {
      if (seen.has(sub.name)) ctx.addIssue({ code: 'custom', message: `duplicate subcommand ${sub.name}` });
      seen.add(sub.name);
      const optionNames = new Set<string>();
      let optionalSeen = false;
      for (const opt of sub.options) {
        if (optionNames.has(opt.name))
          ctx.addIssue({ code: 'custom', message: `duplicate option ${sub.name}.${opt.name}` });
        optionNames.add(opt.name);
        if (opt.required && optionalSeen)
          ctx.addIssue({ code: 'custom', message: `${sub.name}.${opt.name}: required options come first` });
        if (!opt.required) optionalSeen = true;
        if (opt.autocomplete && opt.choices)
          ctx.addIssue({
            code: 'custom',
            message: `${sub.name}.${opt.name}: autocomplete and choices exclude each other`,
          });
      }
    }
  });
export type CommandTree = z.infer<typeof commandTreeSchema>;
