import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Services } from '../../src/commands/services';
import { serve, startSite } from '../support/site';
import { openSources, source } from '../support/sourcesArchive';
import { tempDir, writeFiles } from '../support/tmp';
import { heatPage, newsmlItem, newsSitemap, ninjsItem, WP_POSTS, wpPost } from './fixtures/wire';

async function top(s: Services, words: string) {
  const r = await s.answers.search(words, 3);
  return r.ok ? (r.answer.hits[0]?.citation ?? null) : null;
}

const RETREAT_QUOTE = 'The ice front is retreating faster than any of our models predicted';

/** Who said the quote, as /whosaid answers it; null when the archive does not carry it. */
async function speakerOf(s: Services, quote: string): Promise<string | null> {
  const r = await s.answers.whosaid(quote);
  return r.ok ? (r.answer.speaker ?? null) : null;
}

describe('wordpress', () => {
  it('reads every page of posts, then increments with modified_after, and drops a deleted post', async () => {
    const site = await startSite();
    let posts = [...WP_POSTS];
    site.routes.set('/wp-json/wp/v2/posts', (req, res) => {
      const url = new URL(req.url ?? '/', site.origin);
      const after = url.searchParams.get('modified_after');
      const list = after ? posts.filter((p) => String(p.modified_gmt) > after) : posts;
      const perPage = 2; // the server pages by 2 whatever is asked, as a small site might
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = list.slice((page - 1) * perPage, page * perPage);
      const body = url.searchParams.get('_fields') === 'id' ? slice.map((p) => ({ id: p.id })) : slice;
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-wp-totalpages': String(Math.ceil(list.length / perPage)),
      });
      res.end(JSON.stringify(body));
    });
    const app = await openSources([
      source('cms', 'wordpress', `${site.origin}/`, { outlet: 'Portside Herald' }),
    ]);
    expect(app.opened().stats.articles).toBe(3);
    expect(await top(app.services(), 'dock workers strike pay rise')).toMatchObject({
      title: 'Dockers’ strike called off',
      outlet: 'Portside Herald',
      published: '2026-12-01',
      url: 'https://cms.example/?p=101',
    });
    expect((await app.opened().archive.articleMetas()).every((m) => m.authors[0] === 'Noor Haddad')).toBe(
      true,
    );
    posts = [
      wpPost(
        101,
        'Dockers’ strike called off',
        ['Dock workers at Portside ended their strike on Monday night after a five per cent offer.'],
        '2026-12-02T08:00:00',
      ),
      WP_POSTS[2] as Record<string, unknown>,
    ];
    await app.poll();
    const increments = site.requests.filter((r) => r.path.includes('modified_after='));
    expect(increments.length).toBeGreaterThan(0);
    expect(app.registry.statuses()[0]).toMatchObject({ new: 0, updated: 1, removed: 1, articles: 2 });
    expect(await top(app.services(), 'market hall restoration')).toBeNull();
    expect((await top(app.services(), 'dock workers strike'))?.passage).toContain('five per cent');

    const before = site.requests.length;
    const restarted = await openSources([source('cms', 'wordpress', `${site.origin}/`)], {
      dataDir: app.dataDir,
    });
    const listings = site.requests
      .slice(before)
      .filter((r) => r.path.startsWith('/wp-json/') && !r.path.includes('_fields=id'));
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.every((r) => r.path.includes('modified_after=2026-12-02T08'))).toBe(true);
    expect(restarted.registry.statuses()[0]).toMatchObject({ new: 0, updated: 0, removed: 0, articles: 2 });
  });
});

describe('sitemap', () => {
  it('reads a Google News sitemap and each article page', async () => {
    const site = await startSite();
    site.routes.set('/news-sitemap.xml', serve(newsSitemap(site.origin), 'application/xml'));
    site.routes.set('/news/heatwave-warning', serve(heatPage(), 'text/html'));
    const app = await openSources([source('echo', 'sitemap', `${site.origin}/news-sitemap.xml`)]);
    expect(await top(app.services(), 'heat warning thirty-four degrees')).toMatchObject({
      title: 'Heat warning for the weekend',
      outlet: 'Southern Echo Post',
      published: '2026-12-01',
      url: `${site.origin}/news/heatwave-warning`,
    });
    const said = await app.services().answers.whosaid('Check on elderly neighbours');
    expect(said.ok && said.answer.speaker).toBe('Helen Marsh');
    expect((await app.opened().archive.articleMetas())[0]?.authors).toEqual(['Kofi Mensah']);
  });
});

describe('ninjs drop folder', () => {
  it('lands items, removes a withdrawn one, and holds an embargoed one until it lifts', async () => {
    const dir = tempDir();
    let now = new Date('2026-12-01T12:00:00Z');
    writeFiles(dir, {
      'glacier.json': ninjsItem('urn:wire:glacier-1'),
      'budget.json': ninjsItem('urn:wire:budget-7', {
        headline: 'Budget to fund rural buses',
        byline: 'By Ana Lima and Rui Costa',
        embargoed: '2026-12-01T15:00:00Z',
        body_html:
          '<p>The budget will set aside money for rural bus routes that lost their subsidy last year, the finance minister will announce.</p>',
      }),
      'notes.txt': 'not a wire item',
    });
    const app = await openSources([source('wire', 'ninjs', dir, { outlet: 'Wire Service' })], {
      now: () => now,
    });
    expect(await top(app.services(), 'Hallberg glacier ice front')).toMatchObject({
      title: 'Glacier retreat speeds up, survey finds',
      outlet: 'Wire Service',
      published: '2026-12-01',
    });
    expect(await top(app.services(), 'rural bus routes subsidy')).toBeNull();
    expect(await speakerOf(app.services(), RETREAT_QUOTE)).toBe('Petra Lund');
    expect(app.registry.statuses()[0]).toMatchObject({ articles: 1, held: 1 });
    now = new Date('2026-12-01T15:00:01Z');
    await app.sync();
    expect(await top(app.services(), 'rural bus routes subsidy')).toMatchObject({
      title: 'Budget to fund rural buses',
    });
    expect(
      (await app.opened().archive.articleMetas()).find((m) => m.title?.startsWith('Budget'))?.authors,
    ).toEqual(['Ana Lima', 'Rui Costa']);
    writeFileSync(
      join(dir, 'glacier-kill.json'),
      ninjsItem('urn:wire:glacier-1', { pubstatus: 'withdrawn', version: '2' }),
    );
    await app.poll();
    expect(await top(app.services(), 'Hallberg glacier ice front')).toBeNull();
    expect(await speakerOf(app.services(), RETREAT_QUOTE)).toBeNull();
    const digest = await app.services().digest({ since: '2026-12-01', until: '2026-12-01' });
    expect(JSON.stringify(digest)).not.toContain('Hallberg');
    expect(app.registry.statuses()[0]).toMatchObject({ removed: 1, articles: 1 });
  });
});

describe('NewsML-G2 drop folder', () => {
  it('lands a newsItem with its headline, creator, provider and time, and removes it when withdrawn', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ferry.xml': newsmlItem('urn:newsml:nwa.example:20261201:ferry-1') });
    const app = await openSources([source('nwa', 'newsml', dir)]);
    expect(await top(app.services(), 'ferry crews Baltic strike rest periods')).toMatchObject({
      title: 'Ferry strike ends after overnight talks',
      outlet: 'Nordic Wire Agency',
      published: '2026-12-01',
    });
    expect((await app.opened().archive.articleMetas())[0]?.authors).toEqual(['Mikko Salo']);
    writeFiles(dir, { 'bad.xml': '<newsItem guid="x"><itemMeta></newsItem>' });
    writeFiles(dir, {
      'ferry-withdrawn.xml': newsmlItem('urn:newsml:nwa.example:20261201:ferry-1', 'stat:withdrawn'),
    });
    await app.poll();
    expect(await top(app.services(), 'ferry crews Baltic strike')).toBeNull();
    expect(app.logs.some((l) => l.includes('skipped bad.xml: malformed XML'))).toBe(true);
  });
});
