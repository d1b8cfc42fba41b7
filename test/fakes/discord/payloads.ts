// The JSON shapes Discord sends: snowflakes, the bot user, a guild with one text channel,
// message objects, and INTERACTION_CREATE payloads for commands, autocomplete and components.
import { randomBytes } from 'node:crypto';

const discordEpoch = 1420070400000n;
let increment = 0n;

/** A fresh snowflake id for the current time. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - discordEpoch) << 22n) | increment).toString();
}

/** Permission bits the fake hands out (subset of Discord's). */
export const permissionBits = {
  manageChannels: 1n << 4n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  readMessageHistory: 1n << 16n,
  useApplicationCommands: 1n << 31n,
} as const;

/** What an ordinary member may do in a channel. */
export const memberPermissions = (
  permissionBits.viewChannel |
  permissionBits.sendMessages |
  permissionBits.readMessageHistory |
  permissionBits.useApplicationCommands
).toString();

/** An ordinary member plus Manage Channels. */
export const managerPermissions = (BigInt(memberPermissions) | permissionBits.manageChannels).toString();

/** The world the fake serves: one application, its bot user, one guild with one text channel. */
export interface FakeWorld {
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  userId: string;
}

/** A new world with fresh ids. */
export function createWorld(): FakeWorld {
  return {
    applicationId: snowflake(),
    botUserId: snowflake(),
    guildId: snowflake(),
    channelId: snowflake(),
    userId: snowflake(),
  };
}

/** A user object. */
export function userObject(id: string, username: string, bot = false) {
  return { id, username, global_name: username, discriminator: '0', avatar: null, bot, public_flags: 0 };
}

/** The text channel as Discord describes it. */
export function channelObject(world: FakeWorld) {
  return {
    id: world.channelId,
    type: 0,
    guild_id: world.guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** The GUILD_CREATE payload for the world's guild. */
export function guildObject(world: FakeWorld) {
  return {
    id: world.guildId,
    name: 'Fake Guild',
    icon: null,
    owner_id: world.userId,
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: new Date().toISOString(),
    preferred_locale: 'en-US',
    features: [],
    roles: [
      {
        id: world.guildId,
        name: '@everyone',
        permissions: memberPermissions,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    channels: [channelObject(world)],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message object as Discord returns it after a create or edit. */
export function messageObject(
  world: FakeWorld,
  body: Record<string, unknown>,
  options: { id?: string; webhook?: boolean } = {},
) {
  return {
    id: options.id ?? snowflake(),
    type: options.webhook ? 20 : 0,
    channel_id: world.channelId,
    guild_id: world.guildId,
    author: userObject(world.botUserId, 'Summit', true),
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    ...(options.webhook ? { webhook_id: world.applicationId, application_id: world.applicationId } : {}),
  };
}

/** Who clicks or types: an ordinary member unless `permissions` says otherwise. */
export interface Invoker {
  permissions?: string;
}

type OptionValue = string | number | boolean;

function optionType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return 4;
  return 3;
}

function base(world: FakeWorld, type: number, data: Record<string, unknown>, who: Invoker = {}) {
  return {
    id: snowflake(),
    application_id: world.applicationId,
    type,
    data,
    guild_id: world.guildId,
    channel_id: world.channelId,
    channel: channelObject(world),
    member: {
      user: userObject(world.userId, 'reader'),
      roles: [],
      permissions: who.permissions ?? memberPermissions,
      joined_at: new Date().toISOString(),
      nick: null,
      avatar: null,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    },
    token: `fake-interaction-${randomBytes(24).toString('hex')}`,
    version: 1,
    app_permissions: memberPermissions,
    locale: 'en-GB',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
    attachment_size_limit: 8388608,
  };
}

/** INTERACTION_CREATE for `/summit <sub> opt:value ...`. */
export function chatInputInteraction(
  world: FakeWorld,
  sub: string,
  options: Record<string, OptionValue> = {},
  who?: Invoker,
) {
  const subOptions = Object.entries(options).map(([name, value]) => ({
    name,
    type: optionType(value),
    value,
  }));
  return base(
    world,
    2,
    {
      id: 'summit-command-id',
      name: 'summit',
      type: 1,
      options: [{ name: sub, type: 1, options: subOptions }],
    },
    who,
  );
}

/** INTERACTION_CREATE for autocomplete of `focused` while typing `typed`. */
export function autocompleteInteraction(
  world: FakeWorld,
  sub: string,
  focused: string,
  typed: string,
  others: Record<string, OptionValue> = {},
) {
  const subOptions = [
    ...Object.entries(others).map(([name, value]) => ({ name, type: optionType(value), value })),
    { name: focused, type: 3, value: typed, focused: true },
  ];
  return base(world, 4, {
    id: 'summit-command-id',
    name: 'summit',
    type: 1,
    options: [{ name: sub, type: 1, options: subOptions }],
  });
}

/** INTERACTION_CREATE for a click on a button of `message`. */
export function buttonInteraction(
  world: FakeWorld,
  customId: string,
  message: Record<string, unknown>,
  who?: Invoker,
) {
  return { ...base(world, 3, { custom_id: customId, component_type: 2 }, who), message };
}

/** INTERACTION_CREATE for a choice in a string select menu of `message`. */
export function selectInteraction(
  world: FakeWorld,
  customId: string,
  values: string[],
  message: Record<string, unknown>,
  who?: Invoker,
) {
  return { ...base(world, 3, { custom_id: customId, component_type: 3, values }, who), message };
}
