/** Listener dependencies and Slack's callbacks as plain recorders, for the listener unit tests. */
import { commandList } from '../../../src/commands';
import type { Services } from '../../../src/commands/services';
import { PostLedger } from '../../../src/delivery/ledger';
import { createMemoryLogger } from '../../../src/logger';
import { EventDeduper, InFlight, RateLimiter } from '../../../src/slack/guards';
import type { ListenerDeps } from '../../../src/slack/listeners';
import { fakeChannel } from '../../support/channel';
import { ferryArchive } from '../../support/ferry';
import { servicesFor } from '../../support/services';
import { tempDir } from '../../support/tmp';

export function fakeDeps(
  over: Partial<ListenerDeps> = {},
  services: Services | null = servicesFor(ferryArchive()),
) {
  const logger = createMemoryLogger('debug');
  const deps: ListenerDeps = {
    config: { digestChannel: null, digestCron: '0 8 * * *', digestTz: 'UTC' },
    logger,
    commands: commandList(),
    services: () => services,
    deduper: new EventDeduper(),
    rateLimiter: new RateLimiter(),
    inFlight: new InFlight(),
    delivery: { ledger: PostLedger.in(tempDir(), 'post-ledger.json'), poster: fakeChannel().poster },
    ...over,
  };
  return { deps, logs: logger.lines };
}

/** Records every call, in order, across the fakes that share it. */
export function recorder() {
  const calls: { name: string; args: Record<string, unknown> }[] = [];
  const fn =
    (name: string, result: unknown = {}) =>
    async (args: Record<string, unknown> = {}) => {
      calls.push({ name, args });
      return result;
    };
  return { calls, fn };
}

export const blocksText = (args: Record<string, unknown> | undefined) => JSON.stringify(args?.blocks ?? []);
