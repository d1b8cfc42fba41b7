// What the rest of the bot calls to count and time things for /metrics. Off unless METRICS=1:
// until enableMetrics() runs, every function is a no-op and prom-client is not even loaded.
// Label values are clamped to small fixed sets so no input can grow the number of series.
import { summitTree } from '../../commands/summit.ts';
import type { MetricSeries } from './definitions.ts';

/** How a command ended. */
export type CommandOutcome = 'ok' | 'unknown' | 'invalid' | 'refused' | 'failed';

/** How a feed fetch ended. */
export type FeedFetchOutcome = 'ok' | 'not_modified' | 'failed' | 'rate_limited' | 'refused' | 'paused';

/** How a story analysis ended. */
export type AnalysisOutcome = 'ok' | 'rejected' | 'failed';

let series: MetricSeries | undefined;

const platforms = new Set(['discord', 'slack', 'console']);
const subcommands = new Set<string>(summitTree.subcommands.map((s) => s.name));
const platformLabel = (platform: string) => (platforms.has(platform) ? platform : 'other');

/** Turns metrics on (loads prom-client and defines every series); later calls reuse them. */
export async function enableMetrics(): Promise<MetricSeries> {
  if (!series) {
    const { defineMetrics } = await import('./definitions.ts');
    series ??= defineMetrics();
  }
  return series;
}

/** Turns metrics off again and forgets every count (tests). */
export function disableMetrics(): void {
  series?.registry.clear();
  series = undefined;
}

/** The series, when metrics are on. */
export function metricSeries(): MetricSeries | undefined {
  return series;
}

/** Counts one answered command and observes how long the core took. */
export function countCommand(
  platform: string,
  subcommand: string,
  outcome: CommandOutcome,
  ms: number,
): void {
  if (!series) return;
  const labels = {
    platform: platformLabel(platform),
    subcommand: subcommands.has(subcommand) ? subcommand : 'unknown',
  };
  series.commands.inc({ ...labels, outcome });
  series.commandSeconds.observe(labels, ms / 1000);
}

/** Counts one settled briefing slot (sent, skipped, failed, missed, lost...). */
export function countBriefingDelivery(platform: string, outcome: string): void {
  series?.deliveries.inc({ platform: platformLabel(platform), outcome: outcome.slice(0, 20) });
}

/** Counts one feed fetch. */
export function countFeedFetch(outcome: FeedFetchOutcome): void {
  series?.feedFetches.inc({ outcome });
}

/** Counts one 429 answer from a platform's API. */
export function count429(platform: 'discord' | 'slack'): void {
  series?.rateLimited.inc({ platform });
}

/** Observes one story analysis. */
export function observeAnalysis(ms: number, outcome: AnalysisOutcome = 'ok'): void {
  series?.analysisSeconds.observe({ outcome }, ms / 1000);
}
