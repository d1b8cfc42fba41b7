// The limits every answer built from the command tree must fit, taken from the tightest door
// (Discord's application commands), so the tree, autocomplete and registration agree on them.

/** Limits of the /summit tree and its autocomplete answers. */
export const commandLimits = {
  /** Characters of a command or option name. */
  nameLength: 32,
  /** Characters of a description or a fixed choice's name. */
  descriptionLength: 100,
  /** Subcommands of one command, options of one subcommand, fixed choices of one option. */
  entries: 25,
  /** Autocomplete choices offered at once. */
  choices: 25,
  /** Characters of an autocomplete or fixed choice's name and value. */
  choiceLength: 100,
  /** Characters of the state a follow-up button carries (Discord custom_id; Slack takes more). */
  actionIdLength: 100,
} as const;
