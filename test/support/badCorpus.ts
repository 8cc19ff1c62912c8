/** A corpus folder with good articles and every kind of file that cannot be one. */
import { copyFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeFiles } from './tmp';

export const FIXTURES = join(__dirname, '../fixtures/articles');
export const GOOD_FIXTURES = ['harbor-bridge-vote.md', 'library-hours.txt'];

export function goodCorpus(): string {
  const dir = tempDir('newsdesk-corpus-');
  for (const name of GOOD_FIXTURES) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

export function badCorpus(): string {
  const dir = goodCorpus();
  writeFiles(dir, {
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'empty.txt': '',
    // Neither UTF-8 nor Windows-1252 text (a Latin-1 file is read: see readArticleFile's test).
    'garbled.txt': Buffer.from([0x52, 0x69, 0x76, 0x81, 0x02, 0x9d, 0x65, 0x72, 0x0a]),
    'huge.md': Buffer.alloc(10 * 1024 * 1024, 'a'),
  });
  symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
  return dir;
}
