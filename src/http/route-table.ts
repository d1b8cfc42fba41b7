// How the HTTP server finds the route for a request: exact paths before prefixes, the longest
// prefix first, HEAD served wherever GET is, and what a route must look like to be added.
import type { HttpRoute } from './route.ts';

/** A path is exact ('/healthz') or a prefix ending in '/' ('/slack/'); both start with '/'. */
export function checkRoute(route: HttpRoute): void {
  if (!route.path.startsWith('/')) throw new Error(`HTTP route path must start with '/': ${route.path}`);
  if (route.methods.length === 0) throw new Error(`HTTP route ${route.path} serves no method`);
}

/** The routes whose path matches, most specific first: exact ones, then longer prefixes. */
export function matchRoutes(routes: readonly HttpRoute[], path: string): HttpRoute[] {
  return routes
    .filter((r) => (r.path.endsWith('/') && r.path.length > 1 ? path.startsWith(r.path) : r.path === path))
    .sort((a, b) => specificity(b, path) - specificity(a, path));
}

function specificity(route: HttpRoute, path: string): number {
  return route.path === path ? Number.MAX_SAFE_INTEGER : route.path.length;
}

/** The methods a route answers: HEAD comes with GET. */
export function methodsOf(route: HttpRoute): string[] {
  return route.methods.includes('GET') && !route.methods.includes('HEAD')
    ? [...route.methods, 'HEAD']
    : route.methods;
}

/** The request's path, or undefined when the URL cannot be parsed. */
export function pathOf(url: string | undefined): string | undefined {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}
