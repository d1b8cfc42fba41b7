// The command tree as Discord application command JSON: one /summit with a subcommand per
// entry of commands/summit.ts, option types, autocomplete, choices and lengths carried over.
import { describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import { commandJson } from '../../src/discord/registration.ts';
import { checkCommands } from '../fakes/discord/validate-commands.ts';

describe('commandJson', () => {
  const json = commandJson();

  it('registration: one chat-input /summit with every subcommand of the tree, in order', () => {
    expect(json).toMatchObject({
      type: 1,
      name: 'summit',
      description: summitTree.description,
      contexts: [0],
    });
    expect(json.options?.map((o) => [o.type, o.name])).toEqual(
      summitTree.subcommands.map((s) => [1, s.name]),
    );
  });

  it('registration: everyone may use /summit (no default_member_permissions); managers are checked by the core', () => {
    expect(json).not.toHaveProperty('default_member_permissions');
  });

  it('registration: carries option types, required, autocomplete, choices and max_length', () => {
    const sub = (name: string) =>
      json.options?.find((o) => o.name === name) as unknown as { options: Record<string, unknown>[] };
    expect(sub('section').options[0]).toEqual({
      type: 3,
      name: 'name',
      description: 'Section heading, or part of it',
      required: true,
      autocomplete: true,
      max_length: 100,
    });
    expect(sub('section').options.find((o) => o.name === 'public')).toMatchObject({
      type: 5,
      required: false,
    });
    expect(sub('subscribe').options.find((o) => o.name === 'mode')).toMatchObject({
      type: 3,
      choices: [
        { name: 'daily', value: 'daily' },
        { name: 'new-only', value: 'new-only' },
      ],
    });
  });

  it('registration: passes the checks Discord makes on registered commands', () => {
    expect(checkCommands([json])).toEqual([]);
  });
});
