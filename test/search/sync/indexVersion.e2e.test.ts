/**
 * The snapshot is keyed on INDEX_VERSION and the index options, not on the bytes of the code: a deploy that only
 * changes a comment in the indexing code reuses it (the built app is copied and a comment added to its indexing
 * files), where keying on the code would throw the index away.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { goodCorpus } from '../../support/badCorpus';
import { tempDir } from '../../support/tmp';

const ROOT = join(__dirname, '../../..');

function index(distDir: string, corpus: string, data: string): { snapshot: string; articles: number } {
  const out = execFileSync(
    process.execPath,
    [join(distDir, 'main.js'), 'index', '--corpus', corpus, '--data', data, '--json'],
    {
      env: { PATH: process.env.PATH, NODE_PATH: join(ROOT, 'node_modules') },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out);
}

describe('a deploy that changes no indexing', () => {
  it('reuses the snapshot when only comments in the indexing code changed', () => {
    const corpus = goodCorpus();
    const data = tempDir();
    expect(index(join(ROOT, 'dist'), corpus, data)).toMatchObject({ snapshot: 'built', articles: 2 });
    const deployed = join(tempDir(), 'dist');
    cpSync(join(ROOT, 'dist'), deployed, { recursive: true });
    for (const file of ['indexing/indexArticle.js', 'quotes/extractQuotes.js', 'dates/extractDates.js'])
      appendFileSync(join(deployed, file), '\n// a comment added by a later deploy\n');
    expect(index(deployed, corpus, data)).toMatchObject({ snapshot: 'reused', articles: 2 });
  });
});
