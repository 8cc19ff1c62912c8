/**
 * Brings an archive in step with a source: items whose version the archive already holds are left alone, the
 * others are read, indexed and put, and what the source no longer lists (or can no longer read) is removed. The
 * diff is on ids and versions only, so it works for any source and any engine. Items are read a batch at a time
 * and each batch is indexed before the next is read, so a large build never holds every article at once; the
 * caller's `pause` gives the event loop back between steps.
 */
import type { ArchiveWriter } from '../answers/archive';
import type { Article, SkippedFile } from '../corpus/types';
import type { ArticleSource, SourceItem } from '../sources/types';
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

async function readAndPut(
  items: SourceItem[],
  known: ReadonlyMap<string, string>,
  writer: ArchiveWriter,
  options: SyncOptions,
  result: SyncResult,
  listed: Set<string>,
): Promise<void> {
  const batch = options.readConcurrency ?? DEFAULT_READ_CONCURRENCY;
  for (let i = 0; i < items.length; i += batch) {
    const outcomes = await Promise.all(items.slice(i, i + batch).map((item) => item.read()));
    const toIndex: Array<{ article: Article; version: string }> = [];
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        result.skipped.push(outcome.skipped);
        continue;
      }
      listed.add(outcome.article.id);
      if (known.get(outcome.article.id) === outcome.version) result.reread++;
      else toIndex.push(outcome);
    }
    await indexAndPut(toIndex, writer, options, result);
  }
}

/** Indexes a batch at once (in a pool that means in parallel) and puts the results in the batch's order. */
async function indexAndPut(
  batch: Array<{ article: Article; version: string }>,
  writer: ArchiveWriter,
  options: SyncOptions,
  result: SyncResult,
): Promise<void> {
  const settled = await Promise.allSettled(batch.map(({ article }) => options.index(article, options.pause)));
  for (const [i, outcome] of settled.entries()) {
    const { article, version } = batch[i] as { article: Article; version: string };
    if (outcome.status === 'rejected') {
      const reason = (outcome.reason as Error).message ?? String(outcome.reason);
      if (result.failed++ === 0) result.firstFailure = reason;
      result.skipped.push({ file: article.file, reason: `could not be indexed: ${reason}` });
      continue;
    }
    await writer.put(outcome.value, version);
    result.indexed.push(article.id);
    await options.pause();
  }
}
