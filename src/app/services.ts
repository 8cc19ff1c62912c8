/** The services over one opened archive: the answers, the digest, publishing, the size. */
import { createAnswers } from '../answers/answers';
import { filteredReader, isFiltering } from '../answers/articleFilter';
import type { Services } from '../commands/services';
import type { Config } from '../config';
import type { DigestLedger } from '../digest/ledger';
import { publishDigest } from '../digest/publish';
import { digestFor } from '../digest/service';
import type { Logger } from '../logger';
import type { OpenedIndex } from '../search/sync/openCorpusIndex';

export interface ServiceContext {
  config: Config;
  logger: Logger;
  ledger: DigestLedger;
  now: () => Date;
}

export function servicesOver(opened: OpenedIndex, ctx: ServiceContext): Services {
  const { config, logger, ledger, now } = ctx;
  const digestDeps = { archive: opened.archive, firstIndexed: opened.firstIndexed, ledger, config, now };
  const answers = createAnswers(opened.archive);
  return {
    answers,
    answersFor: (filter) =>
      isFiltering(filter) ? createAnswers(filteredReader(opened.archive, filter)) : answers,
    digest: (request) => digestFor(digestDeps, request),
    publishDigest: (poster, day, digest, render, to) => {
      const channel = to ?? config.digestChannel;
      if (!channel) throw new Error('DIGEST_CHANNEL is not set');
      const whenEmpty = config.digestEmpty;
      return publishDigest({ ledger, poster, logger, channel, day, digest, render, whenEmpty, now });
    },
    stats: async () => ({ ...(await opened.archive.size()), indexedAt: opened.stats.indexedAt }),
  };
}
