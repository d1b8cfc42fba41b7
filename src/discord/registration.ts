// The /summit command tree (commands/summit.ts) as Discord application command JSON: one
// chat-input command with a subcommand each. Everyone may use /summit; managersOnly
// subcommands are checked by the core, since Discord permissions apply to whole commands only.
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { summitTree } from '../../commands/summit.ts';
import type { CommandOption, CommandTree } from '../../commands/types.ts';

const optionTypes = {
  string: ApplicationCommandOptionType.String,
  boolean: ApplicationCommandOptionType.Boolean,
  integer: ApplicationCommandOptionType.Integer,
} as const;

function optionJson(option: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: option.name, description: option.description, required: option.required };
  if (option.type === 'boolean') return { ...base, type: ApplicationCommandOptionType.Boolean };
  if (option.type === 'integer') {
    const range = {
      ...(option.minValue === undefined ? {} : { min_value: option.minValue }),
      ...(option.maxValue === undefined ? {} : { max_value: option.maxValue }),
    };
    return option.autocomplete
      ? { ...base, type: optionTypes.integer, autocomplete: true }
      : { ...base, ...range, type: optionTypes.integer };
  }
  const length = option.maxLength ? { max_length: option.maxLength } : {};
  if (option.autocomplete) return { ...base, ...length, type: optionTypes.string, autocomplete: true };
  if (option.choices) return { ...base, ...length, type: optionTypes.string, choices: option.choices };
  return { ...base, ...length, type: optionTypes.string };
}

/** The Discord JSON for a command tree (default: /summit). */
export function commandJson(tree: CommandTree = summitTree): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: tree.name,
    description: tree.description,
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: tree.subcommands.map((sub) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: sub.name,
      description: sub.description,
      options: sub.options.map(optionJson),
    })),
  };
}
