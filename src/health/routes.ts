// /healthz (the process is alive and its event loop turns: 200 ok) and /readyz (200 when every
// door is connected and the database reachable and migrated, else 503 with the reasons as JSON).

import { answer } from '../http/answer.ts';
import type { HttpRoute } from '../http/route.ts';
import type { Readiness } from './readiness.ts';

/** Liveness and readiness routes over `readiness`. */
export function healthRoutes(readiness: Readiness): HttpRoute[] {
  return [
    {
      methods: ['GET'],
      path: '/healthz',
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end('ok');
      },
    },
    {
      methods: ['GET'],
      path: '/readyz',
      handle: async (_req, res) => {
        const status = await readiness.status();
        const reasons = status.parts.filter((p) => !p.ready).map((p) => `${p.name}: ${p.reason}`);
        answer(
          res,
          status.ready ? 200 : 503,
          { status: status.ready ? 'ready' : 'not ready', reasons, parts: status.parts },
          { 'cache-control': 'no-store' },
        );
      },
    },
  ];
}
