// Slack's Block Kit limits in one place for the door: the renderer splits to stay under them. The
// fake Slack in test/ keeps its own copy of Slack's limits (test/fakes/slack/validate.ts), so a
// wrong value here is caught by a test instead of being shared with the check.

/** Block Kit and messaging limits the Slack door respects. */
export const slackLimits = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Fields in one section. */
  fieldsPerSection: 10,
  /** Characters in one section field. */
  fieldText: 2000,
  /** Characters in a header's plain_text. */
  headerText: 150,
  /** Elements in a context block. */
  contextElements: 10,
  /** Characters in a context element's text. */
  contextText: 3000,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** Characters in a button's (or select option's) plain_text. */
  buttonText: 75,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /** Characters in a select option's value. */
  optionValue: 150,
  /** Options in one static select. */
  selectOptions: 100,
  /** Characters in an action_id or block_id. */
  actionId: 255,
  /** Characters in a message's top-level text. */
  messageText: 40_000,
  /**
   * Characters of block text in one message. Slack answers msg_blocks_too_long near 13,200
   * (slackapi/bolt-js#2509, undocumented), so the renderer keeps a margin below it.
   */
  messageBlockChars: 12_000,
  /** Messages one response_url accepts (within 30 minutes). */
  responsesPerUrl: 5,
} as const;
