/** The services over one opened archive: the answers (with the profile), the digest, publishing, the size. */
import { createAnswers } from '../answers/answers';
import { answerProfile } from '../answers/profile';
import { normaliseQuery } from '../answers/query';
import type { CommandAnswers, Services } from '../commands/services';
import type { Config } from '../config';
import type { DigestLedger } from '../digest/ledger';
import { publishDigest } from '../digest/publish';
import { digestFor } from '../digest/service';
import type { Logger } from '../logger';
import type { OpenedIndex } from '../search/openCorpusIndex';

export interface ServiceContext {
  config: Config;
  logger: Logger;
  ledger: DigestLedger;
  now: () => Date;
}

/** The answers of `answers/`, and the profile (today answered outside `createAnswers`). */
function commandAnswers(opened: OpenedIndex): CommandAnswers {
  const answers = createAnswers(opened.archive);
  return {
    ...answers,
    profile: (name) => {
      const query = normaliseQuery(name);
      return query.ok ? { ok: true, answer: answerProfile(opened.archive, query.text) } : query;
    },
  };
}

export function servicesOver(opened: OpenedIndex, ctx: ServiceContext): Services {
  const { config, logger, ledger, now } = ctx;
  const digestDeps = { archive: opened.archive, firstIndexed: opened.firstIndexed, ledger, config, now };
  return {
    answers: commandAnswers(opened),
    digest: (request) => digestFor(digestDeps, request),
    publishDigest: (poster, day, digest, render) => {
      if (!config.digestChannel) throw new Error('DIGEST_CHANNEL is not set');
      const channel = config.digestChannel;
      const whenEmpty = config.digestEmpty;
      return publishDigest({ ledger, poster, logger, channel, day, digest, render, whenEmpty, now });
    },
    stats: async () => ({ ...opened.archive.size, indexedAt: opened.stats.indexedAt }),
  };
}
