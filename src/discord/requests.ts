// Parses discord.js interactions into the core's platform-neutral requests: the subcommand and
// its options, who asked (Manage Channels in that channel = may manage) and where.
import {
  type AutocompleteInteraction,
  type BaseInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  PermissionFlagsBits,
} from 'discord.js';
import type { CommandRequest, CompletionRequest } from '../core/request.ts';

type Options = CommandRequest['options'];

/** The subcommand and its options; '' when the interaction carries no subcommand. */
function subcommandOf(data: readonly CommandInteractionOption[]): {
  command: string;
  options: readonly CommandInteractionOption[];
} {
  const [first] = data;
  if (first && first.options !== undefined && first.value === undefined) {
    return { command: first.name, options: first.options };
  }
  return { command: '', options: data };
}

function valuesOf(options: readonly CommandInteractionOption[], skip?: string): Options {
  const out: Options = {};
  for (const option of options) {
    if (option.name === skip) continue;
    const value = option.value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[option.name] = value;
  }
  return out;
}

/** Who and where, from any interaction. */
export function originOf(interaction: BaseInteraction): Pick<CommandRequest, 'who' | 'where'> {
  return {
    who: {
      platform: 'discord',
      userId: interaction.user.id,
      canManage: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
      manageHint: 'On Discord that is the Manage Channels permission.',
    },
    where: {
      platform: 'discord',
      channelId: interaction.channelId ?? '',
      ...(interaction.guildId ? { workspaceId: interaction.guildId } : {}),
    },
  };
}

/** `/summit <sub> ...` as a CommandRequest. */
export function commandRequestOf(interaction: ChatInputCommandInteraction): CommandRequest {
  const { command, options } = subcommandOf(interaction.options.data);
  return { command, options: valuesOf(options), ...originOf(interaction) };
}

/** An autocomplete interaction as a CompletionRequest for its focused option; null when none is focused. */
export function completionRequestOf(interaction: AutocompleteInteraction): CompletionRequest | null {
  const { command, options } = subcommandOf(interaction.options.data);
  const focused = options.find((option) => option.focused);
  if (!focused) return null;
  return {
    command,
    option: focused.name,
    value: String(focused.value ?? ''),
    options: valuesOf(options, focused.name),
  };
}
