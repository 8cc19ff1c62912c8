import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryLogger } from '../../src/logger';
import { openCorpusIndex, refreshCorpusIndex } from '../../src/search/openCorpusIndex';
import { loadSnapshot, SNAPSHOT_FILE } from '../../src/search/snapshot';
import { badCorpus, goodCorpus } from '../support/badCorpus';
import { tempDir } from '../support/tmp';

async function open(corpusDir: string, dataDir: string) {
  const logger = createMemoryLogger('debug');
  const opened = await openCorpusIndex({ corpusDir, dataDir, logger });
  return { ...opened, lines: logger.lines };
}

describe('openCorpusIndex', () => {
  it('builds the index and saves a snapshot, then reuses it unchanged and says so at debug level', async () => {
    const corpus = goodCorpus();
    const data = join(tempDir(), 'data');
    const first = await open(corpus, data);
    expect(first.stats).toMatchObject({ articles: 2, snapshot: 'built', indexed: 2, reused: 0 });
    expect((await loadSnapshot(data, createMemoryLogger('debug')))?.files).toHaveLength(2);

    const second = await open(corpus, data);
    expect(second.stats).toMatchObject({ articles: 2, snapshot: 'reused', indexed: 0, reused: 2 });
    expect(second.lines).toContain('newsdesk debug: reused the index snapshot: all 2 articles unchanged');
    expect(second.archive.passages.search('harbor bridge', { limit: 3 }).length).toBeGreaterThan(0);
  });

  it('re-indexes only the edited article, and drops a removed one', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    await open(corpus, data);
    const file = join(corpus, 'library-hours.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe branches will also lend telescopes.\n`);
    const edited = await open(corpus, data);
    expect(edited.stats).toMatchObject({ snapshot: 'updated', indexed: 1, reused: 1, removed: 0 });
    expect(edited.archive.passages.search('telescopes', { limit: 3 })).toHaveLength(1);

    rmSync(join(corpus, 'harbor-bridge-vote.md'));
    const removed = await open(corpus, data);
    expect(removed.stats).toMatchObject({ snapshot: 'updated', articles: 1, indexed: 0, removed: 1 });
    expect(removed.archive.passages.search('harbor bridge', { limit: 3 })).toEqual([]);
  });

  it('refreshes an open index in place with what changed, and saves it for the next start', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const opened = await openCorpusIndex({ corpusDir: corpus, dataDir: data, logger });
    const file = join(corpus, 'library-hours.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe branches will also lend telescopes.\n`);
    rmSync(join(corpus, 'harbor-bridge-vote.md'));
    const refreshed = await refreshCorpusIndex(opened, { corpusDir: corpus, dataDir: data, logger });
    expect(refreshed.archive).toBe(opened.archive);
    expect(refreshed.stats).toMatchObject({ snapshot: 'updated', articles: 1, indexed: 1, removed: 1 });
    expect(opened.archive.passages.search('telescopes', { limit: 3 })).toHaveLength(1);
    expect(opened.archive.passages.search('harbor bridge', { limit: 3 })).toEqual([]);
    const again = await refreshCorpusIndex(refreshed, { corpusDir: corpus, dataDir: data, logger });
    expect(again.stats).toMatchObject({ snapshot: 'reused', indexed: 0 });
    expect((await open(corpus, data)).stats).toMatchObject({ snapshot: 'reused', articles: 1 });
  });

  it('does not re-index a file that was only touched', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    await open(corpus, data);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(corpus, 'library-hours.txt'), later, later);
    const touched = await open(corpus, data);
    expect(touched.stats).toMatchObject({ indexed: 0, reused: 2 });
    expect((await open(corpus, data)).stats.snapshot).toBe('reused');
  });

  it('rebuilds from a corrupt snapshot with a warning', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    writeFileSync(join(data, SNAPSHOT_FILE), '{"format": 1, "files": [');
    const opened = await open(corpus, data);
    expect(opened.stats).toMatchObject({ snapshot: 'built', articles: 2 });
    expect(
      opened.lines.some((l) => l.startsWith('newsdesk warn: index snapshot') && l.includes('unreadable')),
    ).toBe(true);
  });

  it('rebuilds when the snapshot was made with other index options', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    await open(corpus, data);
    const path = join(data, SNAPSHOT_FILE);
    const bytes = readFileSync(path);
    const headerEnd = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString('utf8', 0, headerEnd));
    const other = Buffer.from(JSON.stringify({ ...header, fingerprint: 'other-options' }));
    writeFileSync(path, Buffer.concat([other, bytes.subarray(headerEnd)]));
    expect((await open(corpus, data)).stats.snapshot).toBe('built');
  });

  it('rebuilds with a warning from a snapshot cut short, and answers as before', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const built = await open(corpus, data);
    const path = join(data, SNAPSHOT_FILE);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    const reopened = await open(corpus, data);
    expect(reopened.stats).toMatchObject({ snapshot: 'built', articles: 2 });
    expect(
      reopened.lines.some((l) => l.startsWith('newsdesk warn: index snapshot') && l.includes('unreadable')),
    ).toBe(true);
    const ids = (o: typeof built) =>
      o.archive.passages.search('library', { limit: 5 }).map((h) => h.passage.id);
    expect(ids(reopened)).toEqual(ids(built));
  });

  it('loads the good articles of a folder with bad files and warns once per bad file, naming it and why', async () => {
    const opened = await open(badCorpus(), tempDir());
    expect(opened.stats.articles).toBe(2);
    const warnings = opened.lines.filter((l) => l.startsWith('newsdesk warn:'));
    expect(warnings.sort()).toEqual([
      'newsdesk warn: skipped binary.md: binary file (contains NUL bytes), not an article',
      'newsdesk warn: skipped empty.txt: empty file',
      'newsdesk warn: skipped huge.md: too large (10.0 MB; the limit is 2.0 MB)',
      'newsdesk warn: skipped latin1.txt: not valid UTF-8 (a Latin-1 or Windows-1252 file? convert it: iconv -f latin1 -t utf-8)',
      'newsdesk warn: skipped passwd.txt: a symlink leading outside the corpus folder (not followed)',
    ]);
    expect(opened.skipped.map((s) => s.file).sort()).toEqual([
      'binary.md',
      'empty.txt',
      'huge.md',
      'latin1.txt',
      'passwd.txt',
    ]);
  });

  it('keeps working in memory when the data folder cannot be written', async () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const opened = await open(goodCorpus(), join(blocker, 'data'));
    expect(opened.stats.articles).toBe(2);
    expect(opened.lines.some((l) => l.startsWith('newsdesk warn: could not save the index snapshot'))).toBe(
      true,
    );
  });
});
