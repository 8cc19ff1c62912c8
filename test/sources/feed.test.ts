import { serve, startSite } from '../support/site';
import { openSources, source } from '../support/sourcesArchive';
import { articlePage, atom, jsonFeed, rdf, rss, summaryFeed } from './fixtures/feeds';

async function searchOne(
  services: ReturnType<Awaited<ReturnType<typeof openSources>>['services']>,
  words: string,
) {
  const r = await services.answers.search(words, 3);
  if (!r.ok) throw new Error(`search failed: ${JSON.stringify(r)}`);
  return r.answer.hits[0]?.citation ?? null;
}

describe('feed sources', () => {
  it('land RSS (content:encoded), Atom, RDF, JSON Feed and summary-only items, searchable with their metadata', async () => {
    const site = await startSite();
    site.routes.set('/rss.xml', serve(rss(site.origin), 'application/rss+xml; charset=utf-8', '"r1"'));
    site.routes.set('/atom.xml', serve(atom(site.origin), 'application/atom+xml'));
    site.routes.set('/rdf.xml', serve(rdf(site.origin), 'application/rdf+xml'));
    site.routes.set('/feed.json', serve(jsonFeed(site.origin), 'application/feed+json'));
    site.routes.set('/metro.xml', serve(summaryFeed(site.origin), 'application/rss+xml'));
    site.routes.set('/articles/tram-depot', serve(articlePage(), 'text/html; charset=utf-8'));
    const app = await openSources([
      source('ledger', 'feed', `${site.origin}/rss.xml`, { outlet: 'Riverton Ledger' }),
      source('courier', 'feed', `${site.origin}/atom.xml`, { outlet: 'Valley Courier' }),
      source('gazette', 'feed', `${site.origin}/rdf.xml`, { outlet: 'Hill Gazette' }),
      source('coast', 'feed', `${site.origin}/feed.json`, { outlet: 'Coastline Daily' }),
      source('metro', 'feed', `${site.origin}/metro.xml`),
    ]);
    const s = app.services();
    expect(await searchOne(s, 'night ferry midnight winter')).toMatchObject({
      title: 'Night ferry saved for the winter',
      outlet: 'Riverton Ledger',
      published: '2026-12-01',
      url: `${site.origin}/2026/12/01/night-ferry`,
    });
    expect(await searchOne(s, 'apple blossom late frost')).toMatchObject({
      title: 'Orchard growers count frost losses',
      outlet: 'Valley Courier',
      published: '2026-12-01',
    });
    expect(await searchOne(s, 'train Hillcrest five past six')).toMatchObject({
      outlet: 'Hill Gazette',
      published: '2026-11-29',
    });
    expect(await searchOne(s, 'seawall repair contract Portside')).toMatchObject({
      outlet: 'Coastline Daily',
      published: '2026-12-02',
    });
    expect(await searchOne(s, 'tram depot gasworks forty vehicles')).toMatchObject({
      title: 'Tram depot plan',
      outlet: 'Metro Wire',
      published: '2026-11-28',
      url: `${site.origin}/articles/tram-depot`,
    });
    const said = await s.answers.whosaid('Nurses and bakers ride that boat');
    expect(said.ok && said.answer.speaker).toBe('Talia Brandt');
    const byline = await s.answers.whosaid('This is the missing piece of the eastern line');
    expect(byline.ok && byline.answer.speaker).toBe('Gloria Mendes');
    for (const embed of [
      'harbour board #ferry',
      'trackRead',
      'view from the gasworks',
      'ruin the neighbourhood',
      'Bus fares frozen',
      'inbox every morning',
    ]) {
      const r = await s.answers.search(embed, 3);
      expect(r.ok && r.answer.hits.map((h) => h.citation.passage).join(' ')).not.toContain(embed);
    }
    const metas = await app.opened().archive.articleMetas();
    const byTitle = Object.fromEntries(metas.map((m) => [m.title, m.authors]));
    expect(byTitle).toEqual({
      'Night ferry saved for the winter': ['Oskar Lind'],
      'Library extends Sunday hours': ['Ama Ofori'],
      'Orchard growers count frost losses': ['Beatriz Solano'],
      'New rail timetable adds early train': ['Jonas Weber'],
      'Seawall contract goes to local firm': ['Priya Raman'],
      'Tram depot plan': ['Dmitri Volkov'],
    });
  });

  it('makes a conditional request on the second poll and changes nothing when the feed is unchanged', async () => {
    const site = await startSite();
    site.routes.set('/rss.xml', serve(rss(site.origin), 'application/rss+xml', '"etag-1"'));
    const app = await openSources([source('ledger', 'feed', `${site.origin}/rss.xml`)]);
    const before = app.opened().stats;
    await app.poll();
    expect(site.hits('/rss.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"etag-1"']);
    expect(app.opened().stats).toMatchObject({ articles: before.articles, indexed: 0, removed: 0 });
    expect(app.registry.statuses()[0]).toMatchObject({
      name: 'ledger',
      kind: 'feed',
      articles: 2,
      new: 0,
      updated: 0,
      removed: 0,
      error: null,
    });
  });

  it('remembers the ETag across a restart: the first poll after it is conditional and changes nothing', async () => {
    const site = await startSite();
    site.routes.set('/rss.xml', serve(rss(site.origin), 'application/rss+xml', '"etag-1"'));
    const first = await openSources([source('ledger', 'feed', `${site.origin}/rss.xml`)]);
    const restarted = await openSources([source('ledger', 'feed', `${site.origin}/rss.xml`)], {
      dataDir: first.dataDir,
    });
    expect(site.hits('/rss.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"etag-1"']);
    expect(restarted.registry.statuses()[0]).toMatchObject({ articles: 2, new: 0, updated: 0, error: null });
    expect((await searchOne(restarted.services(), 'night ferry winter'))?.title).toBe(
      'Night ferry saved for the winter',
    );
  });

  it('does not keep the ETag of a feed it could not read, so the next poll reads it whole', async () => {
    const site = await startSite();
    site.routes.set('/bad.xml', serve('<rss><channel><item><title>Broken', 'application/rss+xml', '"b1"'));
    const app = await openSources([source('broken', 'feed', `${site.origin}/bad.xml`)]);
    await app.poll();
    expect(site.hits('/bad.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
    expect(app.registry.statuses()[0]).toMatchObject({ lastSuccess: null, error: expect.any(String) });
  });

  it('keeps the other sources landing when one feed is malformed, and reports its error', async () => {
    const site = await startSite();
    site.routes.set('/bad.xml', serve('<rss><channel><item><title>Broken', 'application/rss+xml'));
    site.routes.set('/atom.xml', serve(atom(site.origin), 'application/atom+xml'));
    const app = await openSources([
      source('broken', 'feed', `${site.origin}/bad.xml`),
      source('courier', 'feed', `${site.origin}/atom.xml`),
    ]);
    expect(app.opened().stats.articles).toBe(1);
    const [broken, courier] = app.registry.statuses();
    expect(broken).toMatchObject({ lastSuccess: null, error: expect.stringMatching(/feed/i) });
    expect(courier).toMatchObject({ articles: 1, new: 1, error: null });
    expect(app.logs.some((l) => l.includes('broken: poll failed'))).toBe(true);
  });
});
