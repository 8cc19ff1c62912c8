import { join } from 'node:path';
import { DEFAULT_EVERY_MS, loadSourcesFile, parseEvery, SourcesFileError } from '../../src/sources/config';
import { tempDir, writeFiles } from '../support/tmp';

function fileWith(yaml: string): string {
  const dir = tempDir();
  writeFiles(dir, { 'sources.yml': yaml });
  return join(dir, 'sources.yml');
}

describe('sources.yml', () => {
  it('is the corpus folder alone when the file does not exist', () => {
    const sources = loadSourcesFile('/nonexistent/sources.yml', '/srv/corpus');
    expect(sources).toEqual([
      {
        name: 'corpus',
        kind: 'folder',
        url: null,
        path: '/srv/corpus',
        outlet: null,
        everyMs: DEFAULT_EVERY_MS,
        internal: false,
      },
    ]);
  });

  it('reads every kind, with folders relative to the file and durations', () => {
    const file = fileWith(`sources:
  - { name: archive, kind: folder, path: ./corpus }
  - { name: site, kind: feed, url: "https://news.example/feed.xml", outlet: Riverton Ledger, every: 5m }
  - { name: cms, kind: wordpress, url: "http://cms.internal/", internal: true, every: 90s }
  - { name: map, kind: sitemap, url: "https://news.example/news-sitemap.xml", every: 1h }
  - { name: wire, kind: ninjs, path: /var/wire/ninjs }
  - { name: g2, kind: newsml, path: wire/g2 }
  - { name: hook, kind: push }
`);
    const sources = loadSourcesFile(file, '/ignored');
    expect(sources.map((s) => [s.name, s.kind, s.url ?? s.path, s.everyMs, s.internal])).toEqual([
      ['archive', 'folder', join(file, '..', 'corpus'), DEFAULT_EVERY_MS, false],
      ['site', 'feed', 'https://news.example/feed.xml', 300_000, false],
      ['cms', 'wordpress', 'http://cms.internal/', 90_000, true],
      ['map', 'sitemap', 'https://news.example/news-sitemap.xml', 3_600_000, false],
      ['wire', 'ninjs', '/var/wire/ninjs', DEFAULT_EVERY_MS, false],
      ['g2', 'newsml', join(file, '..', 'wire/g2'), DEFAULT_EVERY_MS, false],
      ['hook', 'push', null, DEFAULT_EVERY_MS, false],
    ]);
    expect(sources[1]?.outlet).toBe('Riverton Ledger');
  });

  it.each([
    ['sources: []', 'sources', 'at least one source'],
    [
      'sources:\n  - { name: a, kind: rss, url: "https://x.example/" }',
      'sources[0].kind',
      'must be one of folder, feed',
    ],
    ['sources:\n  - { name: a, kind: feed }', 'sources[0].url', 'is required'],
    [
      'sources:\n  - { name: a, kind: feed, url: "ftp://x.example/feed" }',
      'sources[0].url',
      'http:// or https://',
    ],
    ['sources:\n  - { name: a, kind: ninjs }', 'sources[0].path', 'is required'],
    [
      'sources:\n  - { name: a, kind: feed, url: "https://x.example/", every: soon }',
      'sources[0].every',
      'a duration',
    ],
    ['sources:\n  - { name: "a b", kind: push }', 'sources[0].name', 'letters, digits'],
    ['sources:\n  - { name: a, kind: push }\n  - { name: a, kind: push }', 'sources[1].name', 'used twice'],
    ['sources:\n  - { name: a, kind: push, internal: "yes" }', 'sources[0].internal', 'true or false'],
    ['sources: [unclosed', 'file', 'not valid YAML'],
  ])('refuses %j naming the file and %s', (yaml, field, problem) => {
    const file = fileWith(yaml);
    let error: unknown;
    try {
      loadSourcesFile(file, '/c');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SourcesFileError);
    expect((error as Error).message).toContain(`SOURCES_FILE: ${file}: ${field}: `);
    expect((error as Error).message).toContain(problem);
  });

  it('reads durations in seconds, minutes and hours, and a bare number as minutes', () => {
    expect([parseEvery('30s'), parseEvery('10m'), parseEvery('2h'), parseEvery(15), parseEvery('x')]).toEqual(
      [30_000, 600_000, 7_200_000, 900_000, null],
    );
  });
});
