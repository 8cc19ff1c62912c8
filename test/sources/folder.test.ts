import { openSources, source } from '../support/sourcesArchive';
import { tempDir, writeFiles } from '../support/tmp';
import { articlePage } from './fixtures/feeds';

describe('the folder source', () => {
  it('reads a saved .html page (embeds out, JSON-LD metadata) and a Windows-1252 file instead of skipping them', async () => {
    const dir = tempDir();
    const latin = Buffer.concat([
      Buffer.from('---\ntitle: Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' owners protest\n---\n\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(' owners in Riverton said the new terrace rules were '),
      Buffer.from([0x93]),
      Buffer.from('plainly unfair'),
      Buffer.from([0x94]),
      Buffer.from(' and asked the council to wait a year.\n'),
    ]);
    writeFiles(dir, { 'tram-depot.html': articlePage(), 'terrace.txt': latin });
    const app = await openSources([source('archive', 'folder', dir)]);
    expect(app.opened().stats.articles).toBe(2);
    const tram = await app.services().answers.search('tram depot gasworks', 1);
    expect(tram.ok && tram.answer.hits[0]?.citation).toMatchObject({
      articleId: 'tram-depot',
      title: 'Tram depot plan unveiled',
      outlet: 'Metro Wire',
      published: '2026-11-28',
    });
    const embeds = await app.services().answers.search('view from the gasworks Instagram', 3);
    expect(embeds.ok && embeds.answer.hits.map((h) => h.citation.passage).join(' ')).not.toContain(
      'Look at this view',
    );
    const cafe = await app.services().answers.search('terrace rules unfair', 1);
    expect(cafe.ok && cafe.answer.hits[0]?.citation).toMatchObject({
      title: 'Café owners protest',
      passage: expect.stringContaining('“plainly unfair”'),
    });
  });
});
