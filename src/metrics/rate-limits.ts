// Counts the 429s the platform SDKs receive, from their own events: discord.js REST's 'response'
// (every answer, with its status) and Slack's WebClient 'rate_limited'. Listeners are attached only
// when metrics are on, so an SDK with metrics off does no extra work per request.
import { count429, metricSeries } from './metrics.ts';

/** The part of discord.js' REST manager this needs. */
interface DiscordRest {
  on(event: 'response', listener: (request: unknown, response: { status: number }) => void): unknown;
}

/** The part of Slack's WebClient this needs. */
interface SlackClient {
  on(event: 'rate_limited', listener: () => void): unknown;
}

/** Counts every 429 answer `rest` (a discord.js REST manager) receives. */
export function count429sOfDiscordRest(rest: DiscordRest): void {
  if (!metricSeries()) return;
  rest.on('response', (_request, response) => {
    if (response.status === 429) count429('discord');
  });
}

/** Counts every 429 answer `client` (a Slack WebClient) receives. */
export function count429sOfSlackClient(client: SlackClient): void {
  if (!metricSeries()) return;
  client.on('rate_limited', () => count429('slack'));
}
