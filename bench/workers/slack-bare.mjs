// The bare Slack baseline: a Bolt app over HTTP that only acks /summit with a constant text.
// Same SDK, receiver and fake Slack as the bot, so bot/bare shows what the bot adds. Plain
// JavaScript run by plain node (no TypeScript loader, whose require hooks would slow it down).
import { App, HTTPReceiver } from '@slack/bolt';

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
  port: 0,
});
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command('/summit', async ({ ack }) => {
  await ack('Summit bench: a constant answer.');
});
const server = await app.start();
process.send?.({ type: 'ready', port: server.address().port });
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
