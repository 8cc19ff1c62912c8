import { decodeArticleBytes, REASONS, readArticleFile } from '../../src/corpus/readArticleFile';
import { tempDir, writeFiles } from '../support/tmp';

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 and drops a leading byte-order mark only', () => {
    const result = decodeArticleBytes(Buffer.from('\ufeffTitle\r\n\r\nBody “quoted”.', 'utf8'));
    expect(result).toMatchObject({ ok: true, text: 'Title\r\n\r\nBody “quoted”.' });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), REASONS.empty],
    ['white space only', Buffer.from(' \n\t\n'), REASONS.blank],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), REASONS.binary],
    [
      'bytes that are neither UTF-8 nor Windows-1252 text',
      Buffer.from([0x43, 0x61, 0x81, 0x02, 0xe9]),
      REASONS.notUtf8,
    ],
  ])('refuses %s with a reason', (_what, bytes, reason) => {
    expect(decodeArticleBytes(bytes)).toEqual({ ok: false, reason });
  });
});

it('reads a Windows-1252 (Latin-1) file instead of skipping it', () => {
  const bytes = Buffer.from([
    ...Buffer.from('Caf'),
    0xe9,
    ...Buffer.from(' owners said '),
    0x93,
    0x6e,
    0x6f,
    0x94,
    0x2e,
  ]);
  expect(decodeArticleBytes(bytes)).toMatchObject({ ok: true, text: 'Café owners said “no”.' });
});

describe('readArticleFile', () => {
  it('refuses a file over the size cap without reading it', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'big.md': 'x'.repeat(2048) });
    const result = await readArticleFile(`${dir}/big.md`, 2048, 1024);
    expect(result).toEqual({ ok: false, reason: REASONS.tooLarge(2048, 1024) });
  });

  it('reports a file that cannot be read', async () => {
    const result = await readArticleFile('/nonexistent/article.md', 10);
    expect(result).toEqual({ ok: false, reason: 'cannot be read (ENOENT)' });
  });
});
