// Reads a raw interaction as Discord posts it to the interactions endpoint (the API's JSON, no
// discord.js objects) into what the door needs: the core's requests for commands, autocomplete
// and clicks, built by the same option walk as the gateway door. Anything else is null (a 400).
import { InteractionType, PermissionFlagsBits } from 'discord.js';
import { z } from 'zod';
import type { CommandRequest, CompletionRequest } from '../../core/request.ts';
import { commandOfOptions, completionOfOptions, originFrom } from '../requests.ts';

const snowflake = z.string().regex(/^\d{1,25}$/);

const leaf = z.looseObject({
  name: z.string().max(100),
  type: z.number().int(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});

/** Options nest at most three deep (group, subcommand, option): a deeper body is refused, never recursed into. */
const innermost = leaf.extend({ options: z.undefined() });
const middle = leaf.extend({ options: z.array(innermost).max(25).optional() });
const option = leaf.extend({ options: z.array(middle).max(25).optional() });

const envelope = z.looseObject({
  id: snowflake,
  application_id: snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(500),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.looseObject({ id: snowflake }).optional(),
  member: z
    .looseObject({ user: z.looseObject({ id: snowflake }), permissions: z.string().regex(/^\d{1,40}$/) })
    .optional(),
  user: z.looseObject({ id: snowflake }).optional(),
  data: z.unknown().optional(),
});

const commandData = z.looseObject({
  name: z.string().max(100),
  type: z.number().int().optional(),
  options: z.array(option).max(25).optional(),
});

/** Slash commands; user and message context-menu commands are other kinds. */
const chatInput = 1;

const componentData = z.looseObject({
  custom_id: z.string().max(100),
  component_type: z.number().int(),
  values: z.array(z.string().max(100)).max(25).optional(),
});

/** The part of every interaction the door answers with: where to reply and the webhook to edit. */
export interface InteractionRef {
  id: string;
  token: string;
  applicationId: string;
}

/** A readable interaction. */
export type ParsedInteraction = InteractionRef &
  (
    | { kind: 'ping' }
    | { kind: 'command'; name: string; request: CommandRequest }
    | { kind: 'autocomplete'; name: string; request: CompletionRequest | null }
    | { kind: 'component'; customId: string; values: string[]; origin: Pick<CommandRequest, 'who' | 'where'> }
    | { kind: 'other'; type: number }
  );

type Envelope = z.infer<typeof envelope>;

/** Who and where: a member's permissions in that channel decide whether they may manage it. */
function originOfRaw(raw: Envelope): Pick<CommandRequest, 'who' | 'where'> | null {
  const userId = raw.member?.user.id ?? raw.user?.id;
  if (!userId) return null;
  const permissions = raw.member ? BigInt(raw.member.permissions) : 0n;
  const canManage = (permissions & PermissionFlagsBits.ManageChannels) === PermissionFlagsBits.ManageChannels;
  return originFrom(userId, canManage, raw.channel_id ?? raw.channel?.id ?? '', raw.guild_id);
}

/** The interaction in `json`, or null when it is not one the door can read. */
export function parseInteraction(json: unknown): ParsedInteraction | null {
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return null;
  const raw = parsed.data;
  const ref: InteractionRef = { id: raw.id, token: raw.token, applicationId: raw.application_id };
  if (raw.type === InteractionType.Ping) return { ...ref, kind: 'ping' };
  if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
    const data = commandData.safeParse(raw.data);
    if (!data.success) return null;
    return {
      ...ref,
      kind: 'autocomplete',
      name: data.data.name,
      request: completionOfOptions(data.data.options ?? []),
    };
  }
  const origin = originOfRaw(raw);
  if (!origin) return null;
  if (raw.type === InteractionType.ApplicationCommand) {
    const data = commandData.safeParse(raw.data);
    if (!data.success) return null;
    if ((data.data.type ?? chatInput) !== chatInput) return { ...ref, kind: 'other', type: raw.type };
    const request = { ...commandOfOptions(data.data.options ?? []), ...origin };
    return { ...ref, kind: 'command', name: data.data.name, request };
  }
  if (raw.type === InteractionType.MessageComponent) {
    const data = componentData.safeParse(raw.data);
    if (!data.success) return null;
    return {
      ...ref,
      kind: 'component',
      customId: data.data.custom_id,
      values: data.data.values ?? [],
      origin,
    };
  }
  return { ...ref, kind: 'other', type: raw.type };
}
