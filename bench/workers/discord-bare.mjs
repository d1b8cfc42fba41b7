// The bare Discord baseline: a discord.js client that replies a constant text to every slash
// command. Same SDK, intents and fake Discord as the bot, so bot/bare shows what the bot adds.
// Plain JavaScript run by plain node (no TypeScript loader: discord.js requires modules lazily
// while it replies, and a loader's require hooks would slow the baseline down).
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_BASE },
});
client.on(Events.Error, (error) => process.stderr.write(`discord error: ${error.message}\n`));
client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  interaction.reply({ content: 'Summit bench: a constant answer.' }).catch((error) => {
    process.stderr.write(`reply failed: ${String(error)}\n`);
  });
});
client.once(Events.ClientReady, () => process.send?.({ type: 'ready' }));
await client.login(process.env.DISCORD_TOKEN);
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
