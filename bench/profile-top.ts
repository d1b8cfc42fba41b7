// `npx tsx bench/profile-top.ts FILE.cpuprofile [N] [SKIP_S]`: where a V8 CPU profile (from `npm run
// bench -- --profile`) spent its time, after the first SKIP_S seconds (start-up): self time by owner and top functions.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package, Node internal or project file a script URL belongs to. */
export function ownerOf(url: string): string {
  if (!url) return '(native / GC / idle)';
  const pkg = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return 'node internals';
  const project = /\/(src|bench|commands|test)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

/** Self time in ms per function and per owner, and inclusive time per owner, for samples after `skipMs`. */
export function selfTimes(
  profile: Profile,
  skipMs = 0,
): {
  byOwner: Map<string, number>;
  byFunction: Map<string, number>;
  inclusive: Map<string, number>;
  totalMs: number;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += ms;
    const node = byId.get(id);
    if (!node || at < skipMs) return;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const owner = functionName === '(idle)' ? '(idle)' : ownerOf(url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${owner}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    const owners = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)?.callFrame;
      if (frame?.url) owners.add(ownerOf(frame.url));
    }
    for (const o of owners) inclusive.set(o, (inclusive.get(o) ?? 0) + ms);
  });
  return { byOwner, byFunction, inclusive, totalMs };
}

function top(map: Map<string, number>, n: number, totalMs: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([name, ms]) =>
        `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${name}`,
    )
    .join('\n');
}

const [file, n = '25', skip = '0'] = process.argv.slice(2);
if (file) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const { byOwner, byFunction, inclusive, totalMs } = selfTimes(profile, Number(skip) * 1000);
  process.stdout.write(
    `${file}: ${totalMs.toFixed(0)} ms sampled\n\nSelf time by owner:\n${top(byOwner, Number(n), totalMs)}\n\n` +
      `Inclusive time by owner (on the stack):\n${top(inclusive, Number(n), totalMs)}\n\nTop functions:\n${top(byFunction, Number(n), totalMs)}\n`,
  );
} else {
  process.stderr.write('usage: npx tsx bench/profile-top.ts FILE.cpuprofile [N] [SKIP_S]\n');
}
