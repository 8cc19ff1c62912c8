import { slashCommands } from '../../../src/commands';
import { PostLedger } from '../../../src/delivery/ledger';
import { SLACK } from '../../../src/messages';
import { webClientPoster } from '../../../src/slack/digestPoster';
import { RateLimiter } from '../../../src/slack/guards';
import { appHomeOpened } from '../../../src/slack/listeners/events/appHomeOpened';
import { appMention, lookupText } from '../../../src/slack/listeners/events/appMention';
import { directMessage } from '../../../src/slack/listeners/events/directMessage';
import { fakeChannel } from '../../support/channel';
import { FERRY_QUOTE } from '../../support/ferry';
import { tempDir } from '../../support/tmp';
import { blocksText, fakeDeps, recorder } from './fakes';

function client(parentText = '') {
  const r = recorder();
  return {
    calls: r.calls,
    client: {
      conversations: { replies: r.fn('conversations.replies', { messages: [{ text: parentText }] }) },
      chat: { postMessage: r.fn('chat.postMessage'), postEphemeral: r.fn('chat.postEphemeral') },
      views: { publish: r.fn('views.publish') },
    },
  };
}

async function mention(
  deps: ReturnType<typeof fakeDeps>['deps'],
  event: Record<string, unknown>,
  fake = client(),
) {
  const delivery = { ...deps.delivery, poster: webClientPoster(fake.client as never) };
  await appMention({ ...deps, delivery })({
    event: { type: 'app_mention', user: 'U1', channel: 'C1', ts: '1.000200', ...event },
    body: { event_id: event.id ?? 'Ev1' },
    client: fake.client,
    context: { botUserId: 'UBOT' },
  } as never);
  return fake.calls;
}

describe('app_mention', () => {
  it('replies once when the response to the reply is lost, and once when the event reaches a second process', async () => {
    const channel = fakeChannel();
    channel.loseNextResponse();
    const ledger = PostLedger.in(tempDir(), 'post-ledger.json');
    const delivery = { ledger, poster: channel.poster };
    const event = {
      type: 'app_mention',
      user: 'U1',
      channel: 'C1',
      ts: '1.000300',
      text: '<@UBOT> who is Mara Voss?',
    };
    for (const deps of [fakeDeps({ delivery }).deps, fakeDeps({ delivery }).deps]) {
      await appMention(deps)({
        event,
        body: { event_id: 'EvLost' },
        client: client().client,
        context: { botUserId: 'UBOT' },
      } as never);
    }
    expect(channel.messages).toHaveLength(1);
    expect(channel.messages[0]).toMatchObject({
      channel: 'C1',
      threadTs: '1.000300',
      key: 'mention|C1|1.000300',
    });
  });

  it('answers a question in the thread of the mention (a new thread for a top-level mention)', async () => {
    const { deps } = fakeDeps();
    const calls = await mention(deps, { text: '<@UBOT> who is Mara Voss?' });
    expect(calls.map((c) => c.name)).toEqual(['chat.postMessage']);
    expect(calls[0]?.args).toMatchObject({ channel: 'C1', thread_ts: '1.000200' });
    expect(blocksText(calls[0]?.args)).toContain('council treasurer');
  });

  it('a question-less mention in a thread asks who said its first message', async () => {
    const { deps } = fakeDeps();
    const fake = client(`Is this right? “${FERRY_QUOTE}”`);
    const calls = await mention(deps, { text: '<@UBOT> who said this?', thread_ts: '1.000100' }, fake);
    expect(calls.map((c) => c.name)).toEqual(['conversations.replies', 'chat.postMessage']);
    expect(calls[0]?.args).toMatchObject({ channel: 'C1', ts: '1.000100' });
    expect(calls[1]?.args).toMatchObject({ thread_ts: '1.000100' });
    expect(blocksText(calls[1]?.args)).toContain('*Mara Voss*');
  });

  it('answers a retried event once, ignores the bot itself, and counts every event it saw', async () => {
    const { deps } = fakeDeps();
    const fake = client();
    await mention(deps, { text: '<@UBOT> who said ferry', id: 'EvSame' }, fake);
    await mention(deps, { text: '<@UBOT> who said ferry', id: 'EvSame' }, fake);
    await mention(deps, { text: '<@UBOT> who said ferry', id: 'EvBot', user: 'UBOT' }, fake);
    await mention(deps, { text: '<@UBOT> who said ferry', id: 'EvBot2', bot_id: 'B1' }, fake);
    expect(fake.calls.filter((c) => c.name === 'chat.postMessage')).toHaveLength(1);
    expect(deps.inFlight.receivedCount).toBe(4);
  });

  it('tells a user asking too fast, only them, in the thread', async () => {
    const { deps } = fakeDeps({ rateLimiter: new RateLimiter(0) });
    const calls = await mention(deps, { text: '<@UBOT> who is Mara Voss?' });
    expect(calls.map((c) => c.name)).toEqual(['chat.postEphemeral']);
    expect(calls[0]?.args).toMatchObject({ user: 'U1', thread_ts: '1.000200' });
  });

  it('says it is still loading before the archive is there', async () => {
    const { deps } = fakeDeps({}, null);
    const calls = await mention(deps, { text: '<@UBOT> who is Mara Voss?' });
    expect(calls[0]?.args).toMatchObject({ text: SLACK.notReady });
  });

  it('looks up the quoted part of a message, without Slack markup', () => {
    expect(lookupText('<@U1> did she say “the ferry will run late” &amp; when?')).toBe(
      'the ferry will run late',
    );
    expect(lookupText('<@U1>   the ferry &lt;late&gt;')).toBe('the ferry <late>');
  });
});

describe('app_home_opened', () => {
  it('publishes App Home with every slash command of the list and the archive size', async () => {
    const { deps } = fakeDeps();
    const fake = client();
    await appHomeOpened(deps)({ event: { tab: 'home', user: 'U1' }, client: fake.client } as never);
    expect(fake.calls.map((c) => c.name)).toEqual(['views.publish']);
    const view = JSON.stringify(fake.calls[0]?.args.view);
    for (const c of slashCommands()) expect(view).toContain(`${c.slash} ${c.help.args}`);
    expect(view).toContain('*Archive:* 1 articles');
    expect(view).toContain('not scheduled');
  });

  it('publishes nothing for the Messages tab', async () => {
    const { deps } = fakeDeps();
    const fake = client();
    await appHomeOpened(deps)({ event: { tab: 'messages', user: 'U1' }, client: fake.client } as never);
    expect(fake.calls).toEqual([]);
  });
});

describe('a direct message', () => {
  it('is work in flight from its delivery: a retry counted while the first event id check waits on a shared store does not let `settled` return before the answer', async () => {
    let letCheckFinish: () => void = () => {};
    const checking = new Promise<void>((resolve) => {
      letCheckFinish = resolve;
    });
    const seen = new Set<string>();
    const deduper = {
      firstTime: async (id: string) => {
        await checking;
        const first = !seen.has(id);
        seen.add(id);
        return first;
      },
    };
    const { deps } = fakeDeps({ deduper });
    const fake = client();
    const dm = {
      event: {
        type: 'message',
        channel: 'D7',
        channel_type: 'im',
        user: 'U1',
        text: 'who is Mara Voss?',
        ts: '1.1',
      },
      body: { event_id: 'EvDm' },
      client: fake.client,
      context: { botUserId: 'UBOT' },
    };
    const first = directMessage(deps)(dm as never);
    const retry = directMessage(deps)(dm as never);
    let settled = false;
    const waiting = deps.inFlight.settled(2).then(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    letCheckFinish();
    await Promise.all([first, retry, waiting]);
    expect(fake.calls.filter((c) => c.name === 'chat.postMessage')).toHaveLength(1);
  });
});
