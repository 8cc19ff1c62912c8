/** App Home: how to use newsdesk (from the command list), what the archive holds, when the digest is posted. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { countVotes } from '../../../feedback/store';
import { SLACK } from '../../../messages';
import { type Block, section } from '../../../render/slack/blocks';
import { escapeMrkdwn } from '../../../render/slack/mrkdwn';
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

export async function homeBlocks(
  deps: Pick<ListenerDeps, 'config' | 'services' | 'notReadyText' | 'commands' | 'feedback'>,
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
    section(SLACK.homeDigest(digestChannel, escapeMrkdwn(digestCron), escapeMrkdwn(digestTz))),
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
