// /summit search <words>: stories across the whole archive that match, best first, in the same
// layout as /summit latest; a plain answer when nothing matches.

import { maxShownQuestion } from '../ask/handler.ts';
import type { Handler } from '../context.ts';
import { excerptOf } from '../text/excerpt.ts';
import { openActions, storyBlocks } from './story-list.ts';

/** Most stories one search shows. */
const maxResults = 10;

/** Answers /summit search. */
export const searchHandler: Handler = async (req, ctx) => {
  const words = String(req.options.words ?? '').trim();
  const title = `Search: ${excerptOf(words, maxShownQuestion)}`;
  const found = words ? await ctx.library.search(words, maxResults) : [];
  if (found.length === 0) {
    return {
      tone: 'info',
      title,
      blocks: [
        {
          kind: 'text',
          text: `No story matches '${excerptOf(words)}'. Try fewer or other words, or see the newest stories.`,
        },
      ],
      actions: [{ label: 'Latest stories', command: 'latest', options: {} }],
    };
  }
  const count = found.length === 1 ? '1 story matches' : `${found.length} stories match`;
  return {
    tone: 'info',
    title,
    blocks: [{ kind: 'text', text: `${count}, best first.` }, ...storyBlocks(found, ctx.now())],
    actions: openActions(found),
  };
};
