// /summit changes [article]: what changed in a story's latest revision, section by section: the
// sentences added, removed and changed. A story read once, or a bot without the database, says so.
import type { RevisionChanges } from '../../stories/story.ts';
import type { AnalyzedArticle } from '../article.ts';
import type { Handler } from '../context.ts';
import type { Reply, ReplyBlock } from '../reply.ts';
import { footerOf } from './article-footer.ts';
import { summaryAction } from './drill-down.ts';
import { resolveArticle } from './pick-article.ts';

/** Answers /summit changes. */
export const changesHandler: Handler = async (req, ctx) => {
  const { article: a, reply } = await resolveArticle(req.options, ctx);
  if (!a) return reply;
  const off = ctx.library.revisionsOff();
  if (off) return plain(a, `Changes: ${a.article.title}`, [`No earlier versions are kept. ${off}`]);
  const changes = await ctx.library.changes(a.article.slug);
  if (!changes) {
    return plain(a, `Changes: ${a.article.title}`, [
      'This story has one version: nothing has changed since it was first read.',
    ]);
  }
  return changesReply(a, changes);
};

function plain(a: AnalyzedArticle, title: string, lines: string[]): Reply {
  return {
    tone: 'info',
    title,
    url: a.article.url ?? undefined,
    blocks: lines.map((text) => ({ kind: 'text', text })),
    footer: footerOf(a) || undefined,
    actions: [summaryAction(a)],
  };
}

/** Each section's added, removed and changed sentences, sections in the story's order. */
export function changesReply(a: AnalyzedArticle, c: RevisionChanges): Reply {
  const bySection = new Map<string, string[]>();
  const add = (section: string, line: string) => {
    const lines = bySection.get(section) ?? [];
    lines.push(line);
    bySection.set(section, lines);
  };
  for (const x of c.changed) add(x.section, `Changed: "${x.before}" is now "${x.after}"`);
  for (const x of c.added) add(x.section, `Added: ${x.text}`);
  for (const x of c.removed) add(x.section, `Removed: ${x.text}`);
  const order = a.sections.map((d) => d.section.heading);
  const sections = [...bySection.keys()].sort((x, y) => rank(order, x) - rank(order, y));
  const counts = [
    count(c.added.length, 'sentence added', 'sentences added'),
    count(c.removed.length, 'removed', 'removed'),
    count(c.changed.length, 'changed', 'changed'),
  ].join(', ');
  const blocks: ReplyBlock[] = [
    {
      kind: 'text',
      text:
        sections.length > 0
          ? `Revision ${c.revision}, stored ${c.storedAt.slice(0, 10)}: ${counts}.`
          : `Revision ${c.revision}, stored ${c.storedAt.slice(0, 10)}, changed no sentence of the text (only details such as its headline, date or tags).`,
    },
  ];
  for (const section of sections)
    blocks.push({ kind: 'heading', text: section }, { kind: 'bullets', items: bySection.get(section) ?? [] });
  return {
    tone: 'info',
    title: `What changed: ${a.article.title}`,
    url: a.article.url ?? undefined,
    blocks,
    footer: footerOf(a) || undefined,
    actions: [summaryAction(a)],
  };
}

/** Position of a section heading in the story; sections no longer in it come last. */
function rank(order: string[], heading: string): number {
  const at = order.indexOf(heading);
  return at === -1 ? order.length : at;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
