// Parses interactions into the core's platform-neutral requests: the subcommand and its options,
// who asked (Manage Channels in that channel = may manage) and where. The option walk works on
// discord.js's options and on the raw API options of the HTTP door alike.
import {
  type AutocompleteInteraction,
  type BaseInteraction,
  type ChatInputCommandInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import type { CommandRequest, CompletionRequest } from '../core/request.ts';

type Options = CommandRequest['options'];

/** An option as both discord.js and the raw API describe it. */
export interface OptionLike {
  name: string;
  value?: unknown;
  focused?: boolean;
  options?: readonly OptionLike[];
}

/** The subcommand and its options; '' when the interaction carries no subcommand. */
function subcommandOf<T extends OptionLike>(
  data: readonly T[],
): {
  command: string;
  options: readonly OptionLike[];
} {
  const [first] = data;
  if (first && first.options !== undefined && first.value === undefined) {
    return { command: first.name, options: first.options };
  }
  return { command: '', options: data };
}

function valuesOf(options: readonly OptionLike[], skip?: string): Options {
  const out: Options = {};
  for (const option of options) {
    if (option.name === skip) continue;
    const value = option.value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[option.name] = value;
  }
  return out;
}

/** Who and where, from the caller's id, their permission to manage, the channel and the guild. */
export function originFrom(
  userId: string,
  canManage: boolean,
  channelId: string,
  guildId: string | null | undefined,
): Pick<CommandRequest, 'who' | 'where'> {
  return {
    who: {
      platform: 'discord',
      userId,
      canManage,
      manageHint: 'On Discord that is the Manage Channels permission.',
    },
    where: {
      platform: 'discord',
      channelId,
      ...(guildId ? { workspaceId: guildId } : {}),
    },
  };
}

/** Who and where, from any interaction. */
export function originOf(interaction: BaseInteraction): Pick<CommandRequest, 'who' | 'where'> {
  return originFrom(
    interaction.user.id,
    interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
    interaction.channelId ?? '',
    interaction.guildId,
  );
}

/** The command and options of `/summit <sub> ...` from its option list. */
export function commandOfOptions(data: readonly OptionLike[]): Pick<CommandRequest, 'command' | 'options'> {
  const { command, options } = subcommandOf(data);
  return { command, options: valuesOf(options) };
}

/** `/summit <sub> ...` as a CommandRequest. */
export function commandRequestOf(interaction: ChatInputCommandInteraction): CommandRequest {
  return { ...commandOfOptions(interaction.options.data), ...originOf(interaction) };
}

/** An autocomplete interaction as a CompletionRequest for its focused option; null when none is focused. */
export function completionRequestOf(interaction: AutocompleteInteraction): CompletionRequest | null {
  return completionOfOptions(interaction.options.data);
}

/** The CompletionRequest for the focused option of an option list; null when none is focused. */
export function completionOfOptions(data: readonly OptionLike[]): CompletionRequest | null {
  const { command, options } = subcommandOf(data);
  const focused = options.find((option) => option.focused);
  if (!focused) return null;
  return {
    command,
    option: focused.name,
    value: String(focused.value ?? ''),
    options: valuesOf(options, focused.name),
  };
}
