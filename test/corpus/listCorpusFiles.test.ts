import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusUnreadableError, LISTING_REASONS, listCorpusFiles } from '../../src/corpus/listCorpusFiles';
import { tempDir, writeFiles } from '../support/tmp';

describe('listCorpusFiles', () => {
  it('lists .md and .txt files in sub-folders by id, and skips hidden files silently', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': 'A', '2025/b.txt': 'B', '.DS_Store': 'x', '.git/c.md': 'C' });
    const listing = await listCorpusFiles(dir);
    expect(listing.files.map((f) => [f.id, f.file])).toEqual([
      ['b', '2025/b.txt'],
      ['a', 'a.md'],
    ]);
    expect(listing.skipped).toEqual([]);
  });

  it('refuses the second file with an id already taken, naming both', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'story.md': 'A', 'story.txt': 'B' });
    const listing = await listCorpusFiles(dir);
    expect(listing.files.map((f) => f.file)).toEqual(['story.md']);
    expect(listing.skipped).toEqual([
      { file: 'story.txt', reason: LISTING_REASONS.duplicateId('story', 'story.md') },
    ]);
    expect(listing.skipped[0]?.reason).toContain('story.md');
  });

  it('does not follow a symlink out of the folder, and follows one that stays inside', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'real/inside.md': 'Inside.' });
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync(join(dir, 'real/inside.md'), join(dir, 'alias.md'));
    symlinkSync('/etc', join(dir, 'etc'));
    const listing = await listCorpusFiles(dir);
    expect(listing.files.map((f) => f.id).sort()).toEqual(['alias', 'inside']);
    expect(listing.skipped).toEqual([
      { file: 'etc', reason: LISTING_REASONS.symlinkOutside },
      { file: 'passwd.txt', reason: LISTING_REASONS.symlinkOutside },
    ]);
  });

  it('reports files that are not articles', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'photo.jpg': 'x', 'story.md': 'Story.' });
    const listing = await listCorpusFiles(dir);
    expect(listing.skipped).toEqual([{ file: 'photo.jpg', reason: LISTING_REASONS.notArticle }]);
  });

  it('throws CorpusUnreadableError for a missing folder or a file in its place', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'file.md': 'x' });
    mkdirSync(join(dir, 'empty'));
    await expect(listCorpusFiles(join(dir, 'missing'))).rejects.toThrow(CorpusUnreadableError);
    await expect(listCorpusFiles(join(dir, 'file.md'))).rejects.toThrow('not a folder');
    await expect(listCorpusFiles(join(dir, 'empty'))).resolves.toEqual({ files: [], skipped: [] });
  });
});
