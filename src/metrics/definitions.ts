// Every series /metrics shows, defined in one place on one registry: commands, their latency,
// briefing deliveries, feed fetches, 429s, story analysis, and Node's default process metrics.
// Labels take values from small fixed sets only (see metrics.ts), never user input.
import * as Prom from 'prom-client';

/** The registry and the series on it. */
export interface MetricSeries {
  registry: Prom.Registry;
  commands: Prom.Counter<'platform' | 'subcommand' | 'outcome'>;
  commandSeconds: Prom.Histogram<'platform' | 'subcommand'>;
  deliveries: Prom.Counter<'platform' | 'outcome'>;
  feedFetches: Prom.Counter<'outcome'>;
  rateLimited: Prom.Counter<'platform'>;
  analysisSeconds: Prom.Histogram<'outcome'>;
}

/** Defines every series on a fresh registry, with the process metrics. */
export function defineMetrics(): MetricSeries {
  const prom = Prom;
  const registry = new prom.Registry();
  const registers = [registry];
  prom.collectDefaultMetrics({ register: registry });
  return {
    registry,
    commands: new prom.Counter({
      name: 'summit_commands_total',
      help: 'Commands answered, by platform, subcommand and outcome',
      labelNames: ['platform', 'subcommand', 'outcome'],
      registers,
    }),
    commandSeconds: new prom.Histogram({
      name: 'summit_command_duration_seconds',
      help: 'Time the core took to answer a command',
      labelNames: ['platform', 'subcommand'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    deliveries: new prom.Counter({
      name: 'summit_briefing_deliveries_total',
      help: 'Daily briefing slots settled, by platform and outcome',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
    feedFetches: new prom.Counter({
      name: 'summit_feed_fetches_total',
      help: 'Feed fetches, by outcome',
      labelNames: ['outcome'],
      registers,
    }),
    rateLimited: new prom.Counter({
      name: 'summit_rate_limited_total',
      help: 'HTTP 429 answers received from a platform API',
      labelNames: ['platform'],
      registers,
    }),
    analysisSeconds: new prom.Histogram({
      name: 'summit_story_analysis_duration_seconds',
      help: 'Time a worker took to parse and analyse one story, by outcome',
      labelNames: ['outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
  };
}
