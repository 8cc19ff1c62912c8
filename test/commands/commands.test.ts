import { cliUsage } from '../../src/cli/usage';
import { COMMANDS, commandForSlash, commandNamed, slashCommands } from '../../src/commands';
import { consoleHelp } from '../../src/console/console';
import { MAX_BLOCKS, MAX_TOTAL_CHARS } from '../../src/render/slack/blocks';
import { slackHowTo, slackUsage } from '../../src/slack/usage';
import { ferryArchive } from '../support/ferry';
import { servicesFor } from '../support/services';

/** An example each command can answer over the ferry archive (the descriptors' own examples are the seed's). */
const ASKED: Record<string, string> = {
  search: 'ferry midnight',
  whosaid: 'ferry will run until midnight',
  timeline: 'ferry',
  ask: 'Who is Mara Voss?',
  profile: 'Mara Voss',
  checkquotes: '“The ferry will run until midnight from the first of May,” Mara Voss said.',
  digest: 'since 2025-03-01',
};

describe('the command list', () => {
  it('has one descriptor per name and per slash command, each with help and an example', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const slashes = slashCommands().map((c) => c.slash);
    expect(new Set(slashes).size).toBe(slashes.length);
    for (const c of COMMANDS) {
      expect(c.help.summary.length).toBeGreaterThan(10);
      expect(c.help.description.length).toBeGreaterThan(10);
      expect(c.help.examples.length).toBeGreaterThan(0);
      expect(commandNamed(c.name)).toBe(c);
      if (c.slash) expect(commandForSlash(c.slash)).toBe(c);
    }
    expect(commandNamed('/PROFILE')?.name).toBe('profile');
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: parses its words, answers over the archive, and draws the answer as text and for Slack',
    async (name, command) => {
      const parsed = command.parse({ text: ASKED[name] ?? '' });
      if (!parsed.ok) throw new Error(`${name} refused its example`);
      const result = await command.answer(servicesFor(ferryArchive()), parsed.input);
      if (!result.ok) throw new Error(`${name} found a problem with its example: ${result.problem}`);
      expect(command.renderText(result.answer).length).toBeGreaterThan(0);
      const slack = command.renderSlack(result.answer, []);
      expect(slack.blocks.length).toBeGreaterThan(0);
      expect(slack.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      expect(JSON.stringify(slack.blocks).length).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
    },
  );

  it('every command but the digest needs words; empty words are "empty", not an answer', () => {
    for (const c of COMMANDS) expect(c.parse({ text: '  ' }).ok).toBe(c.name === 'digest');
  });

  it('help, the console, App Home and Slack usage all come from the list', () => {
    const cli = cliUsage(COMMANDS);
    const console = consoleHelp(COMMANDS);
    const home = slackHowTo(COMMANDS);
    for (const c of COMMANDS) {
      expect(cli).toContain(`  ${c.name} ${c.help.args}`);
      expect(console).toContain(c.help.summary);
      if (c.slash) expect(home).toContain(`\`${c.slash} ${c.help.args}\``);
      if (c.slash) expect(slackUsage(c)).toContain(`\`${c.slash}`);
    }
    expect(home).not.toContain('`search');
    expect(home).toContain('`/watch <topic>`');
  });
});
