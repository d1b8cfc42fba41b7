// `npm run commands:deploy` against the fake Discord: the guild route when DISCORD_GUILD_ID is
// set, the global route otherwise, and clear errors when the token or ids are wrong.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeployError, deployCommands, runDeploy } from '../../src/discord/deploy-commands.ts';
import { commandJson } from '../../src/discord/registration.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  await fake.close();
});

const configOf = (f: FakeDiscord, guild?: string) => ({
  DISCORD_TOKEN: f.token,
  DISCORD_APPLICATION_ID: f.world.applicationId,
  DISCORD_GUILD_ID: guild,
  DISCORD_API_BASE: f.apiBase,
});

describe('deployCommands', () => {
  it('deploy: registers /summit in one guild when DISCORD_GUILD_ID is set', async () => {
    const result = await deployCommands(configOf(fake, fake.world.guildId), { retries: 0 });
    expect(result.scope).toBe('guild');
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.route).toBe(`/applications/${fake.world.applicationId}/guilds/${fake.world.guildId}/commands`);
    expect(put.authorization).toBe(`Bot ${fake.token}`);
    expect(put.body).toEqual([commandJson()]);
    expect(fake.commands.get(fake.world.guildId)).toHaveLength(1);
    expect(result.commands).toEqual([
      'summit: summary, section, quotes, ask, latest, search, changes, brief, subscribe, unsubscribe, feeds, status, help',
    ]);
  });

  it('deploy: registers /summit globally when no guild is set', async () => {
    const result = await deployCommands(configOf(fake), { retries: 0 });
    expect(result).toMatchObject({
      scope: 'global',
      route: `/applications/${fake.world.applicationId}/commands`,
    });
    expect(fake.commands.get('global')).toHaveLength(1);
    expect(fake.commands.has(fake.world.guildId)).toBe(false);
  });

  it('deploy: a wrong token, a guild the bot is not in, or no token give clear errors', async () => {
    await expect(
      deployCommands({ ...configOf(fake), DISCORD_TOKEN: 'wrong' }, { retries: 0 }),
    ).rejects.toThrow(/rejected DISCORD_TOKEN \(401/);
    await expect(deployCommands(configOf(fake, '999999999999'), { retries: 0 })).rejects.toThrow(
      /Is the bot in guild 999999999999/,
    );
    await expect(deployCommands({ ...configOf(fake), DISCORD_TOKEN: undefined })).rejects.toThrow(
      DeployError,
    );
    expect(fake.requests.filter((r) => r.status === 200)).toEqual([]);
  });

  it('deploy: runDeploy prints what it registered, or the config error, with an exit code', async () => {
    const out: string[] = [];
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_GUILD_ID: fake.world.guildId,
      DISCORD_API_BASE: fake.apiBase,
    };
    expect(
      await runDeploy(
        env,
        (l) => out.push(l),
        (l) => out.push(l),
      ),
    ).toBe(0);
    expect(out[0]).toContain(`in guild ${fake.world.guildId} (available now)`);
    const errors: string[] = [];
    expect(
      await runDeploy(
        { DISCORD_TOKEN: 'x' },
        () => undefined,
        (l) => errors.push(l),
      ),
    ).toBe(1);
    expect(errors[0]).toContain('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  });

  it('deploy: the npm script entry registers globally and exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/deploy-commands.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.world.applicationId,
        DISCORD_API_BASE: fake.apiBase,
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('Registered 1 command(s) globally');
    expect(stdout).toContain('/summit: summary, section, quotes');
    expect(fake.commands.get('global')).toHaveLength(1);
  });
});
