// The build `npm start` runs (scripts/build.mjs: our code and the small packages bundled, the chat
// SDKs and SQLite left to node_modules) works as built: the console door answers and a briefing
// status reads the database, and both chat doors answer a real command through their SDKs.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callbackOf } from '../discord/helpers/harness.ts';
import { messageText } from '../discord/helpers/text.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import { formBody, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { builtBot, type Finished, projectRoot, runToEnd } from '../helpers/built-bot.ts';
import { startBot, stopBot } from '../robustness/helpers/bot-process.ts';

// Each test starts the bot as a process (src/main.ts through tsx, or a build): on a loaded 2-core
// CI machine start-up alone can pass the suite's 20 s, and start-up speed is not what these check.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const bot = builtBot('build-test');
const { out, work, contentDir } = bot;
const root = projectRoot;
const title = 'Survey Finds Otters Back on the River Wend';

beforeAll(() => bot.build(), 60_000);
afterAll(() => bot.remove());

function runConsole(input: string): Promise<Finished> {
  return runToEnd(process.execPath, [join(out, 'main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      CONTENT_DIR: contentDir,
      DATA_DIR: join(work, 'console-data'),
      LOG_LEVEL: 'warn',
    },
    input,
  });
}

describe('the built bot (scripts/build.mjs)', () => {
  it('console door: answers a summary and a briefing status, then exits cleanly at end of input', async () => {
    const { code, stdout, stderr } = await runConsole('/summit summary\n/summit status\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(title);
    expect(stdout).toMatch(/briefing/i);
  });

  describe('with both chat doors', () => {
    let discord: FakeDiscord;
    let slack: FakeSlack;
    beforeAll(async () => {
      [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlack({ botToken: 'xoxb-build' })]);
    });
    afterAll(async () => {
      await Promise.all([discord.close(), slack.close()]);
    });

    it('answers /summit summary on Discord and on Slack', async () => {
      const secret = 'build-test-secret';
      const bot = startBot(
        {
          DISCORD_TOKEN: discord.token,
          DISCORD_APPLICATION_ID: discord.world.applicationId,
          DISCORD_API_BASE: discord.apiBase,
          SLACK_BOT_TOKEN: 'xoxb-build',
          SLACK_SIGNING_SECRET: secret,
          SLACK_API_URL: slack.apiUrl,
          PORT: '0',
          CONTENT_DIR: contentDir,
          DATA_DIR: join(work, 'doors-data'),
          LOG_LEVEL: 'info',
        },
        { script: join(out, 'main.js') },
      );
      try {
        await bot.waitFor((l) => l.msg === 'summit bot ready');
        const listening = await bot.waitFor((l) => l.msg === 'slack door listening (HTTP)');
        const interaction = chatInputInteraction(discord.world, 'summary');
        discord.sendInteraction(interaction);
        const callback = await callbackOf(discord, interaction);
        expect(callback.status).toBe(204);
        expect(messageText((callback.body as { data: never }).data)).toContain(title);

        const body = formBody(slashCommandFields('summary', slack.responseUrl('build-1')));
        const url = `http://127.0.0.1:${String(listening.port)}/slack/events`;
        const { status, ack } = await postSignedForAck(url, body, { secret });
        expect(status).toBe(200);
        expect(ack).toMatchObject({ response_type: 'ephemeral', text: title });
      } finally {
        await stopBot(bot);
      }
    });
  });
});
