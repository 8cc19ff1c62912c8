import { commandNamed } from '../../../src/commands';
import { MSG, SLACK } from '../../../src/messages';
import { RateLimiter } from '../../../src/slack/guards';
import { slashCommand } from '../../../src/slack/listeners/commands/slashCommand';
import { slackUsage } from '../../../src/slack/usage';
import { FERRY_QUOTE, ferryArchive } from '../../support/ferry';
import { servicesFor } from '../../support/services';
import { blocksText, fakeDeps, recorder } from './fakes';

function command(name: string) {
  const c = commandNamed(name);
  if (!c) throw new Error(`no command ${name}`);
  return c;
}

async function run(name: string, text: string, made = fakeDeps()) {
  const r = recorder();
  await slashCommand(
    command(name),
    made.deps,
  )({
    command: { text, user_id: 'U1' },
    ack: r.fn('ack'),
    respond: r.fn('respond'),
  } as never);
  const respond = r.calls.filter((c) => c.name === 'respond');
  return { calls: r.calls, reply: respond[0]?.args, replies: respond.length, ...made };
}

describe('a slash command listener', () => {
  it('looks up the words as typed: Slack sends &, < and > escaped', async () => {
    const base = servicesFor(ferryArchive());
    const seen: string[] = [];
    const whosaid = async (q: string) => {
      seen.push(q);
      return base.answers.whosaid(q);
    };
    const services = { ...base, answers: { ...base.answers, whosaid } };
    await run('whosaid', 'AT&amp;T said &lt;not&gt; this', fakeDeps({}, services));
    expect(seen).toEqual(['AT&T said <not> this']);
  });

  it('acks first, then answers once, ephemeral, with a Share button that repeats the command', async () => {
    const { calls, reply, replies, deps } = await run('whosaid', 'ferry will run until midnight');
    expect(calls[0]?.name).toBe('ack');
    expect(replies).toBe(1);
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(blocksText(reply)).toContain('*Mara Voss*');
    expect(blocksText(reply)).toContain(SLACK.shareActionId);
    const button = (
      (reply?.blocks ?? []) as { type: string; elements?: { action_id?: string; value?: string }[] }[]
    ).find((b) => b.elements?.[0]?.action_id === SLACK.shareActionId);
    expect(JSON.parse(button?.elements?.[0]?.value ?? '')).toEqual({
      c: '/whosaid',
      q: 'ferry will run until midnight',
    });
    expect(deps.inFlight.receivedCount).toBe(1);
  });

  it('answers "help" and empty words with the usage, from the descriptor', async () => {
    expect((await run('timeline', 'help')).reply?.text).toBe(slackUsage(command('timeline')));
    expect(String((await run('whosaid', '  ')).reply?.text)).toContain('/whosaid');
  });

  it('refuses words longer than the limit, and a user asking too fast', async () => {
    expect((await run('ask', 'a'.repeat(1001))).reply?.text).toBe(SLACK.tooLong(1000));
    const limited = fakeDeps({ rateLimiter: new RateLimiter(1) });
    await run('ask', 'Who is Mara Voss?', limited);
    expect(String((await run('ask', 'Who is Mara Voss?', limited)).reply?.text)).toMatch(/asking faster/);
  });

  it('says it is still loading before the archive is there', async () => {
    expect((await run('whosaid', FERRY_QUOTE, fakeDeps({}, null))).reply?.text).toBe(SLACK.notReady);
  });

  it('logs a failure and tells the asker, without throwing', async () => {
    const broken = servicesFor(ferryArchive(), {
      answers: { ...servicesFor().answers, whosaid: () => Promise.reject(new Error('disk gone')) },
    });
    const made = fakeDeps({}, broken);
    const { reply } = await run('whosaid', FERRY_QUOTE, made);
    expect(reply?.text).toBe(SLACK.failed);
    expect(made.logs.some((l) => l.includes('/whosaid failed: disk gone'))).toBe(true);
  });

  it('/profile answers with the profile of a person', async () => {
    const { reply } = await run('profile', 'Mara Voss');
    expect(blocksText(reply)).toContain(SLACK.profileHeading('Mara Voss'));
    expect(blocksText(reply)).toContain('• council treasurer');
  });

  it('/digest previews with a Post to channel button, and refuses a day that is not a day', async () => {
    const { reply } = await run('digest', 'since 2025-03-01');
    expect(blocksText(reply)).toContain(SLACK.postDigestActionId);
    expect(blocksText(reply)).not.toContain(SLACK.shareActionId);
    expect((await run('digest', 'since 2025-13-45')).reply?.text).toBe(MSG.badSince('2025-13-45'));
  });
});
