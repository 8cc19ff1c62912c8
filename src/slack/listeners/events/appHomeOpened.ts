/**
 * App Home: how to use newsdesk (from the command list), what the archive holds, where its articles come from
 * (each source's last fetch and last error, so an editor sees a stopped feed at a glance), when the digest is posted.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { countVotes } from '../../../feedback/store';
import { SETTINGS, SLACK } from '../../../messages';
import { type Block, section } from '../../../render/slack/blocks';
import { escapeMrkdwn } from '../../../render/slack/mrkdwn';
import type { SourceStatus } from '../../../sources/remoteSource';
import { slackHowTo, slackWhatYouCanAsk } from '../../usage';
import { type ListenerDeps, notReadyText } from '../deps';

/** The week's feedback counts, for the admins (ADMIN_USERS) only. */
export async function feedbackBlocks(
  deps: Pick<ListenerDeps, 'config' | 'feedback'>,
  user: string | undefined,
  now: Date = new Date(),
): Promise<Block[]> {
  if (!deps.feedback || !user || !(deps.config.adminUsers ?? []).includes(user)) return [];
  const since = new Date(now.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
  const counts = countVotes(await deps.feedback.votes(since));
  const reasons = Object.entries(counts.reasons)
    .map(([r, n]) => `${SLACK.feedbackReason[r] ?? r} ${n}`)
    .join(', ');
  return [section(SLACK.homeFeedback(counts.up, counts.down, escapeMrkdwn(reasons)))];
}

/** The longest error shown per source (the whole one is in the log and `newsdesk sources`). */
const MAX_ERROR_CHARS = 300;

/** An instant as a person reads it in App Home: `2026-12-02 09:15 UTC`. */
function readableInstant(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : SLACK.homeSourceNever;
}

function sourceLine(s: SourceStatus): string {
  const head = SLACK.homeSource(escapeMrkdwn(s.name), s.kind, s.articles, readableInstant(s.lastSuccess));
  const held = s.held > 0 ? SLACK.homeSourceHeld(s.held) : '';
  const error = s.error ? SLACK.homeSourceFailing(escapeMrkdwn(s.error.slice(0, MAX_ERROR_CHARS))) : '';
  return `${head}${held}${error}`;
}

/** Each source's articles, last successful fetch and last error; nothing when no sources are known. */
export function sourceBlocks(deps: Pick<ListenerDeps, 'sources'>): Block[] {
  const statuses = deps.sources?.() ?? [];
  if (statuses.length === 0) return [];
  return [section([SLACK.homeSourcesHead, ...statuses.map(sourceLine)].join('\n'))];
}

export async function homeBlocks(
  deps: Pick<ListenerDeps, 'config' | 'services' | 'notReadyText' | 'commands' | 'feedback' | 'sources'>,
  user?: string,
): Promise<Block[]> {
  const stats = (await deps.services()?.stats()) ?? null;
  const { digestChannel, digestCron, digestTz } = deps.config;
  return [
    { type: 'header', text: { type: 'plain_text', text: SLACK.homeTitle } },
    section(SLACK.homeIntro),
    section(slackWhatYouCanAsk(deps.commands)),
    section(slackHowTo(deps.commands)),
    section(
      stats
        ? SLACK.homeStats(stats.articles, stats.passages, stats.quotes, escapeMrkdwn(stats.indexedAt))
        : notReadyText(deps),
    ),
    ...sourceBlocks(deps),
    section(
      `${SLACK.homeDigest(digestChannel, escapeMrkdwn(digestCron), escapeMrkdwn(digestTz))} ${SETTINGS.homeDaily}`,
    ),
    ...(await feedbackBlocks(deps, user)),
  ];
}

export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    deps.inFlight.received();
    if (event.tab !== 'home') return;
    const work = homeBlocks(deps, event.user).then((blocks) =>
      client.views.publish({ user_id: event.user, view: { type: 'home', blocks: blocks as never } }),
    );
    await deps.inFlight.track(
      work.catch((err) => deps.logger.error(`app home failed: ${(err as Error).message}`)),
    );
  };
}
