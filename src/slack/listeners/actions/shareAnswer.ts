/** "Share in channel": the same command looked up again and posted for everyone, signed with who shared it. */

import { commandMessage, type ShareValue } from '../commandMessage';
import type { ListenerDeps } from '../deps';
import { postButton } from './postButton';

export function shareAnswer(deps: ListenerDeps) {
  return postButton(deps, 'share', async (value, tail) => {
    const { c, q } = JSON.parse(value) as Partial<ShareValue>;
    const command = deps.commands.find((x) => x.slash !== null && x.slash === c);
    if (!command || command.slackButtons || typeof q !== 'string') return null;
    return commandMessage(deps, command, q, tail);
  });
}
