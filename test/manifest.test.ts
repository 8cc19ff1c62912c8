import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { slashCommands } from '../src/commands';
import { SLACK, WATCH } from '../src/messages';

const manifest = parse(readFileSync(join(__dirname, '../manifest.yml'), 'utf8'));

describe('manifest.yml', () => {
  it('declares exactly the slash commands of the command list, in its order, described and hinted as the descriptors say', () => {
    const commands: { command: string; description: string; usage_hint: string }[] =
      manifest.features.slash_commands;
    expect(commands.map((c) => c.command)).toEqual([
      ...slashCommands().map((c) => c.slash),
      WATCH.slash,
      WATCH.unwatchSlash,
    ]);
    for (const [i, d] of slashCommands().entries()) {
      const declared = commands[i];
      expect(declared?.description).toBe(d.help.description.replace(/\.$/, ''));
      expect([d.help.args, d.help.examples[0]]).toContain(declared?.usage_hint);
    }
  });

  it('declares /watch and /unwatch as their messages describe them', () => {
    const commands: { command: string; description: string; usage_hint: string }[] =
      manifest.features.slash_commands;
    expect(commands.slice(-2)).toEqual([
      {
        command: WATCH.slash,
        description: WATCH.description,
        usage_hint: WATCH.usageHint,
        should_escape: false,
      },
      {
        command: WATCH.unwatchSlash,
        description: WATCH.unwatchDescription,
        usage_hint: WATCH.unwatchUsageHint,
        should_escape: false,
      },
    ]);
  });

  it('subscribes to app_mention and app_home_opened, with interactivity, App Home and Socket Mode on', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'app_home_opened',
      'message.im',
    ]);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('newsdesk');
  });

  it('declares the "Who said this?" message shortcut the app listens for', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        name: SLACK.whoSaidThisName,
        type: 'message',
        callback_id: SLACK.whoSaidThisCallback,
      }),
    ]);
  });

  it('asks for the scopes the features use and nothing more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'groups:history',
        'im:history',
        'mpim:history',
      ].sort(),
    );
  });
});
