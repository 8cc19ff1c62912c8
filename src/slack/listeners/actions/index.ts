/** The buttons under newsdesk's messages. */
import type { App } from '@slack/bolt';
import { SLACK } from '../../../messages';
import type { ListenerDeps } from '../deps';
import { answerFeedback, feedbackReason } from './feedback';
import { postDigest } from './postDigest';
import { shareAnswer } from './shareAnswer';
import { timelineMore } from './timelineMore';
import { whyAnswer } from './whyAnswer';

export function register(app: App, deps: ListenerDeps): void {
  app.action(SLACK.shareActionId, shareAnswer(deps));
  app.action(SLACK.postDigestActionId, postDigest(deps));
  app.action(SLACK.moreActionId, timelineMore(deps));
  app.action(SLACK.stretchActionId, timelineMore(deps));
  app.action(SLACK.feedbackActionId, answerFeedback(deps));
  app.action(SLACK.whyActionId, whyAnswer(deps));
  app.action(new RegExp(`^${SLACK.feedbackReasonPrefix}`), feedbackReason(deps));
}
