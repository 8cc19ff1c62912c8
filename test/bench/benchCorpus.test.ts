import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchArticle, readSources, writeBenchCorpus } from '../../src/bench/benchCorpus';
import { parseArticle } from '../../src/corpus/parseArticle';
import { tempDir, writeFiles } from '../support/tmp';

const SOURCE =
  '---\ntitle: "Council votes"\noutlet: "The Riverton Ledger"\npublished: 2019-04-02\n---\n\nThe council voted.\n';

describe('the benchmark corpus', () => {
  it('copies real articles under new slugs, re-dated one day per round, text unchanged', async () => {
    const src = tempDir();
    writeFiles(src, { 'a.md': SOURCE, 'b.txt': 'Plain text, no front matter.\n', 'notes.json': '{}' });
    const sources = await readSources(src);
    expect(sources).toHaveLength(2);
    const out = join(tempDir(), 'corpus');
    await writeBenchCorpus(sources, out, 5);
    expect(readdirSync(out).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `bench-00000${i}.md`));
    const third = parseArticle({
      id: 'x',
      file: 'x.md',
      text: readFileSync(join(out, 'bench-000002.md'), 'utf8'),
    });
    expect(third.article.published).toBe('2015-01-02');
    expect(third.article.title).toBe('Council votes');
    expect(third.article.text).toContain('The council voted.');
    expect(benchArticle(sources, 1)).toContain('Plain text, no front matter.');
  });

  it('a folder without articles is refused with its name', async () => {
    const empty = tempDir();
    await expect(readSources(empty)).rejects.toThrow(empty);
  });

  it('a missing source folder is named, with the option that picks another', async () => {
    const missing = join(tempDir(), 'nowhere');
    await expect(readSources(missing)).rejects.toThrow(
      `cannot read the source articles in ${missing} (ENOENT); pass --source DIR`,
    );
  });
});
