// The delivery tests' platforms: the fake Discord and Slack servers with channel stores attached,
// and briefing senders on the real discord.js REST client and Slack WebClient pointed at them.
import type { Senders } from '../../../src/briefing/sender.ts';
import { createDiscordSender } from '../../../src/briefing/senders/discord.ts';
import { createSlackSender } from '../../../src/briefing/senders/slack.ts';
import { FakeChannels } from '../../fakes/discord/channels.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/server.ts';
import { FakeSlackChannels } from '../../fakes/slack/channels.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack/server.ts';

/** Both fakes and their channels. */
export interface FakePlatforms {
  discord: FakeDiscord;
  slack: FakeSlack;
  /** Discord channels (add, fail, close). */
  dChannels: FakeChannels;
  /** Slack channels (add, fail). */
  sChannels: FakeSlackChannels;
  /** New senders to the two fakes (5 s per request). */
  senders(): Senders;
  /** Closes both fakes. */
  close(): Promise<void>;
}

/** Starts both fakes with channel stores attached. */
export async function startFakePlatforms(): Promise<FakePlatforms> {
  const discord = await startFakeDiscord();
  const dChannels = new FakeChannels(discord.world);
  discord.extension = dChannels.extension;
  const slack = await startFakeSlack();
  const sChannels = new FakeSlackChannels();
  slack.extension = sChannels.extension;
  return {
    discord,
    slack,
    dChannels,
    sChannels,
    senders: () => ({
      discord: createDiscordSender({ token: discord.token, apiBase: discord.apiBase, timeoutMs: 5000 }),
      slack: createSlackSender({ token: 'xoxb-fake-bot', apiUrl: slack.apiUrl, timeoutMs: 5000 }),
    }),
    async close() {
      await discord.close();
      await slack.close();
    },
  };
}
