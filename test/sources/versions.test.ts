import type { Services } from '../../src/commands/services';
import { CORRECTION_RULES, correctionRuleFor } from '../../src/sources/correctionRules';
import { serve, startSite } from '../support/site';
import { openSources, source } from '../support/sourcesArchive';
import { FERRY_PARAS, rss } from './fixtures/feeds';

const EDITED = [
  'The harbour board voted on Monday to keep the night ferry running until one in the morning through the winter.',
  '“Nurses, bakers and cleaners ride that boat, and none of them finish early,” said Talia Brandt, who chairs the board.',
  'Correction: An earlier version of this article said the ferry would stop at midnight; the board chose one in the morning.',
];

async function passages(s: Services, words: string): Promise<string[]> {
  const r = await s.answers.search(words, 5);
  return r.ok ? r.answer.hits.map((h) => h.citation.passage) : [];
}

/** The days of a topic's timeline events. */
async function eventDays(s: Services, topic: string): Promise<string[]> {
  const r = await s.answers.timeline(topic);
  return r.ok ? r.answer.events.map((e) => e.date) : [];
}

function atomEntry(updated: string, paras: string[]): string {
  const content = paras.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:c</id>
<updated>${updated}</updated><entry><title>School roof repairs finished</title><id>urn:courier:entry-5</id>
<link href="http://courier.example/school-roof"/><published>2026-11-30T08:00:00Z</published><updated>${updated}</updated>
<author><name>Lena Park</name></author><content type="html">${content}</content></entry></feed>`;
}

describe('versions of a story', () => {
  it('replace the old version everywhere when the body changes: search, who said, dates, the digest', async () => {
    const site = await startSite();
    site.routes.set('/rss.xml', serve(rss(site.origin), 'application/rss+xml', '"v1"'));
    const app = await openSources([source('ledger', 'feed', `${site.origin}/rss.xml`)]);
    expect(await passages(app.services(), 'nurses bakers boat')).toEqual([FERRY_PARAS[1]]);
    expect(await eventDays(app.services(), 'night ferry')).toEqual(['2026-12-01']);
    site.routes.set(
      '/rss.xml',
      serve(rss(site.origin, { ferryBody: EDITED }), 'application/rss+xml', '"v2"'),
    );
    await app.poll();
    expect(app.opened().stats).toMatchObject({ articles: 2, indexed: 1 });
    expect(app.registry.statuses()[0]).toMatchObject({ new: 0, updated: 1, removed: 0 });
    const s = app.services();
    expect(await passages(s, 'nurses bakers boat')).toEqual([EDITED[1]]);
    const old = await s.answers.whosaid('Nurses and bakers ride that boat, and they do not finish at nine');
    expect(old.ok && old.answer.attributions.map((a) => a.citation.passage)).not.toContain(FERRY_PARAS[1]);
    const now = await s.answers.whosaid('Nurses, bakers and cleaners ride that boat');
    expect(now.ok && now.answer.speaker).toBe('Talia Brandt');
    expect(await eventDays(s, 'night ferry')).toEqual(['2026-11-30']);
    const digest = await s.digest({ since: '2026-12-01', until: '2026-12-01' });
    const cited = digest.stories.flatMap((st) => st.articles.map((a) => a.passage)).join(' ');
    expect(cited).not.toContain('stop it at nine');
    expect(
      digest.stories
        .flatMap((st) => st.articles)
        .filter((a) => a.title === 'Night ferry saved for the winter'),
    ).toHaveLength(1);
  });

  it('say "updated" when modified on a later day, and keep a correction note with the article', async () => {
    const site = await startSite();
    const first = [
      'The roof of Millbrook primary school was repaired over the half-term break at a cost of eighty thousand pounds.',
    ];
    site.routes.set('/atom.xml', serve(atomEntry('2026-11-30T08:00:00Z', first), 'application/atom+xml'));
    const app = await openSources([source('courier', 'feed', `${site.origin}/atom.xml`)]);
    const before = await app.services().answers.search('roof Millbrook primary', 1);
    expect(before.ok && before.answer.hits[0]?.citation.updated).toBeUndefined();
    const fixed = [
      'The roof of Millbrook primary school was repaired over the half-term break at a cost of ninety thousand pounds.',
      'Correction: This article originally gave the cost as eighty thousand pounds.',
    ];
    site.routes.set('/atom.xml', serve(atomEntry('2026-12-03T09:30:00Z', fixed), 'application/atom+xml'));
    await app.poll();
    const after = await app.services().answers.search('roof Millbrook primary', 1);
    expect(after.ok && after.answer.hits[0]?.citation).toMatchObject({
      published: '2026-11-30',
      updated: '2026-12-03',
      corrections: ['Correction: This article originally gave the cost as eighty thousand pounds.'],
    });
  });

  it('ignore an older copy of an item served after a newer one', async () => {
    const site = await startSite();
    const v2 = [
      'The roof of Millbrook primary school was repaired in a week, the head teacher said on Thursday.',
    ];
    site.routes.set('/atom.xml', serve(atomEntry('2026-12-03T09:30:00Z', v2), 'application/atom+xml'));
    const app = await openSources([source('courier', 'feed', `${site.origin}/atom.xml`)]);
    const stale = [
      'The roof of Millbrook primary school will be repaired next month, the head teacher said on Monday.',
    ];
    site.routes.set('/atom.xml', serve(atomEntry('2026-12-01T09:30:00Z', stale), 'application/atom+xml'));
    await app.poll();
    expect(await passages(app.services(), 'Millbrook roof head teacher')).toEqual(v2);
  });
});

describe('correction rules', () => {
  it.each(CORRECTION_RULES.flatMap((r) => r.examples.map((e) => [r.id, e])))(
    '%s matches: %s',
    (id, example) => {
      expect(correctionRuleFor(example)?.id).toBe(id);
    },
  );
  it.each(CORRECTION_RULES.flatMap((r) => r.counterExamples.map((e) => [r.id, e])))(
    '%s does not match: %s',
    (_id, example) => {
      expect(correctionRuleFor(example)).toBeNull();
    },
  );
});
