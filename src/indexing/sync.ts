/**
 * Brings an archive in step with a source: items whose version the archive already holds are left alone, the
 * others are read, indexed and put, and what the source no longer lists (or can no longer read) is removed. The
 * diff is on ids and versions only, so it works for any source and any engine. Items are read and indexed through a
 * window of a few at once and put in order as each is done, so the extraction of the next articles (in a pool,
 * on other threads) overlaps the storing of the last ones and a large build never holds every article at once;
 * the caller's `pause` gives the event loop back between steps.
 */
import type { ArchiveWriter } from '../answers/archive';
import type { Article, SkippedFile } from '../corpus/types';
import type { ArticleSource, ReadItem, SourceItem } from '../sources/types';
import type { IndexedArticle } from './types';

export interface SyncOptions {
  /** Gives the event loop back (a no-op where nothing else waits). */
  pause: () => Promise<void>;
  /** Indexes one article, pausing between stages. */
  index: (article: Article, pause: () => Promise<void>) => Promise<IndexedArticle>;
  /** How many items are read at once. */
  readConcurrency?: number;
}

export interface SyncResult {
  /** Items put into the archive (new or changed). */
  indexed: string[];
  /** Ids removed from the archive. */
  removed: string[];
  /** Items left as they were, their version unchanged. */
  unchanged: number;
  /** Items read because only reading could tell, whose version turned out unchanged. */
  reread: number;
  skipped: SkippedFile[];
  /** Articles that could not be indexed (also listed in `skipped`), and the first reason. */
  failed: number;
  firstFailure: string;
}

/**
 * Every article a sync tried to index failed: the pipeline itself is broken (a worker that cannot start, a
 * missing module), not one article. The sync stops before removing anything, so the archive stays as it was.
 */
export class IndexingFailedError extends Error {
  constructor(count: number, reason: string) {
    super(`none of the ${count} articles to index could be indexed (first: ${reason})`);
  }
}

const DEFAULT_READ_CONCURRENCY = 16;

export async function syncSource(
  source: ArticleSource,
  writer: ArchiveWriter,
  options: SyncOptions,
): Promise<SyncResult> {
  const known = await writer.versions();
  const scan = await source.scan();
  const result: SyncResult = {
    indexed: [],
    removed: [],
    unchanged: 0,
    reread: 0,
    skipped: [...scan.skipped],
    failed: 0,
    firstFailure: '',
  };
  const listed = new Set<string>();
  const toRead: SourceItem[] = [];
  for (const item of scan.items) {
    if (item.version !== null && known.get(item.id) === item.version) {
      listed.add(item.id);
      result.unchanged++;
    } else toRead.push(item);
  }
  await readAndPut(toRead, known, writer, options, result, listed);
  if (result.failed > 0 && result.indexed.length === 0)
    throw new IndexingFailedError(result.failed, result.firstFailure);
  for (const id of known.keys()) {
    if (listed.has(id)) continue;
    await writer.remove(id);
    result.removed.push(id);
    await options.pause();
  }
  return result;
}

/** One item's way through the window: read, then (unless its version is already held) indexed. */
type Step =
  | { read: ReadItem & { ok: false } }
  | { read: ReadItem & { ok: true }; indexed: PromiseSettledResult<IndexedArticle> | null };

function startStep(
  item: SourceItem,
  known: ReadonlyMap<string, string>,
  options: SyncOptions,
): Promise<Step> {
  return item.read().then(async (read): Promise<Step> => {
    if (!read.ok) return { read };
    if (known.get(read.article.id) === read.version) return { read, indexed: null };
    const indexed = await options.index(read.article, options.pause).then(
      (value): PromiseSettledResult<IndexedArticle> => ({ status: 'fulfilled', value }),
      (reason: unknown): PromiseSettledResult<IndexedArticle> => ({ status: 'rejected', reason }),
    );
    return { read, indexed };
  });
}

/**
 * Reads and indexes items through a window of `readConcurrency` at once and puts them in the items' order as
 * each at the head of the window is done: the pool's workers extract the next articles while this thread stores
 * the last ones, and no more than the window is ever held.
 */
async function readAndPut(
  items: SourceItem[],
  known: ReadonlyMap<string, string>,
  writer: ArchiveWriter,
  options: SyncOptions,
  result: SyncResult,
  listed: Set<string>,
): Promise<void> {
  const size = Math.max(1, options.readConcurrency ?? DEFAULT_READ_CONCURRENCY);
  const window: Promise<Step>[] = [];
  let next = 0;
  const refill = () => {
    while (window.length < size && next < items.length) {
      const step = startStep(items[next++] as SourceItem, known, options);
      step.catch(() => undefined); // awaited in order below; a failure after an earlier one is not unhandled
      window.push(step);
    }
  };
  refill();
  while (window.length > 0) {
    const step = await (window.shift() as Promise<Step>);
    refill();
    await putStep(step, known, writer, options, result, listed);
  }
}

/** Puts one item's outcome into the archive (or the result's skipped and failed lists). */
async function putStep(
  step: Step,
  known: ReadonlyMap<string, string>,
  writer: ArchiveWriter,
  options: SyncOptions,
  result: SyncResult,
  listed: Set<string>,
): Promise<void> {
  const { read } = step;
  if (!read.ok) {
    result.skipped.push(read.skipped);
    return;
  }
  const { article, version } = read;
  listed.add(article.id);
  if (!('indexed' in step) || step.indexed === null) {
    if (known.get(article.id) === version) result.reread++;
    return;
  }
  const outcome = step.indexed;
  if (outcome.status === 'rejected') {
    const reason = (outcome.reason as Error).message ?? String(outcome.reason);
    if (result.failed++ === 0) result.firstFailure = reason;
    result.skipped.push({ file: article.file, reason: `could not be indexed: ${reason}` });
    return;
  }
  await writer.put(outcome.value, version);
  result.indexed.push(article.id);
  await options.pause();
}
