/**
 * The part of the snapshot read at start is mapped (native/mapFile.c) rather than read: the same answers, every
 * byte still checked, and the file never written through the mapping.
 */
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnswers } from '../../../src/answers/answers';
import { createMemoryLogger } from '../../../src/logger';
import { EmbeddedArchive } from '../../../src/search/embeddedArchive';
import { fileMapper, MAP_ALIGN, mapperMissing } from '../../../src/search/snapshot/mappedFile';
import {
  indexFingerprint,
  readSnapshot,
  SNAPSHOT_FILE,
  type StartRead,
  snapshotLayout,
} from '../../../src/search/snapshot/snapshot';
import { INDEX_OPTIONS, openCorpusIndex } from '../../../src/search/sync/openCorpusIndex';
import { SEED_CORPUS } from '../../support/cli';
import { tempDir } from '../../support/tmp';

const QUESTIONS = {
  search: ['tariff', 'cartel extradition', 'El Mencho bounty'],
  whosaid: ["It's not a negotiating tactic", 'we will not negotiate'],
  timeline: ['tariff', 'cartels'],
  ask: ['How much is the bounty on El Mencho?', 'Who is Geoffrey Corn?'],
} as const;

/** The seed corpus indexed and saved into a data folder of its own. */
async function savedSeed(): Promise<string> {
  const dataDir = tempDir();
  await openCorpusIndex({ corpusDir: SEED_CORPUS, dataDir, logger: createMemoryLogger() });
  return dataDir;
}

async function answersOf(dataDir: string, how: StartRead) {
  const read = await readSnapshot(dataDir, indexFingerprint(INDEX_OPTIONS), 'now', how);
  if (read.state !== 'ok') throw new Error(`the snapshot opened as ${read.state}`);
  const answers = createAnswers(EmbeddedArchive.fromData(read.snapshot.index));
  const out: unknown[] = [];
  for (const [command, inputs] of Object.entries(QUESTIONS)) {
    const run = answers[command as keyof typeof QUESTIONS] as (input: string) => Promise<unknown>;
    for (const input of inputs) out.push([command, input, await run(input)]);
  }
  read.snapshot.index.file?.close();
  return { startPart: read.snapshot.startPart, out };
}

describe('the snapshot mapped at start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await savedSeed();
  });

  it('has the mapping addon built by npm ci (else every start reads the snapshot into memory)', () => {
    expect(mapperMissing()).toBe('');
    expect(fileMapper()).not.toBeNull();
  });

  it('opens mapped, with the same answers as the snapshot read into memory', async () => {
    const mapped = await answersOf(dataDir, 'map');
    const read = await answersOf(dataDir, 'read');
    const layout = await snapshotLayout(dataDir);
    const eager = layout.slice(
      layout.findIndex((s) => s.name === 'items'),
      -2,
    );
    const bytes = eager.reduce((sum, s) => sum + s.end - s.start, 0);
    expect(mapped.startPart).toEqual({ how: 'mapped', bytes });
    expect(read.startPart).toEqual({ how: 'read', why: 'it was asked to be read' });
    expect(JSON.stringify(mapped.out)).toContain('El Mencho');
    expect(mapped.out).toEqual(read.out);
  });

  it('starts the part read at start on an 8-byte boundary of the file, after a padding section', async () => {
    const layout = await snapshotLayout(dataDir);
    const names = layout.map((s) => s.name);
    expect(names.indexOf('padding')).toBe(names.indexOf('items') - 1);
    expect((layout.find((s) => s.name === 'items')?.start ?? 1) % 8).toBe(0);
  });

  it('finds a flipped byte in each mapped section before answering from it', async () => {
    const bytes = readFileSync(join(dataDir, SNAPSHOT_FILE));
    const layout = await snapshotLayout(dataDir);
    const start = layout.findIndex((s) => s.name === 'items');
    for (const section of layout.slice(start, layout.length - 2)) {
      const dir = tempDir();
      const copy = Buffer.from(bytes);
      const at = Math.floor((section.start + section.end) / 2);
      copy[at] = (copy[at] as number) ^ 0x10;
      writeFileSync(join(dir, SNAPSHOT_FILE), copy);
      const read = await readSnapshot(dir, indexFingerprint(INDEX_OPTIONS), 'behind', 'map');
      expect([section.name, read]).toEqual([
        section.name,
        { state: 'corrupt', reason: `section ${section.name} fails its checksum` },
      ]);
    }
  });
});

describe('mapFile', () => {
  const mapFile = fileMapper();
  if (!mapFile) throw new Error(`no mapping addon: ${mapperMissing()}`);

  it('maps a file from a page boundary; a write to the mapping changes a copy, never the file', () => {
    const path = join(tempDir(), 'pages.bin');
    const content = Buffer.alloc(MAP_ALIGN + 100, 'a');
    content.write('second page', MAP_ALIGN);
    writeFileSync(path, content);
    const fd = openSync(path, 'r');
    try {
      const tail = new Uint8Array(mapFile(fd, MAP_ALIGN, 100));
      expect(Buffer.from(tail).subarray(0, 11).toString()).toBe('second page');
      tail[0] = 'S'.charCodeAt(0);
      expect(tail[0]).toBe('S'.charCodeAt(0));
      expect(
        readFileSync(path)
          .subarray(MAP_ALIGN, MAP_ALIGN + 11)
          .toString(),
      ).toBe('second page');
    } finally {
      closeSync(fd);
    }
  });

  it('says what was wrong with a bad call', () => {
    const path = join(tempDir(), 'small.bin');
    writeFileSync(path, 'x'.repeat(100));
    const fd = openSync(path, 'r');
    try {
      expect(() => mapFile(fd, 1, 10)).toThrow('mapFile: Invalid argument');
      expect(() => mapFile(fd, 0, 0)).toThrow('mapFile: takes a descriptor, an offset and a positive length');
      expect(() => mapFile(-1, 0, 10)).toThrow(
        'mapFile: takes a descriptor, an offset and a positive length',
      );
    } finally {
      closeSync(fd);
    }
  });
});
