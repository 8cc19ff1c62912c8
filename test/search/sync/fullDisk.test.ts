/**
 * A full disk (ENOSPC, injected where the index writes: its spill file in the temp folder and the snapshot in the
 * data folder) during a refresh: the refresh keeps the index answering, and once there is room again the next
 * refresh succeeds and saves; nothing stays broken until a restart.
 */
import fs, { readFileSync, writeFileSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { createMemoryLogger } from '../../../src/logger';
import { indexFingerprint, readSnapshot } from '../../../src/search/snapshot/snapshot';
import { INDEX_OPTIONS, openCorpusIndex, refreshCorpusIndex } from '../../../src/search/sync/openCorpusIndex';
import { goodCorpus } from '../../support/badCorpus';
import { tempDir } from '../../support/tmp';

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Every write of the index's files fails as on a full disk, until the returned function is called. */
function fillTheDisk(): () => void {
  const writes = jest.spyOn(fs, 'writeSync').mockImplementation(() => {
    throw enospc();
  });
  const opens = jest.spyOn(fsPromises, 'open').mockImplementation(async () => {
    throw enospc();
  });
  return () => {
    writes.mockRestore();
    opens.mockRestore();
  };
}

function addSentence(corpus: string, file: string, sentence: string): void {
  const path = join(corpus, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${sentence}\n`);
}

async function snapshotIds(data: string): Promise<string[]> {
  const read = await readSnapshot(data, indexFingerprint(INDEX_OPTIONS));
  if (read.state !== 'ok') throw new Error(`snapshot: ${read.state}`);
  read.snapshot.index.file?.close();
  return read.snapshot.items.map((i) => i.version).sort();
}

afterEach(() => jest.restoreAllMocks());

describe('a refresh on a full disk', () => {
  it('keeps answering, and the next refresh once there is room saves the snapshot and takes new edits', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const options = { corpusDir: corpus, dataDir: data, logger };
    const opened = await openCorpusIndex(options);
    const before = await snapshotIds(data);

    addSentence(corpus, 'library-hours.txt', 'The branches will also lend telescopes.');
    const room = fillTheDisk();
    const full = await refreshCorpusIndex(opened, options);
    room();
    expect(full.stats).toMatchObject({ indexed: 1 });
    expect(logger.lines.some((l) => /could not save the index snapshot.*ENOSPC/.test(l))).toBe(true);
    expect(await snapshotIds(data)).toEqual(before);
    const telescopes = await full.archive.searchPassages('telescopes', { limit: 3 });
    expect(telescopes).toHaveLength(1);
    expect((await full.archive.article(telescopes[0]?.article.id ?? ''))?.text).toContain('telescopes');

    // Room again: the next refresh saves what the failed save left out, though nothing changed since.
    const next = await refreshCorpusIndex(full, options);
    expect(next.stats.snapshot).toBe('updated');
    expect(await snapshotIds(data)).not.toEqual(before);

    // And the index still takes edits (a line lost mid-write would have broken its numbering for good).
    addSentence(corpus, 'library-hours.txt', 'Readers may borrow a microscope too.');
    const after = await refreshCorpusIndex(next, options);
    expect(after.stats).toMatchObject({ indexed: 1 });
    expect(await after.archive.searchPassages('microscope', { limit: 3 })).toHaveLength(1);
    expect(await after.archive.searchPassages('telescopes', { limit: 3 })).toHaveLength(1);
  });

  it('keeps an article whose spill line could not be written, readable in full', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const options = { corpusDir: corpus, dataDir: data, logger };
    const opened = await openCorpusIndex(options);
    addSentence(corpus, 'harbor-bridge-vote.md', 'The council will vote again in the autumn.');
    const room = fillTheDisk();
    try {
      const full = await refreshCorpusIndex(opened, options);
      const [hit] = await full.archive.searchPassages('autumn vote', { limit: 1 });
      expect((await full.archive.article(hit?.article.id ?? ''))?.text).toContain('again in the autumn');
      expect(await full.archive.quotesOf(hit?.article.id ?? '')).toEqual(expect.any(Array));
    } finally {
      room();
    }
  });
});
