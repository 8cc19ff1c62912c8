/** Many sources, most of them misbehaving at once: each failure is reported on its source and the good one lands. */
import { serve, startSite } from '../support/site';
import { openSources, source } from '../support/sourcesArchive';
import { atom, summaryFeed } from './fixtures/feeds';

it('lands the good feed while 429, 500, 30 MB, slow, malformed and loopback-redirect sources each fail on their own', async () => {
  const site = await startSite();
  let busy = 0;
  const mb = Buffer.alloc(1024 * 1024, 'x');
  site.routes.set('/good.xml', serve(atom(site.origin), 'application/atom+xml'));
  site.routes.set('/busy.xml', (req, res) => {
    busy++;
    if (busy === 1) {
      res.writeHead(429, { 'retry-after': '1' });
      res.end();
    } else
      serve(
        atom(site.origin).replaceAll('entry-88', 'entry-89').replace('Orchard growers', 'Cider makers'),
        'application/atom+xml',
      )(req, res);
  });
  site.routes.set('/broken.xml', (_req, res) => {
    res.writeHead(500);
    res.end('database down');
  });
  site.routes.set('/huge.xml', (_req, res) => {
    res.writeHead(200, { 'content-length': String(30 * mb.length), 'content-type': 'application/rss+xml' });
    res.on('error', () => undefined);
    res.write(mb);
  });
  site.routes.set('/slow.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<rss version="2.0"><channel>');
  });
  site.routes.set(
    '/malformed.xml',
    serve('<rss version="2.0"><channel><item><title>Half a feed', 'application/rss+xml'),
  );
  site.routes.set('/hop.xml', (_req, res) => {
    res.writeHead(302, { location: `http://localhost:${site.port}/good.xml` });
    res.end();
  });
  site.routes.set('/embeds.xml', serve(summaryFeed(site.origin), 'application/rss+xml'));
  site.routes.set(
    '/articles/tram-depot',
    serve(
      `<html><body><article><p>The tram depot will have room for forty vehicles, the city said on Saturday.</p>${'<blockquote class="twitter-tweet"><p>Angry post about trams</p></blockquote><iframe src="x"></iframe><script>ad()</script><aside class="related">Related: Other story</aside>'.repeat(20)}</article></body></html>`,
      'text/html',
    ),
  );
  const feed = (name: string, path: string) => source(name, 'feed', `${site.origin}${path}`);
  const app = await openSources([
    feed('good', '/good.xml'),
    feed('busy', '/busy.xml'),
    feed('broken', '/broken.xml'),
    feed('huge', '/huge.xml'),
    feed('slow', '/slow.xml'),
    feed('malformed', '/malformed.xml'),
    feed('hop', '/hop.xml'),
    feed('embeds', '/embeds.xml'),
  ]);
  const status = Object.fromEntries(app.registry.statuses().map((s) => [s.name, s]));
  expect(status.good).toMatchObject({ articles: 1, error: null });
  expect(status.busy).toMatchObject({ articles: 1, error: null });
  expect(status.broken?.error).toContain('HTTP 500');
  expect(status.huge?.error).toContain('larger than the 2.0 MB limit');
  expect(status.slow?.error).toContain('no complete answer within 1500 ms');
  expect(status.malformed?.error).toBeTruthy();
  expect(status.hop?.error).toContain('refused: localhost is a private or loopback address');
  expect(status.embeds).toMatchObject({ articles: 1, error: null });
  const s = app.services();
  const hits = async (words: string) => {
    const r = await s.answers.search(words, 5);
    return r.ok ? r.answer.hits.map((h) => h.citation.passage).join(' ') : '';
  };
  expect(await hits('apple blossom frost')).toContain('upper valley');
  expect(await hits('tram depot forty vehicles')).toContain('room for forty vehicles');
  expect(await hits('angry post trams related other story')).not.toMatch(/Angry post|Other story|ad\(\)/);
});
