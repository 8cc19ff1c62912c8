/** Snapshot faults and a held-back indexer, for the tests of opening, rebuilding and serving through them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/types';
import { indexArticleInSteps } from '../../src/indexing/indexArticle';
import type { IndexedArticle } from '../../src/indexing/types';
import { SNAPSHOT_FILE } from '../../src/search/snapshot/snapshot';

/**
 * Flips one bit of the data folder's snapshot (the case of the first letter of `word` where it first appears);
 * returns the file as it now is.
 */
export function flipSnapshotByte(dataDir: string, word: string): Buffer {
  const path = join(dataDir, SNAPSHOT_FILE);
  const bytes = readFileSync(path);
  const at = bytes.indexOf(word);
  if (at < 0) throw new Error(`the snapshot has no "${word}" to flip`);
  bytes[at] = (bytes[at] as number) ^ 0x20;
  writeFileSync(path, bytes);
  return bytes;
}

/** An indexer that indexes nothing until `release()`, so a test sees the state before a (re)build is in. */
export function gatedIndexer(change: (indexed: IndexedArticle) => IndexedArticle = (i) => i) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const index = async (article: Article, pause: () => Promise<void>) => {
    await gate;
    return change(await indexArticleInSteps(article, pause));
  };
  return { index, release: () => release() };
}
