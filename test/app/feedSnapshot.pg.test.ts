/**
 * An instance fed from PostgreSQL keeps its engine in its data folder with its change-feed position: restarted,
 * it answers from that snapshot and applies only the changes since (here an article another instance added and
 * one it removed while this one was down); a snapshot that does not match the database (another database), or
 * whose lines turn out damaged, is dropped and the engine built from the feed.
 */
import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { postgresArchive } from '../../src/app/postgres';
import { loadConfig } from '../../src/config';
import * as loadArticles from '../../src/corpus/loadArticles';
import { createMemoryLogger } from '../../src/logger';
import { indexFingerprint, readSnapshot, SNAPSHOT_FILE } from '../../src/search/snapshot/snapshot';
import { INDEX_OPTIONS } from '../../src/search/sync/openCorpusIndex';
import { testDatabase } from '../support/postgres';
import { flipSnapshotByte } from '../support/snapshots';
import { tempDir, writeFiles } from '../support/tmp';

const story = (town: string, speaker: string, words: string) =>
  [
    '---',
    `title: "${town} council weighs its budget"`,
    'outlet: "The Valley Courier"',
    'published: 2025-06-02',
    '---',
    '',
    `The ${town} council met on Monday.`,
    '',
    `"${words}," said ${speaker}, the council chair.`,
  ].join('\n');

function instance(url: string, corpusDir: string, dataDir: string) {
  const env = { DATABASE_URL: url, CORPUS_DIR: corpusDir, DATA_DIR: dataDir, REINDEX_MINUTES: '0' };
  const logger = createMemoryLogger('debug');
  return { logger, source: postgresArchive(loadConfig({ env, cwd: tempDir() }), logger, url) };
}

async function speakers(opened: Awaited<ReturnType<ReturnType<typeof instance>['source']['load']>>) {
  const hits = await opened.archive.searchPassages('council chair', { limit: 10 });
  return [...new Set(hits.map((h) => h.article.id))].sort();
}

describe('an instance restarted on PostgreSQL', () => {
  it('answers from its engine snapshot and applies only the changes since', async () => {
    const url = await testDatabase();
    const corpus = tempDir();
    writeFiles(corpus, {
      'ferry.md': story('Riverton', 'Mara Quill', 'The ferry runs until midnight'),
      'library.md': story('Millbrook', 'Owen Tarrant', 'The library opens on Sundays'),
    });
    const data = tempDir();
    const first = instance(url, corpus, data);
    expect(await speakers(await first.source.load())).toEqual(['ferry', 'library']);
    await first.source.close();

    // While it is down, another instance (its own data folder) indexes a new article and removes one.
    writeFiles(corpus, { 'bridge.md': story('Cedar Falls', 'Ana Ruiz', 'The bridge reopens in May') });
    rmSync(join(corpus, 'library.md'));
    const other = instance(url, corpus, tempDir());
    await other.source.load();
    await other.source.close();

    const again = instance(url, corpus, data);
    const opened = await again.source.load();
    expect(again.logger.lines.join('\n')).toMatch(/engine restored from its snapshot at change \d+/);
    expect(again.logger.lines.join('\n')).not.toMatch(/does not match/);
    expect(await speakers(opened)).toEqual(['bridge', 'ferry']);
    expect(opened.stats.articles).toBe(2);
    // The restored engine reads its articles' metadata ahead, behind the first answers, as the embedded app does.
    const restored = opened.archive.current;
    expect(restored.readingAhead).not.toBeNull();
    await restored.readingAhead;
    expect(restored.unreadMetadata).toBe(0);
    await again.source.close();
  });

  it('restarted, reads only the corpus files that changed since they were read, and sees every edit', async () => {
    const url = await testDatabase();
    const corpus = tempDir();
    writeFiles(corpus, {
      'ferry.md': story('Riverton', 'Mara Quill', 'The ferry runs until midnight'),
      'library.md': story('Millbrook', 'Owen Tarrant', 'The library opens on Sundays'),
      'pier.md': story('Baywater', 'Ines Ruiz', 'The pier reopens in May'),
    });
    // A whole second, so that setting it again gives the very same modification time.
    const ferry = join(corpus, 'ferry.md');
    const time = new Date('2025-06-02T12:00:00Z');
    utimesSync(ferry, time, time);
    const data = tempDir();
    const first = instance(url, corpus, data);
    await first.source.load();
    await first.source.close();

    // An edit that keeps the file's size and modification time is seen too (its change time moved); the file
    // nobody touched is not read again.
    writeFiles(corpus, { 'ferry.md': story('Riverton', 'Mara Quill', 'The ferry runs until Midnight') });
    utimesSync(ferry, time, time);
    writeFiles(corpus, {
      'library.md': story('Millbrook', 'Owen Tarrant', 'The library now opens on Sundays'),
    });
    const reads = jest.spyOn(loadArticles, 'loadArticle');
    const again = instance(url, corpus, data);
    const opened = await again.source.load();
    expect(reads.mock.calls.map(([file]) => file.file).sort()).toEqual(['ferry.md', 'library.md']);
    reads.mockRestore();
    const passages = async (words: string) =>
      (await opened.archive.searchPassages(words, { limit: 5 })).map((h) =>
        h.article.text.slice(h.passage.start, h.passage.end),
      );
    expect((await passages('ferry runs')).join(' ')).toContain('until Midnight');
    expect((await passages('library opens Sundays')).join(' ')).toContain('now opens');
    await again.source.close();
  });

  it('drops a snapshot that does not match the database and builds the engine from the feed', async () => {
    const corpus = tempDir();
    writeFiles(corpus, { 'ferry.md': story('Riverton', 'Mara Quill', 'The ferry runs until midnight') });
    const data = tempDir();
    const first = instance(await testDatabase(), corpus, data);
    await first.source.load();
    await first.source.close();

    const elsewhere = tempDir();
    writeFiles(elsewhere, { 'levy.md': story('Port Alder', 'Lena Ortiz', 'The school levy passes') });
    const other = instance(await testDatabase(), elsewhere, data);
    const opened = await other.source.load();
    expect(other.logger.lines.join('\n')).toMatch(/does not match the archive in PostgreSQL/);
    expect(await speakers(opened)).toEqual(['levy']);
    await other.source.close();
  });

  it('builds its engine from the feed, and saves it anew, when the lines of its snapshot turn out damaged', async () => {
    const url = await testDatabase();
    const corpus = tempDir();
    writeFiles(corpus, { 'ferry.md': story('Riverton', 'Mara Quill', 'The ferry runs until midnight') });
    const data = tempDir();
    const first = instance(url, corpus, data);
    await first.source.load();
    await first.source.close();
    await flipSnapshotByte(data, 'midnight', 'records');

    const again = instance(url, corpus, data);
    const opened = await again.source.load();
    const log = () => again.logger.lines.join('\n');
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const read = await readSnapshot(data, indexFingerprint(INDEX_OPTIONS));
      if (read.state === 'ok') read.snapshot.index.file?.close();
      if (read.state === 'ok' && /its lines are damaged; building the engine from PostgreSQL/.test(log()))
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(log()).toMatch(/the engine snapshot is damaged \(section records fails its checksum\)/);
    expect((await readSnapshot(data, indexFingerprint(INDEX_OPTIONS))).state).toBe('ok');
    expect(await speakers(opened)).toEqual(['ferry']);
    await again.source.close();
  });

  it('serves the engine read back compact from its first snapshot, and keeps following the feed with it', async () => {
    const url = await testDatabase();
    const corpus = tempDir();
    writeFiles(corpus, { 'ferry.md': story('Riverton', 'Mara Quill', 'The ferry runs until midnight') });
    const served = instance(url, corpus, tempDir());
    const opened = await served.source.load();
    const built = opened.archive.current;
    await served.source.settled();
    expect(served.logger.lines.join('\n')).toMatch(
      /engine read back compact from its snapshot at change \d+/,
    );
    expect(opened.archive.current).not.toBe(built);
    expect(await speakers(opened)).toEqual(['ferry']);

    // Another instance indexes a new article: this one applies it to the engine it now serves.
    writeFiles(corpus, { 'bridge.md': story('Cedar Falls', 'Ana Ruiz', 'The bridge reopens in May') });
    const other = instance(url, corpus, tempDir());
    await other.source.load();
    await other.source.close();
    await served.source.refresh(opened);
    expect(await speakers(opened)).toEqual(['bridge', 'ferry']);
    await served.source.close();
  });

  it('never writes a snapshot from a one-off command', async () => {
    const corpus = tempDir();
    writeFiles(corpus, { 'ferry.md': story('Riverton', 'Mara Quill', 'The ferry runs until midnight') });
    const data = tempDir();
    const once = instance(await testDatabase(), corpus, data);
    await once.source.loadCurrent();
    await once.source.close();
    expect(() => rmSync(join(data, SNAPSHOT_FILE))).toThrow(/ENOENT/);
  });
});
