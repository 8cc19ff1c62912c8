/** `/digest [since YYYY-MM-DD]`: what we published, by story, with key quotes; in Slack with a "Post to channel" button. */

import { isIsoDay } from '../dates/isoDay';
import type { Digest } from '../digest/compose';
import { digestMarker } from '../digest/publish';
import { DigestDeadlineError, type DigestRequest, DigestTooLargeError } from '../digest/service';
import { MSG, SLACK } from '../messages';
import { buttonBlock } from '../render/slack/blocks';
import { digestMessage } from '../render/slack/renderAnswers';
import { renderDigestText } from '../render/text/renderDigest';
import { type CommandRequest, defineCommand, type Parsed } from './descriptor';
import { flagsGiven } from './filters';

type Window = Pick<DigestRequest, 'since' | 'until'>;

/** `--since D --until D` on the command line, or the words `since D`; nothing: since the last digest. */
export function parseDigestWindow(request: CommandRequest): Parsed<Window> {
  const refused = flagsGiven(request, ['outlet', 'by']);
  if (refused.length)
    return { ok: false, problem: 'invalid', message: MSG.filtersNotTaken('digest', refused) };
  for (const [option, value] of [
    ['--since', request.since],
    ['--until', request.until],
  ] as const)
    if (value !== undefined && !isIsoDay(value))
      return { ok: false, problem: 'invalid', message: MSG.badDayOption(option, value) };
  const window: Window = {
    ...(request.since !== undefined && { since: request.since }),
    ...(request.until !== undefined && { until: request.until }),
  };
  const text = request.text.trim();
  if (text === '') return { ok: true, input: window };
  const since = /^since\s+(.+)$/i.exec(text)?.[1]?.trim() ?? text;
  if (!isIsoDay(since)) return { ok: false, problem: 'invalid', message: MSG.badSince(since) };
  return { ok: true, input: { ...window, since } };
}

export const digestCommand = defineCommand<Window, Digest>({
  name: 'digest',
  slash: '/digest',
  help: {
    args: '[since YYYY-MM-DD]',
    summary: 'what we published, by story, with key quotes',
    description: 'What we published since the last digest, grouped by story, with its key quotes.',
    examples: ['', 'since 2025-08-01'],
    options: '--since, --until YYYY-MM-DD; --post sends it to DIGEST_CHANNEL once',
  },
  parse: parseDigestWindow,
  answer: async (services, window) => {
    try {
      return { ok: true, answer: await services.digest(window) };
    } catch (err) {
      if (err instanceof DigestTooLargeError)
        return { ok: false, problem: 'refused', message: MSG.digestTooLarge(err.articles, err.limit) };
      if (err instanceof DigestDeadlineError)
        return { ok: false, problem: 'refused', message: MSG.tookTooLong(err.seconds) };
      throw err;
    }
  },
  renderText: renderDigestText,
  renderSlack: (digest, tail) => digestMessage(digest, digestMarker(digest.until), tail),
  slackButtons: (digest) => [
    buttonBlock(
      SLACK.postDigestActionId,
      SLACK.postDigestLabel,
      JSON.stringify({ since: digest.since, until: digest.until }),
    ),
  ],
});
