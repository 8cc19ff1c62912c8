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
import { type GroupStories, groupOffThread, StoriesDeadlineError } from './storiesPool';
import { digestWindow, MAX_DIGEST_ARTICLES } from './window';

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
  /** The channel whose last digest the window starts after; DIGEST_CHANNEL by default. */
  channel?: string;
}

/** A window someone asked for that holds more articles than a digest reads. */
export class DigestTooLargeError extends Error {
  constructor(
    readonly articles: number,
    readonly limit: number,
  ) {
    super(`the window holds ${articles} articles; a digest reads at most ${limit}`);
  }
}

/** Composing took longer than its deadline and was stopped. */
export class DigestDeadlineError extends Error {
  constructor(readonly seconds: number) {
    super(`composing the digest took longer than ${seconds} s; stopped`);
  }
}

/** How long a digest someone asked for may take. */
export const DIGEST_DEADLINE_MS = 20_000;
/** The scheduled digest's bounds: larger than those of an asked one (nobody waits on it), but bounds. */
export const SCHEDULED_DIGEST_DEADLINE_MS = 5 * 60_000;
export const SCHEDULED_MAX_ARTICLES = 5_000;
/** Without a deadline (a one-off digest of the command line), grouping is still stopped after this long. */
const GROUPING_DEADLINE_MS = 30 * 60_000;

export async function digestFor(deps: DigestDeps, request: DigestRequest = {}): Promise<Digest> {
  const day = request.day ?? dayIn(deps.config.digestTz, deps.now());
  const window = await digestWindow(deps.ledger, request.channel ?? deps.config.digestChannel, day, request);
  const asked = request.since !== undefined || request.until !== undefined;
  const limits = asked
    ? { maxArticles: MAX_DIGEST_ARTICLES, deadlineMs: DIGEST_DEADLINE_MS }
    : { maxArticles: SCHEDULED_MAX_ARTICLES, deadlineMs: SCHEDULED_DIGEST_DEADLINE_MS };
  return digestOf(deps.archive, { ...window, firstIndexed: deps.firstIndexed }, limits);
}

export interface DigestLimits {
  /** Refuse a window with more articles (DigestTooLargeError). */
  maxArticles?: number;
  /** Stop composing past this many milliseconds (DigestDeadlineError). */
  deadlineMs?: number;
  /** How the articles are grouped into stories: in a worker thread (when built) by default. */
  group?: GroupStories;
}

/**
 * The digest of a window, composed from the archive. Composing gives the event loop back before every article
 * read and every quote attributed, and the articles are grouped into stories (every pair compared) in a worker
 * thread, so the app keeps answering while a large digest is made.
 */
export async function digestOf(
  archive: ArchiveReader,
  window: DigestWindow,
  limits: DigestLimits = {},
): Promise<Digest> {
  const started = Date.now();
  const deadline = limits.deadlineMs === undefined ? null : started + limits.deadlineMs;
  const stopped = (ms = limits.deadlineMs ?? GROUPING_DEADLINE_MS) =>
    new DigestDeadlineError(Math.round(ms / 1000));
  const pace = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (deadline !== null && Date.now() > deadline) throw stopped();
  };
  const source = await windowArchive(archive, window, limits.maxArticles ?? Number.POSITIVE_INFINITY, pace);
  const grouping = limits.group ?? groupOffThread;
  const group = async (inputs: Parameters<GroupStories>[0]) => {
    const left = deadline === null ? GROUPING_DEADLINE_MS : Math.max(1, deadline - Date.now());
    try {
      return await grouping(inputs, left);
    } catch (err) {
      if (err instanceof StoriesDeadlineError) throw stopped();
      throw err;
    }
  };
  return composeDigest(source, window, whoSaidAttribution(archive, pace), group);
}

/** What `/whosaid` answers for a quote's words: the one attribution path the digest shares with it. */
function whoSaidAttribution(archive: ArchiveReader, pace: () => Promise<void>): Attribute {
  const whoSaid = createWhoSaid({ archive, suggest: async () => [] });
  return async (text) => {
    await pace();
    const result = await whoSaid(text);
    return result.ok && result.answer.found
      ? { speaker: result.answer.speaker, role: result.answer.role }
      : null;
  };
}

/** The window's articles and their quotes, read from the archive once for composing. */
async function windowArchive(
  reader: ArchiveReader,
  window: DigestWindow,
  maxArticles: number,
  pace: () => Promise<void>,
): Promise<Archive> {
  const metas = (await reader.articleMetas()).filter((meta) => inDigestWindow(meta, window));
  if (metas.length > maxArticles) throw new DigestTooLargeError(metas.length, maxArticles);
  const articles = new Map<string, Article>();
  const quotes = new Map<string, StoredQuote[]>();
  for (const meta of metas) {
    await pace();
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
