/**
 * Slack's surfaces beyond slash commands, end to end: the "Who said this?" message shortcut, questions in the
 * Messages tab, filters in a slash command, and a timeline's "Show more" and left-out weeks. Payloads are shaped as
 * Slack sends them and signed as Slack signs them; the app answers through the local fake Slack.
 */
import { SLACK } from '../../src/messages';
import { cli } from '../support/cli';
import type { Call } from '../support/fakeSlack';
import {
  blockAction,
  everyText,
  type Harness,
  messageShortcut,
  received,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
  settled,
  startHarness,
  stopHarness,
} from '../support/slackHarness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

const respondedTo = (id: string) => h.fake.calls.filter((c) => c.path === `/respond/${id}`);
async function answerAt(id: string): Promise<Call> {
  await h.fake.waitFor('respond', h.fake.calls.filter((c) => c.method === 'respond').length);
  for (let i = 0; i < 100 && respondedTo(id).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  const [call] = respondedTo(id);
  if (!call) throw new Error(`no answer at ${id}`);
  return call;
}

describe('the "Who said this?" message shortcut', () => {
  it('on a thread reply quoting someone: answers only the asker, with the speaker, citations and Share', async () => {
    const reply = {
      ts: '1700000050.000300',
      thread_ts: '1700000000.000100',
      user: 'U3',
      text: 'Corn put it bluntly: “It is really easy to get the United States into a war” — <https://example.org|source>',
    };
    const ack = await sendInteraction(h, messageShortcut(h, SLACK.whoSaidThisCallback, reply, 'sc1'));
    expect(ack.status).toBe(200);
    const answer = await answerAt('sc1');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    const blocks = answer.body.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]?.text?.text).toMatch(/^\*Geoffrey Corn\*/);
    expect(everyText(blocks)).toContain('· Thu 14 Aug 2025 · paragraph');
    expect(everyText(blocks)).toContain(SLACK.shareActionId);
  });
});

describe('the Messages tab', () => {
  it("answers a question sent by DM in the DM, like /ask; a bot's DM and its own are ignored", async () => {
    const before = received(h);
    const posts = h.fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    const dm = { type: 'message', channel: 'D1', channel_type: 'im', event_ts: '1700000300.000100' };
    await sendEvent(h, 'Ev-bot', {
      ...dm,
      subtype: 'bot_message',
      bot_id: 'B9',
      text: 'who is Geoffrey Corn?',
      ts: '1.1',
    });
    await sendEvent(h, 'Ev-own', { ...dm, user: 'UBOT', text: 'who is Geoffrey Corn?', ts: '1.2' });
    await sendEvent(h, 'Ev-person', { ...dm, user: 'U1', text: 'who is Geoffrey Corn?', ts: '1.3' });
    await settled(h, before + 3);
    const answers = h.fake.calls.filter((c) => c.method === 'chat.postMessage').slice(posts);
    expect(answers).toHaveLength(1);
    expect(answers[0]?.body.channel).toBe('D1');
    expect(everyText(answers[0]?.body.blocks)).toContain('Geoffrey Corn');
    expect(everyText(answers[0]?.body.blocks)).toMatch(/Center for Military Law and Policy/i);
  });
});

describe('filters in a slash command', () => {
  it('/timeline cartel since:2025-08-01 outlet:"Rolling Stone" applies both and says so', async () => {
    await sendSlashCommand(h, '/timeline', 'cartel since:2025-08-01 outlet:"Rolling Stone"', 'f1');
    const answer = await answerAt('f1');
    const json = everyText(answer.body.blocks);
    expect(json).toContain('Filters: since Fri 1 Aug 2025 · outlet Rolling Stone');
    expect(json).toContain('|Rolling Stone>');
    for (const outlet of ['mhtntimes', 'Latin Times']) expect(json).not.toContain(outlet);
  });

  it('refuses since:2025-13-45 and colour:red, naming them', async () => {
    await sendSlashCommand(h, '/timeline', 'cartel since:2025-13-45', 'f2');
    expect((await answerAt('f2')).body.text).toContain('2025-13-45');
    await sendSlashCommand(h, '/timeline', 'cartel colour:red', 'f3');
    expect((await answerAt('f3')).body.text).toContain('"colour"');
  });
});

describe('a timeline\'s "Show more"', () => {
  it("pages with the words and filters the button carries, replacing the asker's own answer", async () => {
    await sendSlashCommand(h, '/timeline', 'cartel', 't1');
    const first = await answerAt('t1');
    const blocks = first.body.blocks as {
      type: string;
      elements?: { action_id?: string; value?: string }[];
    }[];
    const more = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === SLACK.moreActionId);
    if (!more?.value) throw new Error('no Show more button on a long timeline');
    expect(JSON.parse(more.value)).toEqual({ q: 'cartel', p: 1 });
    await sendInteraction(
      h,
      blockAction(h, { type: 'button', action_id: SLACK.moreActionId, value: more.value }, { id: 't2' }),
    );
    const second = await answerAt('t2');
    expect(second.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(everyText(second.body.blocks)).toMatch(/page 2 of \d+/);
  });

  it('the button under the days a timeline leaves out asks for the timeline of their weeks', async () => {
    // The value a timeline's left-out days put on the button (see stretchQuery): the words, the stretch, page 1.
    const value = JSON.stringify({ q: 'cartel since:2025-08-01 until:2025-08-31', p: 0 });
    await sendInteraction(
      h,
      blockAction(h, { type: 'button', action_id: SLACK.stretchActionId, value }, { id: 't3' }),
    );
    const answer = await answerAt('t3');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    expect(everyText(answer.body.blocks)).toContain('Filters: since Fri 1 Aug 2025 · until Sun 31 Aug 2025');
  });
});

describe('feedback on answers', () => {
  it('a 👎 with a reason is stored once per person and answer, and `newsdesk feedback --json` reports it', async () => {
    await sendSlashCommand(h, '/whosaid', 'really easy to get the United States into a war', 'fb1');
    const answer = await answerAt('fb1');
    type Element = {
      type: string;
      action_id: string;
      positive_button: { value: string };
      negative_button: { value: string };
    };
    const blocks = answer.body.blocks as { type: string; elements?: Element[] }[];
    const buttons = blocks.find((b) => b.type === 'context_actions')?.elements?.[0];
    if (!buttons) throw new Error('no feedback buttons');
    expect(buttons.type).toBe('feedback_buttons');
    const click = (value: string, id: string) =>
      sendInteraction(
        h,
        blockAction(h, { type: 'feedback_buttons', action_id: buttons.action_id, value }, { id }),
      );
    const before = received(h);
    await click(buttons.positive_button.value, 'fb2');
    await click(buttons.negative_button.value, 'fb3');
    const prompt = await answerAt('fb3');
    expect(prompt.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    type Reason = { action_id: string; value: string };
    const reasons = (prompt.body.blocks as { elements?: Reason[] }[]).flatMap((b) => b.elements ?? []);
    const wrongSpeaker = reasons.find((r) => r.action_id === `${SLACK.feedbackReasonPrefix}wrong-speaker`);
    if (!wrongSpeaker) throw new Error('no reasons offered');
    await sendInteraction(
      h,
      blockAction(
        h,
        { type: 'button', action_id: wrongSpeaker.action_id, value: wrongSpeaker.value },
        { id: 'fb4' },
      ),
    );
    await settled(h, before + 3);
    const report = await cli(['feedback', '--json', '--data', h.dataDir, '--corpus', h.dataDir]);
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout);
    expect(json.votes).toHaveLength(1);
    expect(json.votes[0]).toMatchObject({
      user: 'U1',
      vote: 'down',
      reason: 'wrong-speaker',
      command: 'whosaid',
      kind: 'whosaid',
      question: 'really easy to get the United States into a war',
    });
    expect(json.votes[0].articleIds.length).toBeGreaterThan(0);
    expect(json.votes[0].indexVersion).toMatch(/\S/);
    expect(json.counts).toMatchObject({ up: 0, down: 1, reasons: { 'wrong-speaker': 1 } });
  });
});

describe('"Why this answer?"', () => {
  it('privately lists the question, filters, intent, index version and the matched words of each cited passage', async () => {
    await sendSlashCommand(h, '/ask', 'timeshare fraud outlet:"Rolling Stone"', 'w1');
    const answer = await answerAt('w1');
    type Button = { action_id?: string; value?: string };
    const why = (answer.body.blocks as { elements?: Button[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === SLACK.whyActionId);
    if (!why?.value) throw new Error('no "Why this answer?" button');
    await sendInteraction(
      h,
      blockAction(h, { type: 'button', action_id: SLACK.whyActionId, value: why.value }, { id: 'w2' }),
    );
    const explained = await answerAt('w2');
    expect(explained.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const json = everyText(explained.body.blocks);
    expect(json).toContain(SLACK.whyQuestion('timeshare fraud'));
    expect(json).toContain(SLACK.whyFilters('outlet:Rolling Stone'));
    expect(json).toMatch(/Answered as: ask:\w+/);
    expect(json).toMatch(/\*timeshare\*/);
    expect(json).toMatch(/matched words: [^"]*fraud/);
    await sendInteraction(
      h,
      blockAction(h, { type: 'button', action_id: SLACK.whyActionId, value: why.value }, { id: 'w3' }),
    );
    expect((await answerAt('w3')).body.blocks).toEqual(explained.body.blocks);
  });
});
