/**
 * What the adapters (command line, console, Slack) are given by the composition root: the answers, the digest and
 * the archive's size, over one archive built once. Answers may be synchronous today and asynchronous tomorrow;
 * every caller awaits them.
 */

import type { ArticleFilter } from '../answers/articleFilter';
import type { AskResult } from '../answers/ask';
import type { CheckQuotesAnswer } from '../answers/checkQuotes';
import type { ProfileAnswer } from '../answers/profile';
import type { QueryProblem } from '../answers/query';
import type { SearchResult } from '../answers/search';
import type { TimelineResult } from '../answers/timeline';
import type { WhoSaidResult } from '../answers/whosaid';
import type { Digest } from '../digest/compose';
import type { DigestPoster, PublishOutcome } from '../digest/publish';
import type { DigestRequest } from '../digest/service';
import type { Result } from '../errors';

export type Awaitable<T> = T | Promise<T>;

export type ProfileResult = { ok: true; answer: ProfileAnswer } | QueryProblem;

export interface CommandAnswers {
  search(query: string, limit?: number): Awaitable<SearchResult>;
  whosaid(quote: string): Awaitable<WhoSaidResult>;
  timeline(topic: string): Awaitable<TimelineResult>;
  ask(question: string): Awaitable<AskResult>;
  profile(name: string): Awaitable<ProfileResult>;
  checkquotes(draft: string): Awaitable<Result<CheckQuotesAnswer, QueryProblem>>;
}

export interface ArchiveStats {
  articles: number;
  passages: number;
  quotes: number;
  indexedAt: string;
}

/** What opening the archive did (`newsdesk index`): its size, and how much of the snapshot was reused. */
export interface IndexSummary extends ArchiveStats {
  reused: number;
  indexed: number;
  removed: number;
  /** `stale`: answering from a snapshot of another index version while a new one is built. */
  snapshot: 'reused' | 'updated' | 'built' | 'stale';
  seconds: number;
}

/** How a digest message is drawn for the place it is posted to. */
export type DigestRender = (digest: Digest, marker: string) => { text: string; blocks: unknown[] };

export interface Services {
  answers: CommandAnswers;
  /** The answers over only the articles a filter lets through (`answers` when it filters nothing). */
  answersFor(filter: ArticleFilter): CommandAnswers;
  /** The digest of a window; the days since the last digest posted to DIGEST_CHANNEL by default. */
  digest(request: DigestRequest): Promise<Digest>;
  /**
   * Posts a day's digest to a channel (DIGEST_CHANNEL by default) at most once (the ledger decides), through the
   * adapter's poster.
   */
  publishDigest(
    poster: DigestPoster,
    day: string,
    digest: Digest,
    render: DigestRender,
    channel?: string,
  ): Promise<PublishOutcome>;
  /** The archive's size and when it was last indexed (async: a store may have to count). */
  stats(): Promise<ArchiveStats>;
}

/** The services of a running app: null while the archive loads, then kept up to date as the corpus changes. */
export interface LiveServices {
  current(): Services | null;
  /** Why there are no services now (the archive loading, or being rebuilt), or null when there are. */
  notReady?(): { why: string; rebuilding: boolean } | null;
  /** Resolves once the archive is loaded (rejects when it cannot be). */
  loaded: Promise<Services>;
  /** Applies the corpus folder's changes now (joins a refresh under way). */
  refresh(): Promise<void>;
  /** Refreshes every REINDEX_MINUTES from now on. */
  startRefreshing(): void;
  /** Stops refreshing (no refresh starts after it) and waits for the refresh under way. */
  stop(): Promise<void>;
  /** Once stopped: saves what the refreshes changed and have not saved yet (see ArchiveSource.flush). */
  flush?(): Promise<void>;
}
