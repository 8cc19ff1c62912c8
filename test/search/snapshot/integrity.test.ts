/**
 * Every byte of a snapshot is checked when it is opened: a flipped byte in any section, the table of sections or
 * the trailer is found before anything is served from the file. A running app leaves the article and quote lines
 * to be checked behind its first answers; each of those lines is checked on its own whenever it is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexArticle } from '../../../src/indexing/indexArticle';
import { createMemoryLogger } from '../../../src/logger';
import { EmbeddedArchive } from '../../../src/search/embeddedArchive';
import {
  indexFingerprint,
  makeSnapshot,
  readSnapshot,
  SNAPSHOT_FILE,
  SNAPSHOT_FORMAT,
  saveSnapshot,
  snapshotLayout,
} from '../../../src/search/snapshot/snapshot';
import { DamagedLineError } from '../../../src/search/stores/lineStore';
import type { FileState } from '../../../src/sources/folderSource';
import { articleFrom } from '../../support/article';
import { tempDir } from '../../support/tmp';

const FINGERPRINT = indexFingerprint({ integrity: true });

const SECTIONS = [
  'header',
  'records',
  'quotes',
  'padding',
  'items',
  'sourceState',
  'metas',
  'days',
  'recordLines',
  'passageTable',
  'quoteLines',
  'quotePostings',
  'passagePostings',
  'table',
  'trailer',
];

const articles = [
  articleFrom(
    '"The pier reopens once the pilings are replaced," said Maria Kessel, the port director, on Monday.\n\n' +
      'Fishing boats will moor at the north basin until then.',
    { id: 'pier', published: '2025-04-07' },
  ),
  articleFrom('"We counted every ballot twice," the county clerk, Joe Varga, said on Thursday.', {
    id: 'count',
    published: '2025-04-10',
  }),
];

/** A saved snapshot of two articles with quotes, and its bytes. */
async function savedSnapshot(): Promise<{ dir: string; bytes: Buffer }> {
  const archive = EmbeddedArchive.create();
  for (const a of articles) archive.putNow(indexArticle(a), `v-${a.id}`);
  const items = [...(await archive.versions())].map(([id, version]) => ({
    id,
    version,
    firstIndexedAt: '2025-04-11T00:00:00.000Z',
  }));
  const sourceState: FileState[] = [
    { file: 'pier.md', size: 120, mtimeMs: 1, id: 'pier', version: 'v-pier' },
  ];
  const snapshot = makeSnapshot({
    fingerprint: FINGERPRINT,
    savedAt: '2025-04-11T00:00:00.000Z',
    items,
    sourceState,
    index: await archive.export(),
  });
  const dir = tempDir();
  expect(await saveSnapshot(dir, snapshot, createMemoryLogger('debug'))).toBe(true);
  return { dir, bytes: readFileSync(join(dir, SNAPSHOT_FILE)) };
}

/** Opens a copy of the snapshot with the byte at `at` changed by `xor`. */
async function openFlipped(bytes: Buffer, at: number, xor = 0x01) {
  const dir = tempDir();
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] as number) ^ xor;
  writeFileSync(join(dir, SNAPSHOT_FILE), copy);
  const read = await readSnapshot(dir, FINGERPRINT);
  if (read.state === 'ok') read.snapshot.index.file?.close();
  return read;
}

describe(`snapshot integrity (format ${SNAPSHOT_FORMAT})`, () => {
  let saved: { dir: string; bytes: Buffer };
  let layout: Awaited<ReturnType<typeof snapshotLayout>>;

  beforeAll(async () => {
    saved = await savedSnapshot();
    layout = await snapshotLayout(saved.dir);
  });

  it('opens the snapshot as written, and its sections cover every byte in order', async () => {
    const read = await readSnapshot(saved.dir, FINGERPRINT);
    expect(read.state).toBe('ok');
    if (read.state === 'ok') read.snapshot.index.file?.close();
    expect(layout.map((s) => s.name)).toEqual(SECTIONS);
    expect(layout[0]?.start).toBe(0);
    for (let i = 1; i < layout.length; i++) expect(layout[i]?.start).toBe(layout[i - 1]?.end);
    expect(layout[layout.length - 1]?.end).toBe(saved.bytes.length);
  });

  it.each(SECTIONS)(
    'finds one flipped byte in the %s section (first, middle and last byte)',
    async (name) => {
      const section = layout.find((s) => s.name === name);
      if (!section) throw new Error(`no section ${name}`);
      expect(section.end).toBeGreaterThan(section.start);
      const middle = Math.floor((section.start + section.end) / 2);
      for (const at of new Set([section.start, middle, section.end - 1])) {
        for (const xor of [0x01, 0x20, 0x80]) {
          const read = await openFlipped(saved.bytes, at, xor);
          expect({ at, xor, state: read.state }).toEqual({ at, xor, state: 'corrupt' });
        }
      }
    },
  );

  it('finds a flipped byte anywhere in the file', async () => {
    const missed: number[] = [];
    for (let at = 0; at < saved.bytes.length; at++) {
      if ((await openFlipped(saved.bytes, at)).state !== 'corrupt') missed.push(at);
    }
    expect(missed).toEqual([]);
  }, 60_000);

  it("finds one changed word in an article's line, which would otherwise be served as its text", async () => {
    const text = saved.bytes.toString('latin1');
    const at = text.indexOf('north basin');
    const records = layout.find((s) => s.name === 'records');
    expect(at).toBeGreaterThan(records?.start ?? Number.POSITIVE_INFINITY);
    const dir = tempDir();
    const copy = Buffer.from(saved.bytes);
    copy.write('south', at, 'latin1');
    writeFileSync(join(dir, SNAPSHOT_FILE), copy);
    const read = await readSnapshot(dir, FINGERPRINT);
    expect(read).toEqual({ state: 'corrupt', reason: 'section records fails its checksum' });
  });

  it('with its lines checked behind (a running app): answers at once, never serves a damaged line, and the check finds it', async () => {
    const dir = tempDir();
    const copy = Buffer.from(saved.bytes);
    copy.write('south', copy.indexOf('north basin'), 'latin1');
    writeFileSync(join(dir, SNAPSHOT_FILE), copy);
    const read = await readSnapshot(dir, FINGERPRINT, 'behind');
    if (read.state !== 'ok') throw new Error(`opened as ${read.state}`);
    const { records } = read.snapshot.index.passages;
    const texts = [0, 1].map((n) => {
      try {
        return JSON.stringify(records.get(n));
      } catch (err) {
        return err instanceof DamagedLineError ? 'damaged' : String(err);
      }
    });
    expect(texts.filter((t) => t === 'damaged')).toHaveLength(1);
    expect(texts.join(' ')).not.toContain('south basin');
    expect(texts.join(' ')).toContain('ballot');
    await expect(read.snapshot.checked).rejects.toThrow('section records fails its checksum');
    read.snapshot.index.file?.close();
    const sound = await readSnapshot(saved.dir, FINGERPRINT, 'behind');
    if (sound.state !== 'ok') throw new Error(`opened as ${sound.state}`);
    await expect(sound.snapshot.checked).resolves.toBeUndefined();
    sound.snapshot.index.file?.close();
  });

  it('says a snapshot cut short is corrupt, and one of another format is of another format', async () => {
    const cut = tempDir();
    writeFileSync(join(cut, SNAPSHOT_FILE), saved.bytes.subarray(0, saved.bytes.length - 200));
    expect((await readSnapshot(cut, FINGERPRINT)).state).toBe('corrupt');
    const older = tempDir();
    const previous = SNAPSHOT_FORMAT - 1;
    const header = `{"format":${previous},"fingerprint":"x","savedAt":""}\n{"eager":1}\n`;
    writeFileSync(join(older, SNAPSHOT_FILE), header);
    expect(await readSnapshot(older, FINGERPRINT)).toEqual({ state: 'other-format', format: previous });
  });
});
