// The /summit command tree: the single source for Discord registration, the Slack manifest and
// help text. Add a subcommand here and every door learns about it; the core then needs its handler.
import type { z } from 'zod';
import { type CommandTree, commandTreeSchema, type Subcommand } from './types.ts';

const article = {
  name: 'article',
  description: 'Which article (default: the newest)',
  type: 'string',
  autocomplete: 'articles',
} as const;

const publicReply = {
  name: 'public',
  description: 'Post the answer in the channel instead of only to you',
  type: 'boolean',
} as const;

/** Keeps the tree's literal subcommand names in its type while checking its shape. */
function defineTree<const T extends z.input<typeof commandTreeSchema>>(tree: T): T {
  return tree;
}

const tree = defineTree({
  name: 'summit',
  description: 'The news stories, their sections, quotes and changes, and a daily briefing',
  subcommands: [
    {
      name: 'summary',
      description: 'The key points of the story',
      options: [article, publicReply],
    },
    {
      name: 'section',
      description: 'One part of the story, summarised',
      options: [
        {
          name: 'name',
          description: 'Section heading, or part of it',
          type: 'string',
          required: true,
          autocomplete: 'sections',
          maxLength: 100,
          example: 'economic',
        },
        article,
        publicReply,
      ],
    },
    {
      name: 'quotes',
      description: 'Who said what',
      options: [
        {
          name: 'speaker',
          description: 'Only this speaker (name or part of it)',
          type: 'string',
          autocomplete: 'speakers',
          maxLength: 100,
          example: 'xi',
        },
        article,
        publicReply,
      ],
    },
    {
      name: 'ask',
      description: 'Ask a question; get the sentences of the story that answer it',
      options: [
        {
          name: 'question',
          description: 'Your question',
          type: 'string',
          required: true,
          autocomplete: 'questions',
          maxLength: 300,
          example: 'currency swap',
        },
        article,
        publicReply,
      ],
    },
    {
      name: 'latest',
      description: 'The newest stories, each with its source, age and one key point',
      options: [
        {
          name: 'count',
          description: 'How many stories (default 5, at most 10)',
          type: 'integer',
          minValue: 1,
          maxValue: 10,
          example: '5',
        },
        publicReply,
      ],
    },
    {
      name: 'search',
      description: 'Stories across the whole archive that match your words, best first',
      options: [
        {
          name: 'words',
          description: 'What to look for',
          type: 'string',
          required: true,
          maxLength: 200,
          example: 'ferry strike',
        },
        publicReply,
      ],
    },
    {
      name: 'changes',
      description: 'What changed in the latest revision of a story',
      options: [article, publicReply],
    },
    {
      name: 'brief',
      description: 'Preview the daily briefing now',
      options: [article],
    },
    {
      name: 'subscribe',
      description: 'Post the daily briefing in this channel',
      managersOnly: true,
      options: [
        {
          name: 'time',
          description: 'Local time HH:MM (default 08:00)',
          type: 'string',
          maxLength: 5,
          example: '08:00',
        },
        {
          name: 'timezone',
          description: 'IANA time zone, e.g. Europe/London',
          type: 'string',
          autocomplete: 'timezones',
          maxLength: 64,
          example: 'Asia/Seoul',
        },
        {
          name: 'mode',
          description: 'Post every day, or only when there is a new article',
          type: 'string',
          choices: [
            { name: 'daily', value: 'daily' },
            { name: 'new-only', value: 'new-only' },
          ],
        },
        {
          name: 'topic',
          description: 'Only stories matching these words (as /summit search matches them)',
          type: 'string',
          maxLength: 200,
          example: 'currency swap',
        },
        {
          name: 'feed',
          description: "Only this feed's stories (its name)",
          type: 'string',
          maxLength: 100,
          example: 'Yonhap',
        },
        {
          name: 'stories',
          description: 'Stories shown in full, 1-10 (default 5)',
          type: 'integer',
          example: '5',
        },
        {
          name: 'thread',
          description: 'A short post with each story as a reply in its thread',
          type: 'boolean',
        },
      ],
    },
    {
      name: 'unsubscribe',
      description: 'Stop the daily briefing in this channel',
      managersOnly: true,
    },
    {
      name: 'feeds',
      description: 'News feeds this workspace follows: list, or add and remove (managers)',
      options: [
        {
          name: 'action',
          description: 'list (default), add or remove',
          type: 'string',
          choices: [
            { name: 'list', value: 'list' },
            { name: 'add', value: 'add' },
            { name: 'remove', value: 'remove' },
          ],
        },
        {
          name: 'name',
          description: 'Feed name (add: optional; remove: the feed to remove)',
          type: 'string',
          maxLength: 80,
          example: 'Gazette',
        },
        {
          name: 'url',
          description: 'Feed or page address (add)',
          type: 'string',
          maxLength: 2000,
          example: 'https://example.com/rss.xml',
        },
      ],
    },
    {
      name: 'status',
      description: "This channel's briefing schedule and last delivery",
    },
    {
      name: 'help',
      description: 'What /summit can do',
    },
  ],
});

/** The name of a /summit subcommand: `'summary' | 'section' | ...`. */
export type SubcommandName = (typeof tree.subcommands)[number]['name'];

/** A subcommand of the /summit tree, with its name typed. */
export type SummitSubcommand = Subcommand & { name: SubcommandName };

/** The /summit tree, with its subcommand names typed. */
export type SummitTree = Omit<CommandTree, 'subcommands'> & { subcommands: SummitSubcommand[] };

/** The validated /summit tree. Validation throws at import time if the data breaks a limit. */
export const summitTree = commandTreeSchema.parse(tree) as SummitTree;

/** Looks up a subcommand by exact name. */
export function findSubcommand(name: string): SummitSubcommand | undefined {
  return summitTree.subcommands.find((sub) => sub.name === name);
}
