/** Listener dependencies and Slack's callbacks as plain recorders, for the listener unit tests. */
import { commandList } from '../../../src/commands';
import type { Services } from '../../../src/commands/services';
import { createMemoryLogger } from '../../../src/logger';
import { Archive } from '../../../src/search/archive';
import { EventDeduper, InFlight, RateLimiter } from '../../../src/slack/guards';
import type { ListenerDeps } from '../../../src/slack/listeners';
import { articleFrom } from '../../support/article';
import { servicesFor } from '../../support/services';

export const FERRY_QUOTE = 'The ferry will run until midnight from the first of May';

export function ferryArchive(): Archive {
  const archive = Archive.create();
  archive.add(
    articleFrom(
      `“${FERRY_QUOTE},” said Mara Voss, the council treasurer, on Tuesday.\n\n` +
        'The harbor commission approved the later schedule by four votes to one.',
      { id: 'ferry', title: 'Ferry runs late', published: '2025-03-12' },
    ),
  );
  return archive;
}

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
