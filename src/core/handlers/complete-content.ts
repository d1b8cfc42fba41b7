// Autocomplete for the article's sections, its speakers and the stories themselves, filtered
// by what has been typed so far. The chosen story may be loaded from storage first.
import { commandLimits } from '../../../commands/limits.ts';
import type { Completer } from '../context.ts';
import { findSections, findSpeakers } from '../lookup.ts';
import { resolveArticle } from './pick-article.ts';

/** Sections of the chosen article; all of them when nothing is typed. */
export const sectionCompleter: Completer = async (req, ctx) => {
  const { article: a } = await resolveArticle(req.options, ctx);
  if (!a) return [];
  const digests = req.value.trim() ? findSections(a, req.value) : a.sections;
  return digests.map((d) => ({ name: d.section.heading, value: d.section.id }));
};

/** Speakers of the chosen article; all of them when nothing is typed. */
export const speakerCompleter: Completer = async (req, ctx) => {
  const { article: a } = await resolveArticle(req.options, ctx);
  if (!a) return [];
  const speakers = req.value.trim() ? findSpeakers(a, req.value) : a.speakers;
  return speakers.map((s) => ({ name: s, value: s }));
};

/** Stories whose headline words begin with what was typed (or whose slug holds it), newest first. */
export const articleCompleter: Completer = async (req, ctx) => {
  const found = await ctx.library.headlines(req.value, commandLimits.choices);
  return found.map((l) => ({ name: l.title, value: l.slug }));
};
