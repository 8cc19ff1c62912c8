/** "Post to channel" under a digest preview: the digest of the same window, posted for everyone. */
import { digestMarker } from '../../../digest/publish';
import { digestMessage } from '../../../render/slack/renderAnswers';
import type { ListenerDeps } from '../deps';
import { postButton } from './postButton';

export function postDigest(deps: ListenerDeps) {
  return postButton(deps, 'post digest', async (value, tail) => {
    const { since, until } = JSON.parse(value) as { since?: string; until?: string };
    const services = deps.services();
    if (!services) return null;
    const digest = await services.digest({ ...(since && { since }), ...(until && { until }) });
    return digestMessage(digest, digestMarker(digest.until), tail);
  });
}
