// `npm run bench [-- --quick]`: runs each benchmark part (a part that cannot run says why and the
// rest go on), prints one table and writes bench/results.json. Not part of CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchContext, type Part, parseOptions } from './lib/context.ts';
import { detectPinning, pinProcess } from './lib/pin.ts';
import { type PartResult, SkipPart } from './lib/report.ts';
import { machineFacts, mergeParts, writeResults } from './lib/results.ts';
import { formatTable } from './lib/table.ts';
import { analyzePart } from './parts/analyze.ts';
import { archiveIngestPart } from './parts/archive-ingest.ts';
import { archiveSearchPart } from './parts/archive-search.ts';
import { archiveStartPart } from './parts/archive-start.ts';
import { coldStartPart } from './parts/cold-start.ts';
import { corePart } from './parts/core.ts';
import { discordPart } from './parts/discord.ts';
import { fanoutPart } from './parts/fanout.ts';
import { feedsPart } from './parts/feeds.ts';
import { fleetPart } from './parts/fleet.ts';
import { slackPart } from './parts/slack.ts';
import { storiesStartPart } from './parts/stories-start.ts';
import { storyBurstPart } from './parts/story-burst.ts';

const parts: Part[] = [
  corePart,
  analyzePart,
  slackPart,
  discordPart,
  fanoutPart,
  coldStartPart,
  archiveIngestPart,
  archiveStartPart,
  archiveSearchPart,
  storyBurstPart,
  storiesStartPart,
  feedsPart,
  fleetPart,
];

async function runPart(part: Part, ctx: BenchContext): Promise<PartResult> {
  const started = performance.now();
  const ranAt = new Date().toISOString();
  const mode = ctx.quick ? 'quick' : 'full';
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  ctx.log(`part ${part.id}: ${part.title} ...`);
  try {
    const out = await part.run(ctx);
    return {
      id: part.id,
      title: part.title,
      status: out.status ?? 'ok',
      ...out,
      seconds: seconds(),
      ranAt,
      mode,
    };
  } catch (error) {
    const skipped = error instanceof SkipPart;
    const note = skipped
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
    ctx.log(`part ${part.id}: ${skipped ? 'skipped' : 'FAILED'}: ${note}`);
    return {
      id: part.id,
      title: part.title,
      status: skipped ? 'skipped' : 'failed',
      note: note.split('\n')[0],
      figures: [],
      details: { error: note },
      seconds: seconds(),
      ranAt,
      mode,
    };
  }
}

async function main(): Promise<void> {
  const { options, problems } = parseOptions(process.argv.slice(2));
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  for (const problem of problems) log(problem);
  const pinning = detectPinning();
  if (pinning.enabled) {
    const problem = pinProcess(process.pid, pinning.loadCore);
    if (problem) log(`could not pin the orchestrator to core ${pinning.loadCore}: ${problem}`);
  }
  log(pinning.note);
  const tmpDir = mkdtempSync(join(tmpdir(), 'summit-bench-'));
  const ctx: BenchContext = { ...options, root, pinning, tmpDir, log };
  const startedAt = new Date().toISOString();
  const machine = machineFacts();
  const results: PartResult[] = [];
  try {
    for (const part of parts) {
      if (options.only.length > 0 && !options.only.includes(part.id)) continue;
      results.push(await runPart(part, ctx));
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  // A calibration (A/A) run is kept apart: its "Bot" column is a second bare app.
  const out = join(root, 'bench', options.calibrate ? 'calibration.json' : 'results.json');
  writeResults(out, {
    startedAt,
    mode: options.quick ? 'quick' : 'full',
    slices: { pairs: options.pairs, sliceMs: options.sliceMs, warmUpMs: options.warmUpMs },
    pinning,
    machine,
    parts: options.only.length > 0 ? mergeParts(out, results) : results,
  });
  process.stdout.write(
    `\nSummit bot benchmark${options.calibrate ? ' - A/A CALIBRATION: the Bot column of parts 3 and 4 is a second bare app' : ''} (${options.quick ? 'quick' : 'full'}; ${options.pairs} A/B pairs of ${options.sliceMs} ms after ${options.warmUpMs} ms of warm-up a side; ${pinning.note})\n`,
  );
  process.stdout.write(
    `machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAtStart.join(' ')} at start\n\n`,
  );
  const kept = options.only.length > 0 ? ' (parts not run this time kept from the previous file)' : '';
  process.stdout.write(`${formatTable(results)}\n\nwritten: ${out}${kept}\n`);
}

await main();
