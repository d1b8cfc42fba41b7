// Autocomplete for the article's sections, its speakers and the articles themselves, filtered
// by what has been typed so far.
import type { Completer } from '../context.ts';
import { findSections, findSpeakers } from '../lookup.ts';
import { resolveArticle } from './pick-article.ts';

/** Sections of the chosen article; all of them when nothing is typed. */
export const sectionCompleter: Completer = (req, ctx) => {
  const { article: a } = resolveArticle(req.options, ctx);
  if (!a) return [];
  const digests = req.value.trim() ? findSections(a, req.value) : a.sections;
  return digests.map((d) => ({ name: d.section.heading, value: d.section.id }));
};

/** Speakers of the chosen article; all of them when nothing is typed. */
export const speakerCompleter: Completer = (req, ctx) => {
  const { article: a } = resolveArticle(req.options, ctx);
  if (!a) return [];
  const speakers = req.value.trim() ? findSpeakers(a, req.value) : a.speakers;
  return speakers.map((s) => ({ name: s, value: s }));
};

/** Articles whose slug or title contains what was typed, newest first. */
export const articleCompleter: Completer = (req, ctx) => {
  const typed = req.value.trim().toLowerCase();
  return ctx.library
    .list()
    .filter((a) => !typed || a.article.slug.includes(typed) || a.article.title.toLowerCase().includes(typed))
    .map((a) => ({ name: a.article.title, value: a.article.slug }));
};
