/**
 * An article prepared for the engine on another thread (its term rows and JSON lines, sent through a structured
 * clone as a worker sends it) is stored exactly as the engine stores it from the plain results: the same snapshot
 * bytes, the same answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../../src/corpus/parseArticle';
import { indexArticle } from '../../../src/indexing/indexArticle';
import type { IndexedArticle } from '../../../src/indexing/types';
import { createMemoryLogger } from '../../../src/logger';
import { EmbeddedArchive } from '../../../src/search/embeddedArchive';
import { prepareArticle } from '../../../src/search/engine/prepareArticle';
import { forEachRow, quoteRows, rowTerms, toRows } from '../../../src/search/engine/termRows';
import { makeSnapshot, SNAPSHOT_FILE, saveSnapshot } from '../../../src/search/snapshot/snapshot';
import { tempDir } from '../../support/tmp';

const CORPUS = path.resolve(__dirname, '../../../corpus');
const SAVED_AT = '2025-04-11T00:00:00.000Z';

const indexed: IndexedArticle[] = readdirSync(CORPUS)
  .sort()
  .map(
    (file) => parseArticle({ id: file, file, text: readFileSync(path.join(CORPUS, file), 'utf8') }).article,
  )
  .map((article) => indexArticle(article));

async function snapshotBytes(archive: EmbeddedArchive): Promise<Buffer> {
  const items = [...(await archive.versions())].map(([id, version]) => ({
    id,
    version,
    firstIndexedAt: SAVED_AT,
  }));
  const snapshot = makeSnapshot({
    fingerprint: 'prepared-test',
    savedAt: SAVED_AT,
    items,
    sourceState: [],
    index: await archive.export(),
  });
  const dir = tempDir();
  expect(await saveSnapshot(dir, snapshot, createMemoryLogger('debug'))).toBe(true);
  return readFileSync(path.join(dir, SNAPSHOT_FILE));
}

describe('articles prepared for the engine in a worker', () => {
  it('give the same snapshot, byte for byte, and the same answers as the plain results', async () => {
    const plain = EmbeddedArchive.create();
    const prepared = EmbeddedArchive.create();
    for (const a of indexed) {
      plain.putNow(a, `v-${a.article.id}`);
      prepared.putNow(structuredClone({ ...a, prepared: prepareArticle(a) }), `v-${a.article.id}`);
    }
    expect(indexed.length).toBeGreaterThanOrEqual(5);
    expect(indexed.some((a) => a.quotes.length > 0)).toBe(true);
    const query = { limit: 10 };
    for (const q of ['cartels attack plans', 'said the president', 'Mexico strikes']) {
      const hits = await plain.searchPassages(q, query);
      expect(hits.length).toBeGreaterThan(0);
      expect(await prepared.searchPassages(q, query)).toEqual(hits);
      expect(await prepared.searchQuotes(q, 10)).toEqual(await plain.searchQuotes(q, 10));
    }
    expect((await snapshotBytes(prepared)).equals(await snapshotBytes(plain))).toBe(true);
  });

  it('keeps each document its own terms and weights, in order, through the flat rows', () => {
    const docs = [
      {
        weights: new Map([
          ['pier', 1],
          ['reopen', 2.5],
        ]),
        length: 3.5,
      },
      { weights: new Map<string, number>(), length: 0 },
      { weights: new Map([['ballot', 1.2]]), length: 1 },
    ];
    const read: Array<{ k: number; terms: [string, number][]; length: number }> = [];
    const rows = structuredClone(toRows(docs));
    const terms = rowTerms(rows);
    forEachRow(rows, (k, from, to, length) => {
      const pairs: [string, number][] = [];
      for (let i = from; i < to; i++)
        pairs.push([terms[rows.entries[i] as number] as string, rows.weights[i] as number]);
      read.push({ k, terms: pairs, length });
    });
    expect(read).toEqual(docs.map((d, k) => ({ k, terms: [...d.weights], length: d.length })));
    expect(quoteRows([]).counts.length).toBe(0);
  });

  it('writes a term once however many documents hold it, in the order the terms first come', () => {
    // Every passage of an article carries its title's words: "harbour" is in both, and sent once.
    const rows = toRows([
      {
        weights: new Map([
          ['harbour', 3],
          ['pier', 1],
        ]),
        length: 1,
      },
      {
        weights: new Map([
          ['ferri', 1],
          ['harbour', 3],
        ]),
        length: 1,
      },
    ]);
    expect(rowTerms(rows)).toEqual(['harbour', 'pier', 'ferri']);
    expect([...rows.entries]).toEqual([0, 1, 2, 0]);
  });

  it('refuses rows whose parts do not add up, naming what is wrong', () => {
    const rows = toRows([{ weights: new Map([['pier', 1]]), length: 1 }]);
    expect(() => rowTerms({ ...rows, entries: Uint32Array.of(1) })).toThrow('an entry names no term');
    expect(() => rowTerms({ ...rows, counts: Uint32Array.of(2) })).toThrow('do not match');
  });
});
