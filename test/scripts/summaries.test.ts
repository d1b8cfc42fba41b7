// The eval plumbing on a tiny evaluation set written here (the real one in ../shared is for
// `npm run eval` only): loading and building articles, the summary scores, and the absent-set message.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvalArticles, sourceOf } from '../../scripts/eval/articles.ts';
import {
  formatSummaryTable,
  leadCut,
  scoreSummaries,
  summariesEvaluator,
} from '../../scripts/eval/summaries.ts';

const story = [
  'Fishermen in the harbour town returned to sea on Monday after a storm kept boats ashore for a week.',
  'The storm damaged three piers and sank two small boats, the harbour master said.',
  'Repairs to the piers are expected to take a month and will cost the town about $2 million.',
  'Local cafes said business had fallen by half during the storm.',
  'The fish market will reopen on Wednesday with a reduced catch.',
].join('\n\n');

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summit-eval-'));
  await mkdir(join(dir, 'articles'));
  const record = {
    id: 'bbc-test-001',
    title: 'Fishermen return to sea after storm',
    text: story,
    reference_summary:
      'Fishermen returned to sea on Monday after a storm.\nRepairs to the piers will take a month.',
  };
  await writeFile(join(dir, 'articles', 'bbc-test-001.json'), JSON.stringify(record));
  await writeFile(
    join(dir, 'articles', 'xsum-test-002.json'),
    JSON.stringify({ ...record, id: 'xsum-test-002', title: '' }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('eval summaries', () => {
  it('eval: loads each record and builds it into one lead section, even without a headline', async () => {
    const articles = (await loadEvalArticles(dir)) ?? [];
    expect(articles.map((a) => [a.record.id, a.source])).toEqual([
      ['bbc-test-001', 'bbc'],
      ['xsum-test-002', 'xsum'],
    ]);
    expect(articles[0]?.article.sections.map((s) => s.id)).toEqual(['lead']);
    expect(articles[0]?.article.sections[0]?.sentences).toHaveLength(5);
  });

  it('eval: says a missing evaluation folder is missing instead of failing', async () => {
    expect(await loadEvalArticles(join(dir, 'nope'))).toBeNull();
  });

  it('eval: maps record ids to their dataset', () => {
    expect(['bbc-a', 'cnn-b', 'dm-c', 'xsum-d'].map(sourceOf)).toEqual(['bbc', 'cnn', 'cnn', 'xsum']);
    expect(['voa-x', 'wikinews-y', 'globalvoices-z', 'nasa-science-w', 'army-sport-v'].map(sourceOf)).toEqual(
      ['voa', 'wikinews', 'globalvoices', 'usgov', 'usgov'],
    );
    expect(['govuk-health-a', 'nzgov-b', 'kremlin-c', 'ec-d'].map(sourceOf)).toEqual([
      'othergov',
      'othergov',
      'othergov',
      'othergov',
    ]);
  });

  it('eval: scores ours and the lead baselines per source, all verbatim', async () => {
    const articles = (await loadEvalArticles(dir)) ?? [];
    const figures = scoreSummaries(articles);
    expect(Object.keys(figures.groups)).toEqual(['bbc', 'xsum', 'all']);
    const all = figures.groups.all;
    expect(all?.ours.verbatim).toBe(1);
    expect(all?.['lead-3'].sentences).toBe(3);
    expect(all?.ours.sentences).toBe(3);
    // Lead-3 holds the first reference line word for word, so it scores well above zero.
    expect(all?.['lead-3'].rouge1).toBeGreaterThan(0.3);
    const lines = formatSummaryTable(figures);
    expect(lines[0]).toMatch(/R-1 +R-2 +R-Lsum/);
    expect(lines.some((l) => l.startsWith('all (2)'))).toBe(true);
    // The issue 17 comparison in points: ours minus Lead at equal length, signed, for each measure;
    // first against the lead cut at our word count, then against whole leading sentences.
    for (const baseline of ['lead-cut', 'lead-words'] as const) {
      const lead = 100 * ((all?.ours.rouge2 ?? 0) - (all?.[baseline].rouge2 ?? 0));
      const delta = lines.find((l) => l.startsWith(`ours - ${baseline} (`));
      expect(delta).toContain(`R-2 ${lead >= 0 ? '+' : ''}${lead.toFixed(1)},`);
    }
    expect(all?.['lead-cut'].words).toBe(all?.ours.words);
    expect(all?.['lead-words'].words).toBeGreaterThanOrEqual(all?.ours.words ?? 0);
  });

  it('eval: Lead at equal length takes the leading words up to our count, cutting the last sentence', () => {
    const lead = ['One two three.', 'Four five six seven.', 'Eight nine.'];
    expect(leadCut(lead, 5)).toEqual(['One two three.', 'Four five']);
    expect(leadCut(lead, 3)).toEqual(['One two three.']);
    expect(leadCut(lead, 20)).toEqual(lead);
    expect(leadCut(lead, 0)).toEqual([]);
  });

  it('eval: the evaluator hands back printable lines and JSON-ready figures', async () => {
    const report = await summariesEvaluator.run((await loadEvalArticles(dir)) ?? []);
    expect(Array.isArray(report)).toBe(false);
    if (Array.isArray(report)) return;
    expect(report.lines.length).toBeGreaterThan(3);
    expect(JSON.parse(JSON.stringify(report.figures))).toHaveProperty('groups.all.ours.rouge1');
  });

  it('eval: `npm run eval` without the evaluation set explains and exits 0', async () => {
    const run = promisify(execFile);
    const script = new URL('../../scripts/eval.ts', import.meta.url).pathname;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--dir', join(dir, 'nope')]);
    expect(stdout).toContain('nope not found: nothing measured on this part');
  });
});
