"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.homeBlocks = homeBlocks;
exports.registerListeners = registerListeners;
const query_1 = require("../answers/query");
const publish_1 = require("../digest/publish");
const messages_1 = require("../messages");
const blocks_1 = require("./blocks");
const mrkdwn_1 = require("./mrkdwn");
const renderAnswers_1 = require("./renderAnswers");
const COMMANDS = ['/whosaid', '/timeline', '/ask', '/digest'];
/** The answer to a command's text as a Slack message, or null when the text is not a usable query. */
function answerFor(answers, command, text, tail) {
    if (command === '/whosaid') {
        const r = answers.whosaid(text);
        return r.ok ? (0, renderAnswers_1.whoSaidMessage)(r.answer, tail) : null;
    }
    if (command === '/timeline') {
        const r = answers.timeline(text);
        return r.ok ? (0, renderAnswers_1.timelineMessage)(r.answer, tail) : null;
    }
    const r = answers.ask(text);
    return r.ok ? (0, renderAnswers_1.askMessage)(r.answer, tail) : null;
}
/** A refusal to answer (help, too long, too fast, not ready), or null to go ahead. */
function refusal(deps, command, text, userId) {
    if ((text === '' && command !== '/digest') || /^help$/i.test(text))
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.usage[command] ?? '');
    if (text.length > query_1.MAX_QUERY_CHARS)
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.tooLong(query_1.MAX_QUERY_CHARS));
    const wait = deps.rateLimiter.check(userId);
    if (wait !== null)
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.slowDown(wait));
    if (!deps.answers())
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.notReady);
    return null;
}
/** `/digest` or `/digest since 2025-08-01`: a preview for the asker, with a button to post it to the channel. */
async function digestPreview(deps, text) {
    const since = /^since\s+(\S+)$/i.exec(text)?.[1];
    if (text && (!since || !/^\d{4}-\d{2}-\d{2}$/.test(since)))
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.badSince(since ?? text));
    const digest = await deps.digest(since ? { since } : {});
    if (!digest)
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.notReady);
    const value = JSON.stringify({ since: digest.since, until: digest.until });
    const button = (0, blocks_1.buttonBlock)(messages_1.SLACK.postDigestActionId, messages_1.SLACK.postDigestLabel, value);
    return (0, renderAnswers_1.digestMessage)(digest, (0, publish_1.digestMarker)(digest.until), [button]);
}
async function answerCommand(deps, command, text, userId, respond) {
    try {
        const refused = refusal(deps, command, text, userId);
        const tail = [(0, blocks_1.shareButton)(JSON.stringify({ c: command, q: text }))];
        const answered = () => command === '/digest'
            ? digestPreview(deps, text)
            : answerFor(deps.answers(), command, text, tail);
        const message = refused ?? (await answered()) ?? (0, renderAnswers_1.plainMessage)(messages_1.SLACK.usage[command] ?? '');
        await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    }
    catch (err) {
        deps.logger.error(`${command} failed: ${err.message}`);
        await respond({ response_type: 'ephemeral', text: messages_1.SLACK.failed }).catch(() => undefined);
    }
}
function registerCommands(app, deps) {
    for (const name of COMMANDS) {
        app.command(name, async ({ command, ack, respond }) => {
            await ack();
            await deps.inFlight.track(answerCommand(deps, name, command.text.trim(), command.user_id, respond));
        });
    }
}
const isUserId = (id) => typeof id === 'string' && /^[UW][A-Z0-9]+$/.test(id);
/**
 * A button that posts a message in the channel for everyone: acknowledged at once, the message built from the
 * button's value and signed with who pressed it; a failure is logged and stops nothing else.
 */
function onPostButton(app, deps, actionId, what, build) {
    app.action(actionId, async ({ ack, body, action, respond }) => {
        await ack();
        const work = (async () => {
            const value = 'value' in action && typeof action.value === 'string' ? action.value : '{}';
            const tail = isUserId(body.user.id) ? [(0, blocks_1.context)(messages_1.SLACK.sharedBy(body.user.id))] : [];
            const message = await build(value, tail);
            if (!message)
                return;
            await respond({
                response_type: 'in_channel',
                replace_original: false,
                text: message.text,
                blocks: message.blocks,
            });
        })();
        await deps.inFlight.track(work.catch((err) => deps.logger.error(`${what} failed: ${err.message}`)));
    });
}
function registerPostDigest(app, deps) {
    onPostButton(app, deps, messages_1.SLACK.postDigestActionId, 'post digest', async (value, tail) => {
        const { since } = JSON.parse(value);
        const digest = await deps.digest(since ? { since } : {});
        return digest ? (0, renderAnswers_1.digestMessage)(digest, (0, publish_1.digestMarker)(digest.until), tail) : null;
    });
}
function registerShare(app, deps) {
    onPostButton(app, deps, messages_1.SLACK.shareActionId, 'share', (value, tail) => {
        const { c, q } = JSON.parse(value);
        const answers = deps.answers();
        if (!answers || !c || c === '/digest' || !COMMANDS.includes(c) || typeof q !== 'string')
            return null;
        return answerFor(answers, c, q, tail);
    });
}
/** "who said this?", "source?", or nothing at all: the mention asks about the thread's first message. */
const ABOUT_THE_THREAD = /^(?:who\s+said\s+(?:this|that|it)|who\s+said|source|sources|who|\?)?[\s?!.]*$/i;
/** The words to look up in a Slack message: its quoted part if it has one, without Slack's markup. */
function lookupText(slackText) {
    const text = slackText
        .replace(/<[^>]*>/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const quoted = /["“]([^"”]{8,})["”]/.exec(text)?.[1];
    return (quoted ?? text).replace(/\s+/g, ' ').trim();
}
async function parentText(client, channel, threadTs) {
    const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 1, inclusive: true });
    return replies.messages?.[0]?.text ?? null;
}
async function mentionReply(deps, client, event) {
    const answers = deps.answers();
    if (!answers)
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.notReady);
    const question = event.text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, '').trim();
    if (ABOUT_THE_THREAD.test(question)) {
        const parent = event.thread_ts ? await parentText(client, event.channel, event.thread_ts) : null;
        if (!parent)
            return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.mentionNoQuestion);
        const r = answers.whosaid(lookupText(parent).slice(0, query_1.MAX_QUERY_CHARS));
        return r.ok ? (0, renderAnswers_1.whoSaidMessage)(r.answer) : (0, renderAnswers_1.plainMessage)(messages_1.SLACK.mentionNoQuestion);
    }
    if (question.length > query_1.MAX_QUERY_CHARS)
        return (0, renderAnswers_1.plainMessage)(messages_1.SLACK.tooLong(query_1.MAX_QUERY_CHARS));
    const r = answers.ask(lookupText(question) || question);
    return r.ok ? (0, renderAnswers_1.askMessage)(r.answer) : (0, renderAnswers_1.plainMessage)(messages_1.SLACK.mentionNoQuestion);
}
function registerMentions(app, deps) {
    app.event('app_mention', async ({ event, body, client, context: ctx }) => {
        const mention = event;
        if (mention.bot_id || (ctx.botUserId && mention.user === ctx.botUserId))
            return;
        if (typeof body.event_id === 'string' && !deps.deduper.firstTime(body.event_id))
            return;
        const threadTs = mention.thread_ts ?? mention.ts;
        const wait = mention.user ? deps.rateLimiter.check(mention.user) : null;
        const work = (async () => {
            if (wait !== null && mention.user) {
                await client.chat.postEphemeral({
                    channel: mention.channel,
                    user: mention.user,
                    thread_ts: threadTs,
                    text: messages_1.SLACK.slowDown(wait),
                });
                return;
            }
            const reply = await mentionReply(deps, client, mention);
            await client.chat.postMessage({
                channel: mention.channel,
                thread_ts: threadTs,
                text: reply.text,
                blocks: reply.blocks,
            });
        })();
        await deps.inFlight.track(work.catch((err) => deps.logger.error(`mention failed: ${err.message}`)));
    });
}
function homeBlocks(deps) {
    const stats = deps.stats();
    const { digestChannel, digestCron, digestTz } = deps.config;
    return [
        { type: 'header', text: { type: 'plain_text', text: messages_1.SLACK.homeTitle } },
        (0, blocks_1.section)(messages_1.SLACK.homeIntro),
        (0, blocks_1.section)(messages_1.SLACK.homeHowTo),
        (0, blocks_1.section)(stats
            ? messages_1.SLACK.homeStats(stats.articles, stats.passages, stats.quotes, (0, mrkdwn_1.escapeMrkdwn)(stats.indexedAt))
            : messages_1.SLACK.notReady),
        (0, blocks_1.section)(messages_1.SLACK.homeDigest(digestChannel, (0, mrkdwn_1.escapeMrkdwn)(digestCron), (0, mrkdwn_1.escapeMrkdwn)(digestTz))),
    ];
}
function registerHome(app, deps) {
    app.event('app_home_opened', async ({ event, client }) => {
        if (event.tab !== 'home')
            return;
        const work = client.views.publish({
            user_id: event.user,
            view: { type: 'home', blocks: homeBlocks(deps) },
        });
        await deps.inFlight.track(work.catch((err) => deps.logger.error(`app home failed: ${err.message}`)));
    });
}
function registerListeners(app, deps) {
    registerCommands(app, deps);
    registerShare(app, deps);
    registerPostDigest(app, deps);
    registerMentions(app, deps);
    registerHome(app, deps);
    app.error(async (err) => {
        deps.logger.error(`slack: ${err.message}`);
    });
}
//# sourceMappingURL=listeners.js.map