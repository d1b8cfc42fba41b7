// `npx tsx scripts/eval/replay-first-runs.ts [--worktrees DIR] [--fresh DIR]`: replays the quote finder's first
// runs (issue 17) and writes eval/fresh/first-runs.jsonl, data for learning a confidence for speaker attributions.
//
// Why: every fresh part testK was run once unseen on a known commit (eval/fresh/RESULTS.md, "Fresh testK ... was run
// once, on <sha>") and then tuned on, so today's code has seen every part and its attributions are no fair sample of
// how it errs on new text. The commits in first-runs.ts had never seen testK nor any later part (each predates their
// gathering), so what they made of those parts is unseen output. Each row is one matched quote.
//
// How: for every first-run commit C_k and every part testJ with J >= K, the script checks C_k out in a detached git
// worktree (DIR/old-<sha>; DIR defaults to a new temporary folder), links this checkout's node_modules into it (no
// dependency changed between those commits and now), writes a throw-away runner next to the old
// scripts/eval/articles.ts and runs it with `npx tsx` from that worktree: the runner loads the part with the OLD
// loader (loadEvalArticles, as the old scripts/eval.ts did), runs the OLD extractQuotes on each annotated article,
// and hands back the found quotes. The annotations are always read from this checkout's eval/fresh (or --fresh), so
// every commit is scored against today's gold. A worktree the script made is removed afterwards; one already at
// DIR/old-<sha> is used as it is and left (only the runner is deleted). Then the CURRENT code of this checkout is run
// in-process on every fresh part (dev, test, test2 ... test14), rows marked "seen": true; its "commit" is the last
// commit that touched src/. Nothing goes to the network.
//
// Matching is scoreArticle's (scripts/eval/quotes.ts): each found quote takes the first unused gold quote with an
// equal spanKey; unmatched quotes are dropped. "speaker" is the name extractQuotes gave, before the chat threshold
// (not shownSpeaker); "confidence" is null where the quote carries none; "right" compares speakerKeys. Lines are
// sorted by the commit order of first-runs.ts (current code last), part (report order), article id, gold index.
// The summary printed per (commit, part) counts right/wrong/unattributed the way scoreArticle does but on that
// named speaker; for the diagonal (each part on its own first-run commit) it also prints the after-threshold
// figures (the old commit's own shownSpeaker), which are the ones RESULTS.md reports.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RULES_SHOW_FROM, shownSpeaker } from '../../src/core/quotes/confidence.ts';
import { extractQuotes } from '../../src/core/quotes.ts';
import { loadEvalArticles } from './articles.ts';
import { firstRuns } from './first-runs.ts';
import { freshParts } from './parts.ts';
import { spanKey, speakerKey } from './quotes.ts';
import type { EvalQuote, FirstRunRow } from './types.ts';

/** One quote as a commit's extractQuotes returned it, with its shownSpeaker (after that commit's threshold). */
interface FoundQuote {
  text: string;
  speaker: string | null;
  confidence: number | null;
  shown: string | null;
}

/** One annotated article of a part: its gold quotes and what a commit found. */
interface RunArticle {
  id: string;
  gold: EvalQuote[];
  found: FoundQuote[];
}

/** One line of first-runs.jsonl. */
type Row = FirstRunRow;

/** Tallies of one (commit, part): before the threshold, and after it (shown) for the check against RESULTS. */
interface Tally {
  commit: string;
  part: string;
  matched: number;
  named: number;
  right: number;
  wrong: number;
  unattributed: number;
  shown: { right: number; wrong: number; unattributed: number };
}

/**
 * The throw-away runner written into an old worktree's scripts/eval/: argv[2] is a JSON list of { part, dir },
 * argv[3] the file to write. It uses only what every first-run commit has: loadEvalArticles(dir),
 * extractQuotes(article[, options]) and shownSpeaker(quote).
 */
const runnerSource = `import { writeFileSync } from 'node:fs';
import { shownSpeaker } from '../../src/core/quotes/confidence.ts';
import { extractQuotes } from '../../src/core/quotes.ts';
import { loadEvalArticles } from './articles.ts';

const parts = JSON.parse(process.argv[2]);
const out = {};
for (const { part, dir } of parts) {
  const articles = (await loadEvalArticles(dir)) ?? [];
  out[part] = articles
    .filter((a) => Array.isArray(a.record.quotes))
    .map((a) => ({
      id: a.record.id,
      gold: a.record.quotes,
      // From 3bd2086 on, { check: false } gives the rules' own confidence (older commits ignore it) and the
      // plain call what chat showed; before, both calls are the same.
      found: ((plain, served) =>
        plain.map((q, i) => ({
          text: q.text,
          speaker: q.speaker,
          confidence: q.confidence ?? null,
          shown: shownSpeaker(served[i] ?? q),
        })))(extractQuotes(a.article, { check: false }), extractQuotes(a.article)),
    }));
}
writeFileSync(process.argv[3], JSON.stringify(out));
`;
const runnerName = '_replay-first-runs-runner.ts';

const root = resolve(import.meta.dirname, '..', '..');

function git(args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
}

/** Runs the old commit on the parts; makes (and afterwards removes) its worktree unless one is ready in `dir`. */
function runOld(
  commit: string,
  parts: string[],
  worktrees: string,
  fresh: string,
): Record<string, RunArticle[]> {
  git(['rev-parse', '--verify', '--quiet', `${commit}^{commit}`]);
  const tree = join(worktrees, `old-${commit}`);
  const made = !existsSync(tree);
  if (made) {
    git(['worktree', 'add', '--detach', tree, commit]);
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  } else if (git(['-C', tree, 'rev-parse', 'HEAD']) !== git(['rev-parse', `${commit}^{commit}`])) {
    throw new Error(`${tree} is not checked out at ${commit}`);
  }
  const runner = join(tree, 'scripts', 'eval', runnerName);
  const output = join(worktrees, `old-${commit}.json`);
  try {
    writeFileSync(runner, runnerSource);
    const list = parts.map((part) => ({ part, dir: join(fresh, part) }));
    execFileSync('npx', ['tsx', runner, JSON.stringify(list), output], { cwd: tree, stdio: 'inherit' });
    return JSON.parse(readFileSync(output, 'utf8'));
  } finally {
    rmSync(runner, { force: true });
    rmSync(output, { force: true });
    if (made) git(['worktree', 'remove', '--force', tree]);
  }
}

/** Runs this checkout's code on the parts, in-process. */
async function runCurrent(parts: string[], fresh: string): Promise<Record<string, RunArticle[]>> {
  const out: Record<string, RunArticle[]> = {};
  for (const part of parts) {
    const articles = (await loadEvalArticles(join(fresh, part))) ?? [];
    out[part] = articles.flatMap((a) =>
      Array.isArray(a.record.quotes)
        ? [
            {
              id: a.record.id,
              gold: a.record.quotes,
              // The rules' own view (route confidence, their own threshold), as the old commits give it:
              // the speaker check that weighs it is what these rows train.
              found: extractQuotes(a.article, { check: false }).map((q) => ({
                text: q.text,
                speaker: q.speaker,
                confidence: q.confidence ?? null,
                shown: shownSpeaker(q, RULES_SHOW_FROM),
              })),
            },
          ]
        : [],
    );
  }
  return out;
}

/** Matches as scoreArticle does and turns one (commit, part) into rows and a tally. */
function score(
  commit: string,
  part: string,
  articles: RunArticle[],
  seen: boolean,
): { rows: Row[]; tally: Tally } {
  const rows: Row[] = [];
  const tally: Tally = {
    commit,
    part,
    matched: 0,
    named: 0,
    right: 0,
    wrong: 0,
    unattributed: 0,
    shown: { right: 0, wrong: 0, unattributed: 0 },
  };
  for (const a of articles) {
    const pool = a.gold.map((g, index) => ({ index, key: spanKey(g.text), speaker: g.speaker, used: false }));
    for (const q of a.found) {
      const hit = pool.find((g) => !g.used && g.key === spanKey(q.text));
      if (!hit) continue;
      hit.used = true;
      const right = speakerKey(hit.speaker) === speakerKey(q.speaker);
      rows.push({
        commit,
        part,
        article: a.id,
        gold: hit.index,
        speaker: q.speaker,
        confidence: q.confidence,
        right,
        seen,
      });
      tally.matched++;
      if (q.speaker !== null) tally.named++;
      if (right) tally.right++;
      else if (q.speaker === null) tally.unattributed++;
      else tally.wrong++;
      if (speakerKey(hit.speaker) === speakerKey(q.shown)) tally.shown.right++;
      else if (q.shown === null) tally.shown.unattributed++;
      else tally.shown.wrong++;
    }
  }
  return { rows, tally };
}

async function main(args: string[]): Promise<number> {
  const flagValue = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const worktreesArg = flagValue('--worktrees');
  const worktrees = worktreesArg ? resolve(worktreesArg) : mkdtempSync(join(tmpdir(), 'replay-first-runs-'));
  const fresh = resolve(flagValue('--fresh') ?? join(root, 'eval', 'fresh'));
  const current = git(['log', '-1', '--format=%h', '--abbrev=7', 'HEAD', '--', 'src']);
  const partOrder = (part: string) => freshParts.indexOf(part);

  const results: { rows: Row[]; tally: Tally }[] = [];
  for (const [k, { commit }] of firstRuns.entries()) {
    const parts = firstRuns.slice(k).map((r) => r.part);
    console.error(`replay: ${commit} on ${parts.join(', ')}`);
    const found = runOld(commit, parts, worktrees, fresh);
    for (const part of parts) results.push(score(commit, part, found[part] ?? [], false));
  }
  console.error(`replay: current code (${current}) on ${freshParts.join(', ')}`);
  const now = await runCurrent(freshParts, fresh);
  for (const part of freshParts) results.push(score(current, part, now[part] ?? [], true));
  if (!worktreesArg) rmSync(worktrees, { recursive: true, force: true });

  const commitOrder = [...firstRuns.map((r) => r.commit), current];
  const rows = results
    .flatMap((r) => r.rows)
    .sort(
      (x, y) =>
        commitOrder.indexOf(x.commit) - commitOrder.indexOf(y.commit) ||
        partOrder(x.part) - partOrder(y.part) ||
        (x.article < y.article ? -1 : x.article > y.article ? 1 : 0) ||
        x.gold - y.gold,
    );
  const file = join(root, 'eval', 'fresh', 'first-runs.jsonl');
  writeFileSync(file, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));

  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const table = [
    line(['commit', 'part', 'seen', 'matched', 'named', 'right', 'wrong', 'unattributed']),
    line(['---', '---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...results.map(({ tally: t }) =>
      line([
        t.commit,
        t.part,
        t.commit === current ? 'yes' : 'no',
        t.matched,
        t.named,
        t.right,
        t.wrong,
        t.unattributed,
      ]),
    ),
  ];
  const diagonal = [
    line([
      'commit',
      'part',
      'matched',
      'right',
      'wrong',
      'unattributed',
      'shown right',
      'shown wrong',
      'shown unattr.',
    ]),
    line(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...results
      .filter(
        ({ rows, tally: t }) =>
          !rows[0]?.seen && firstRuns.some((r) => r.commit === t.commit && r.part === t.part),
      )
      .map(({ tally: t }) =>
        line([
          t.commit,
          t.part,
          t.matched,
          t.right,
          t.wrong,
          t.unattributed,
          t.shown.right,
          t.shown.wrong,
          t.shown.unattributed,
        ]),
      ),
  ];
  console.log(
    [
      `${rows.length} rows written to ${file}`,
      '',
      'Before the threshold (the speaker extractQuotes named):',
      ...table,
      '',
      'Each part on its own first-run commit, before and after that commit’s threshold (shownSpeaker):',
      ...diagonal,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
