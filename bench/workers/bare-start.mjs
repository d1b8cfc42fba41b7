// The cold-start baseline: plain JavaScript run by plain node (no TypeScript loader), so it is what
// the two frameworks alone cost. It loads discord.js and @slack/bolt, creates a Client and an App,
// and brings both up against the fakes in the same order as src/main.ts; then logs "bare ready".
import { App, HTTPReceiver } from '@slack/bolt';
import { Client, Events, GatewayIntentBits } from 'discord.js';

process.stderr.write(`${JSON.stringify({ msg: 'frameworks loaded' })}\n`);
const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_BASE },
});
client.on(Events.Error, (error) => process.stderr.write(`discord error: ${error.message}\n`));
const discordReady = new Promise((resolve) => client.once(Events.ClientReady, () => resolve(undefined)));
await client.login(process.env.DISCORD_TOKEN);
await discordReady;
process.stderr.write(`${JSON.stringify({ msg: 'discord ready' })}\n`);
const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
  port: Number(process.env.PORT ?? 0),
});
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  deferInitialization: true,
});
await app.init();
const server = await app.start();
process.stderr.write(`${JSON.stringify({ msg: 'bare ready', port: server.address().port })}\n`);
process.once('SIGTERM', () => {
  void Promise.all([client.destroy(), app.stop()]).then(() => process.exit(0));
});
