// GET /metrics: every series in Prometheus' text format, for a scraper. Mounted only when
// METRICS=1 (src/main.ts), after enableMetrics() has defined the series.
import type { HttpRoute } from '../http/route.ts';
import type { MetricSeries } from './definitions.ts';

/** The route serving `series` in the Prometheus text format. */
export function metricsRoute(series: MetricSeries): HttpRoute {
  return {
    methods: ['GET'],
    path: '/metrics',
    async handle(_req, res) {
      const text = await series.registry.metrics();
      res.writeHead(200, { 'content-type': series.registry.contentType, 'cache-control': 'no-store' });
      res.end(text);
    },
  };
}
