// `npm run commands:deploy`: registers the /summit command tree with Discord, to one guild when
// DISCORD_GUILD_ID is set (instant, for development) or globally. The bot never does this on start.
import { pathToFileURL } from 'node:url';
import { DiscordAPIError, REST, type RESTOptions, Routes } from 'discord.js';
import { type Config, ConfigError, loadConfig } from '../config/env.ts';
import { errorMessage } from '../error-message.ts';
import { commandJson } from './registration.ts';

/** What was registered, where. */
export interface DeployResult {
  /** 'guild' (instant) or 'global' (may take a while to show everywhere). */
  scope: 'guild' | 'global';
  /** REST route used, e.g. /applications/1/guilds/2/commands. */
  route: string;
  /** Names of the registered commands with their subcommands, e.g. ['summit: summary, section']. */
  commands: string[];
}

/** A deploy that cannot go ahead or that Discord refused; the message says what to do. */
export class DeployError extends Error {
  override name = 'DeployError';
}

type DeployConfig = Pick<
  Config,
  'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_BASE'
>;

function explain(error: unknown, config: DeployConfig): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token in the Developer Portal > Bot.';
    if (error.status === 403 && config.DISCORD_GUILD_ID) {
      return `Discord refused access (403, code ${error.code}). Is the bot in guild ${config.DISCORD_GUILD_ID}, invited with the applications.commands scope, and does DISCORD_APPLICATION_ID match the token?`;
    }
    return `Discord refused the commands (${error.status}, code ${error.code}): ${error.message}`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `Could not reach Discord at ${config.DISCORD_API_BASE}: ${errorMessage(error)}${cause}`;
}

/** Registers /summit (bulk overwrite) and returns what Discord now has. */
export async function deployCommands(
  config: DeployConfig,
  restOptions: Partial<RESTOptions> = {},
): Promise<DeployResult> {
  if (!config.DISCORD_TOKEN)
    throw new DeployError('DISCORD_TOKEN is not set: registering commands needs the bot token.');
  if (!config.DISCORD_APPLICATION_ID) {
    throw new DeployError(
      'DISCORD_APPLICATION_ID is not set (Developer Portal > General Information > Application ID).',
    );
  }
  const scope = config.DISCORD_GUILD_ID ? 'guild' : 'global';
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const rest = new REST({ api: config.DISCORD_API_BASE, ...restOptions }).setToken(config.DISCORD_TOKEN);
  let saved: unknown;
  try {
    saved = await rest.put(route, { body: [commandJson()] });
  } catch (error) {
    throw new DeployError(explain(error, config), { cause: error });
  }
  const commands = (Array.isArray(saved) ? saved : []).map(
    (c: { name?: string; options?: { name: string }[] }) =>
      `${c.name}: ${(c.options ?? []).map((o) => o.name).join(', ')}`,
  );
  return { scope, route, commands };
}

/** The npm script: loads the environment, deploys, prints the outcome; exit code 1 on failure. */
export async function runDeploy(
  env: NodeJS.ProcessEnv = process.env,
  print = console.log,
  fail = console.error,
): Promise<number> {
  try {
    const config = loadConfig(env);
    const result = await deployCommands(config);
    const where =
      result.scope === 'guild'
        ? `in guild ${config.DISCORD_GUILD_ID} (available now)`
        : 'globally (new commands can take up to an hour to appear in every server)';
    print(`Registered ${result.commands.length} command(s) ${where} via ${result.route}:`);
    for (const line of result.commands) print(`  /${line}`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DeployError) fail(error.message);
    else fail(`Command deploy failed: ${errorMessage(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runDeploy();
}
