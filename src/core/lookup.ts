// Finding what a person typed: a section by heading, id, number or a fuzzy word ("econ",
// "symbolsm"), a speaker by any part of the name, an article by slug, title or tag. Best first;
// empty when nothing is plausible, so callers can offer the full list instead.
import type { AnalyzedArticle, SectionDigest } from './article.ts';
import { scoreQuery, toTarget, words } from './lookup/match.ts';
import { contentTerms } from './text/tokens.ts';

const leadWords = new Set(['lead', 'lede', 'intro', 'introduction', 'opening', 'top', 'start', 'beginning']);
const sectionFiller = new Set(['section', 'part', 'chapter', 'about', 'bit', 'heading']);
const honorifics = new Set(
  (
    'president mr mrs ms miss dr prof professor sir dame lord lady minister prime secretary general chancellor ' +
    'king queen prince princess senator sen rep governor gov mayor chairman chairwoman chair chief ceo leader premier'
  ).split(' '),
);

/** Sections matching a query, best first: number, id, heading, lead aliases, fuzzy heading words, then body words. */
export function findSections(a: AnalyzedArticle, query: string): SectionDigest[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  const numbered = /^(?:#|no\.?\s*|number\s+|section\s+|part\s+)?(\d{1,3})$/.exec(q);
  if (numbered) {
    const d = a.sections[Number(numbered[1]) - 1];
    return d ? [d] : [];
  }
  const scored = a.sections.map((d, order) => ({ d, order, score: scoreSection(d, q) }));
  const byHeading = rank(scored);
  if (byHeading.length > 0) return byHeading;
  const wanted = contentTerms(q).filter((t) => !sectionFiller.has(t));
  if (wanted.length === 0) return [];
  return rank(
    a.sections.map((d, order) => {
      const terms = contentTerms(d.section.paragraphs.join(' '));
      const found = wanted.every((t) => terms.includes(t));
      return {
        d,
        order,
        score: found ? wanted.reduce((n, t) => n + terms.filter((x) => x === t).length, 0) : 0,
      };
    }),
  );
}

function scoreSection(d: SectionDigest, q: string): number {
  const { id, heading } = d.section;
  if (q === id || q === heading.toLowerCase()) return 3;
  const typed = words(q).filter((w) => !sectionFiller.has(w) && w !== 'the');
  if (id === 'lead' && typed.length > 0 && typed.every((w) => leadWords.has(w))) return 2;
  return scoreQuery(q, toTarget(heading), sectionFiller);
}

/** Speakers matching a query (any part of the name, titles like "President" ignored), best first. */
export function findSpeakers(a: AnalyzedArticle, query: string): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  return rank(
    a.speakers.map((name, order) => {
      const exact = name.toLowerCase() === q ? 3 : 0;
      const joined = q.replace(/\s/g, '') === name.toLowerCase().replace(/\s/g, '') ? 2 : 0;
      return { d: name, order, score: exact || joined || scoreQuery(q, toTarget(name), honorifics) };
    }),
  );
}

/** Articles matching a query by slug, title, tags, date or standfirst, best first. */
export function findArticles(articles: AnalyzedArticle[], query: string): AnalyzedArticle[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  return rank(
    articles.map((a, order) => {
      const { slug, title, tags, published, dek } = a.article;
      if (q === slug) return { d: a, order, score: 3 };
      const main = scoreQuery(
        q,
        toTarget([title, slug.replace(/-/g, ' '), ...tags, published ?? ''].join(' ')),
      );
      return { d: a, order, score: main || 0.9 * scoreQuery(q, toTarget(dek ?? '')) };
    }),
  );
}

function rank<T>(scored: { d: T; order: number; score: number }[]): T[] {
  return scored
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .map((s) => s.d);
}
