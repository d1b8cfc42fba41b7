// /summit latest [count]: the newest stories, each with its source, age and one key point, and a
// button to open each one's summary.
import type { Handler } from '../context.ts';
import { noArticleYet } from './pick-article.ts';
import { openActions, storyBlocks } from './story-list.ts';

/** Stories shown when no count is given. */
const defaultCount = 5;

/** Answers /summit latest. */
export const latestHandler: Handler = async (req, ctx) => {
  const count = typeof req.options.count === 'number' ? req.options.count : defaultCount;
  const listings = await ctx.library.latest(count);
  if (listings.length === 0) return noArticleYet(ctx);
  const shown = listings.length === 1 ? 'The newest story' : `The ${listings.length} newest stories`;
  return {
    tone: 'info',
    title: 'Latest stories',
    blocks: [{ kind: 'text', text: `${shown}, newest first.` }, ...storyBlocks(listings, ctx.now())],
    actions: openActions(listings),
  };
};
