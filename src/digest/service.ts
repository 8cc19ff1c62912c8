/** The digest for a window, from the archive: the days default to those since the last digest posted. */
import type { ArchiveReader, StoredQuote } from '../answers/archive';
import { createWhoSaid } from '../answers/whosaid';
import type { Config } from '../config';
import type { Article } from '../corpus/types';
import {
  type Archive,
  type Attribute,
  composeDigest,
  type Digest,
  type DigestWindow,
  inDigestWindow,
} from './compose';
import type { DigestLedger } from './ledger';
import { dayIn } from './schedule';
import { digestWindow } from './window';

export interface DigestDeps {
  archive: ArchiveReader;
  firstIndexed: ReadonlyMap<string, string>;
  ledger: DigestLedger;
  config: Pick<Config, 'digestTz' | 'digestChannel'>;
  now: () => Date;
}

export interface DigestRequest {
  since?: string | undefined;
  until?: string | undefined;
  /** The day the digest is for; today in DIGEST_TZ by default. */
  day?: string;
}

export async function digestFor(deps: DigestDeps, request: DigestRequest = {}): Promise<Digest> {
  const day = request.day ?? dayIn(deps.config.digestTz, deps.now());
  const window = await digestWindow(deps.ledger, deps.config.digestChannel, day, request);
  return digestOf(deps.archive, { ...window, firstIndexed: deps.firstIndexed });
}

/** The digest of a window, composed from the archive. */
export async function digestOf(archive: ArchiveReader, window: DigestWindow): Promise<Digest> {
  return composeDigest(await windowArchive(archive, window), window, whoSaidAttribution(archive));
}

/** What `/whosaid` answers for a quote's words: the one attribution path the digest shares with it. */
function whoSaidAttribution(archive: ArchiveReader): Attribute {
  const whoSaid = createWhoSaid({ archive, suggest: async () => [] });
  return async (text) => {
    const result = await whoSaid(text);
    return result.ok && result.answer.found
      ? { speaker: result.answer.speaker, role: result.answer.role }
      : null;
  };
}

/** The window's articles and their quotes, read from the archive once for composing. */
async function windowArchive(reader: ArchiveReader, window: DigestWindow): Promise<Archive> {
  const metas = (await reader.articleMetas()).filter((meta) => inDigestWindow(meta, window));
  const articles = new Map<string, Article>();
  const quotes = new Map<string, StoredQuote[]>();
  for (const meta of metas) {
    const article = await reader.article(meta.id);
    if (!article) continue;
    articles.set(meta.id, article);
    quotes.set(meta.id, await reader.quotesOf(meta.id));
  }
  return {
    articleMetas: () => metas.filter((meta) => articles.has(meta.id)),
    article: (id) => articles.get(id),
    quotes: { forArticle: (id) => quotes.get(id) ?? [] },
  };
}
