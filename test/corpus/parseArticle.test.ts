import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, titleFromFirstLine } from '../../src/corpus/parseArticle';
import type { Article } from '../../src/corpus/types';

const CORPUS = join(__dirname, '../../corpus');
const FIXTURES = join(__dirname, '../fixtures/articles');

function parse(dir: string, file: string): Article {
  const text = readFileSync(join(dir, file), 'utf8');
  return parseArticle({ id: file.replace(/\.\w+$/, ''), file, text }).article;
}

const removed = (a: Article) => a.removed.map((r) => [r.rule, a.text.slice(r.start, r.end).slice(0, 40)]);
const paragraphTexts = (a: Article) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe('cleaning the seed articles', () => {
  it('Rolling Stone: breadcrumb, headline, photo caption and agency credit, music promo; the syndication note', () => {
    const a = parse(CORPUS, 'rollingstone-attack-plans-mexico.txt');
    expect(removed(a)).toEqual([
      ['breadcrumb', 'Home Culture Culture Features'],
      ['headline', 'Team Trump Is Actually Drawing Up Attack'],
      ['caption', 'Trump'],
      ['agency-credit', 'BRENDAN SMIALOWSKI/AFP/Getty Images'],
      ['promo', 'Love Music?'],
      ['promo', 'Get your daily dose of everything happen'],
      ['syndication', 'From Rolling Stone US'],
    ]);
    expect(a.paragraphs).toHaveLength(29);
    expect(paragraphTexts(a)[0]).toMatch(/^A new directive signed last week/);
    expect(paragraphTexts(a)[24]).toMatch(/timeshare fraud orchestrated by the CJNG\.$/);
  });

  it('mhtntimes: headline, the photo caption and its licensed credit', () => {
    const a = parse(CORPUS, 'mhtntimes-ready-to-invade.txt');
    expect(removed(a)).toEqual([
      ['headline', 'Trump Is Ready to Invade U.S. Ally if It'],
      ['caption', 'Donald Trump'],
      ['photo-licence', 'Donald Trump Photo by FMT licensed under'],
    ]);
    expect(a.paragraphs).toHaveLength(9);
  });

  it('curiousnuggets: every "Read:"/"Also read:" link line; subheadings kept as headings, not paragraphs', () => {
    const a = parse(CORPUS, 'curiousnuggets-directive-cartels.txt');
    expect(a.removed.map((r) => r.rule)).toEqual(Array(6).fill('link-line'));
    expect(a.headings.map((h) => a.text.slice(h.start, h.end))).toEqual([
      'Trump’s New Directive',
      'Mexico Pushes Back',
      'Escalating Threats',
      'Pentagon Preparations',
      'High-Value Targets',
      'Risks and Warnings',
      'A Wider Campaign',
    ]);
    expect(a.paragraphs).toHaveLength(8);
    expect(a.title).toBeNull();
  });

  it('Latin Times: the copyright line', () => {
    const a = parse(CORPUS, 'latintimes-attack-plans-cartels.txt');
    expect(removed(a)).toEqual([['copyright', '© 2025 Latin Times. All rights reserved.']]);
    expect(a.paragraphs).toHaveLength(11);
  });

  it('Resist Hate: author photo, byline, bio, read time, outlet line, video embed, ad, captions, views, comments', () => {
    const a = parse(CORPUS, 'resisthate-land-strikes.txt');
    expect(a.removed.map((r) => r.rule)).toEqual([
      'headline',
      'author-line',
      'byline',
      'author-line',
      'author-line',
      'read-time',
      'outlet-line',
      'caption',
      'embed-title',
      'embed-source',
      'advert',
      'caption',
      'photo-licence',
      'view-count',
      'author-line',
      'comments',
    ]);
    const body = paragraphTexts(a).join('\n');
    for (const furniture of [
      'Ad image',
      'Total Views',
      'Leave a Comment',
      '7 Min Read',
      'YouTube',
      'Flickr',
    ]) {
      expect(body).not.toContain(furniture);
    }
  });
});

describe('parseArticle', () => {
  it('keeps every paragraph and sentence a verbatim slice of the file as read', () => {
    const a = parse(FIXTURES, 'harbor-bridge-vote.md');
    for (const p of a.paragraphs) {
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
      }
    }
    expect(paragraphTexts(a)).toEqual([
      'The Riverton City Council voted 7-2 on Tuesday to fund $48 million in repairs to the Harbor\nBridge, ending a two-year dispute over who should pay for the work.',
      '“We cannot keep sending school buses over a bridge our own engineers call fragile,” said Council\nPresident Maria Okafor, who has pushed for the repairs since 2023.',
      'Opponents, led by Councilman Jeff Tran, argued that the state should cover most of the cost. The\nU.S. Department of Transportation has offered $12 million in matching funds. Work is expected to\nbegin Sept. 15 and last 18 months.',
    ]);
    expect(a.paragraphs[2]?.sentences).toHaveLength(3);
  });

  it('removes breadcrumb, headline, byline, photo credit, link line, bio and copyright from a Markdown article', () => {
    const a = parse(FIXTURES, 'harbor-bridge-vote.md');
    expect(a.removed.map((r) => r.rule)).toEqual([
      'breadcrumb',
      'headline',
      'byline',
      'photo-credit',
      'link-line',
      'author-line',
      'copyright',
    ]);
    expect(a).toMatchObject({
      title: 'Council approves Harbor Bridge repairs after two-year delay',
      outlet: 'The Riverton Ledger',
      published: '2025-03-12',
      url: 'https://ledger.example/harbor-bridge-vote',
    });
  });

  it('takes the title from the first line when there is no front matter, and leaves it out of the body', () => {
    const a = parse(FIXTURES, 'library-hours.txt');
    expect(a.title).toBe('Riverton libraries to extend weekend hours');
    expect(a.published).toBeNull();
    expect(a.paragraphs.map((p) => p.n)).toEqual([1, 2]);
  });

  it('gives no title when the first line is empty or reads as a sentence of the body', () => {
    expect(titleFromFirstLine('\nThe body starts here.', 0)).toBeNull();
    expect(titleFromFirstLine('The council met on Tuesday.\nIt voted.', 0)).toBeNull();
    expect(titleFromFirstLine('Bridge vote set\n\nBody.', 0)).toBe('Bridge vote set');
  });

  it('reports a bad front-matter field as a problem and still parses the article', () => {
    const text = '---\ntitle: T\npublished: last week\n---\n\nA sentence of the body.';
    const { article, problems } = parseArticle({ id: 'x', file: 'x.md', text });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"published"');
    expect(article.published).toBeNull();
    expect(article.paragraphs).toHaveLength(1);
  });
});

describe('a quoted paragraph whose closing mark is spaced off', () => {
  it('is a paragraph, not a heading, so the paragraphs after it keep their numbers', () => {
    const text = [
      '---',
      'title: Sprinter rejects the pioneer label',
      'published: 2012-09-02',
      '---',
      '',
      'He rejects the idea that he is a pioneer. "I have just worked hard," he says.',
      '',
      '"I did not do this to open the doors. The doors have always been open. "',
      '',
      'And others have been through them before him.',
    ].join('\n');
    const a = parseArticle({ id: 'spaced', file: 'spaced.md', text }).article;
    expect(a.headings).toEqual([]);
    expect(paragraphTexts(a).map((p, i) => `${i + 1} ${p.slice(0, 20)}`)).toEqual([
      '1 He rejects the idea ',
      '2 "I did not do this t',
      '3 And others have been',
    ]);
  });
});

describe('a sign-off line under a quotation', () => {
  it('is a paragraph, not a heading, though it ends without a stop; a bullet list item stays a heading', () => {
    const text = [
      '---',
      'title: No, officials are not handing out the book',
      'published: 2021-04-28',
      '---',
      '',
      '“Officials are handing out the book at the border, and someone should ask who paid.”',
      '',
      '— Republican National Committee Chair Ronna Vance, in a tweet, April 26, 2021',
      '',
      '- Key points',
      '',
      'The claim is false.',
    ].join('\n');
    const a = parseArticle({ id: 'sign-off', file: 'sign-off.md', text }).article;
    expect(paragraphTexts(a).map((p) => p.slice(0, 20))).toEqual([
      '“Officials are handi',
      '— Republican Nationa',
      'The claim is false.',
    ]);
    expect(a.headings.map((h) => a.text.slice(h.start, h.end))).toEqual(['- Key points']);
  });
});
