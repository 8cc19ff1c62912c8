/** Snapshot faults and a held-back indexer, for the tests of opening, rebuilding and serving through them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/types';
import { indexArticleInSteps } from '../../src/indexing/indexArticle';
import type { IndexedArticle } from '../../src/indexing/types';
import { SNAPSHOT_FILE, snapshotLayout } from '../../src/search/snapshot/snapshot';

/**
 * Flips one bit of the data folder's snapshot (the case of the first letter of `word` where it first appears, in
 * `section` when named); returns the file as it now is.
 */
export async function flipSnapshotByte(dataDir: string, word: string, section?: string): Promise<Buffer> {
  const path = join(dataDir, SNAPSHOT_FILE);
  const bytes = readFileSync(path);
  const within = section ? (await snapshotLayout(dataDir)).find((s) => s.name === section) : undefined;
  if (section && !within) throw new Error(`the snapshot has no section ${section}`);
  const at = bytes.indexOf(word, within?.start ?? 0);
  if (at < 0 || (within && at >= within.end))
    throw new Error(`the snapshot has no "${word}" to flip${section ? ` in ${section}` : ''}`);
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
