import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import { commandTreeSchema } from '../../commands/types.ts';
import { botScopes, toSlackManifest, usageHint } from '../../src/slack/manifest.ts';

const run = promisify(execFile);

describe('slack manifest', () => {
  it('socket mode: the /summit command, its description and usage hint from the tree, interactivity, minimal scopes', () => {
    const manifest = toSlackManifest(summitTree, { socketMode: true });
    const [command] = manifest.features?.slash_commands ?? [];
    expect(command).toMatchObject({
      command: '/summit',
      description: summitTree.description,
      should_escape: false,
    });
    expect(command?.url).toBeUndefined();
    for (const sub of summitTree.subcommands)
      expect(command?.usage_hint).toMatch(new RegExp(`(^| )${sub.name}( |$)`));
    expect(command?.usage_hint).toContain('section <name>');
    expect(command?.usage_hint).toContain('subscribe [time] [timezone] [daily|new-only]');
    expect(command?.usage_hint).toContain('also: article:<article> public');
    expect(manifest.settings).toEqual({
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    });
    expect(manifest.oauth_config?.scopes?.bot).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'users:read',
      'channels:history',
      'groups:history',
    ]);
    expect(botScopes).not.toContain('channels:read');
  });

  it('respects the manifest limits (name 35, description 140, command 32, usage hint 1000, bot name 80)', () => {
    const manifest = toSlackManifest(summitTree, { socketMode: true });
    const [command] = manifest.features?.slash_commands ?? [];
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description?.length ?? 0).toBeLessThanOrEqual(140);
    expect(command?.command.length).toBeLessThanOrEqual(32);
    expect(command?.usage_hint?.length ?? 0).toBeLessThanOrEqual(1000);
    expect(manifest.features?.bot_user?.display_name.length ?? 0).toBeLessThanOrEqual(80);
  });

  it('HTTP mode: the slash command and interactivity point at <url>/slack/events; only https', () => {
    const manifest = toSlackManifest(summitTree, { socketMode: false, url: 'https://bot.example.org' });
    expect(manifest.features?.slash_commands?.[0]?.url).toBe('https://bot.example.org/slack/events');
    expect(manifest.settings?.interactivity?.request_url).toBe('https://bot.example.org/slack/events');
    expect(manifest.settings?.socket_mode_enabled).toBe(false);
    expect(() => toSlackManifest(summitTree, { socketMode: false })).toThrow(/--url/);
    expect(() => toSlackManifest(summitTree, { socketMode: false, url: 'http://bot.example.org' })).toThrow(
      /https/,
    );
  });

  it('OAuth (--oauth): the redirect URL, the removal events and org-wide deploy; never Socket Mode', () => {
    const manifest = toSlackManifest(summitTree, {
      socketMode: false,
      url: 'https://bot.example.org',
      oauth: true,
    });
    expect(manifest.oauth_config?.redirect_urls).toEqual(['https://bot.example.org/slack/oauth_redirect']);
    expect(manifest.oauth_config?.scopes?.bot).toEqual([...botScopes]);
    expect(manifest.settings?.event_subscriptions).toEqual({
      request_url: 'https://bot.example.org/slack/events',
      bot_events: ['app_uninstalled', 'tokens_revoked'],
    });
    expect(manifest.settings?.org_deploy_enabled).toBe(true);
    expect(manifest.settings?.token_rotation_enabled).toBe(false);
    expect(() => toSlackManifest(summitTree, { socketMode: true, oauth: true })).toThrow(/--url/);
  });

  it('is generated: a subcommand added to the tree shows up in the usage hint', () => {
    const tree = commandTreeSchema.parse({
      ...summitTree,
      subcommands: [
        ...summitTree.subcommands,
        {
          name: 'weather',
          description: 'Weather',
          options: [{ name: 'city', description: 'City', type: 'string', required: true }],
        },
      ],
    });
    expect(usageHint(tree)).toContain('weather <city>');
  });

  it('npm run slack:manifest prints the JSON manifest; a bad --url is a clear error and exit code 1', async () => {
    const script = 'src/slack/print-manifest.ts';
    const [ok, bad] = await Promise.all([
      run(process.execPath, ['--import', 'tsx', script]),
      run(process.execPath, ['--import', 'tsx', script, '--url', 'http://x.org']).catch((e) => e),
    ]);
    expect(JSON.parse(ok.stdout)).toEqual(toSlackManifest(summitTree, { socketMode: true }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Slack only calls https URLs');
  });
});
