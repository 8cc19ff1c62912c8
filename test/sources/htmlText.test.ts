import { EMBED_RULES } from '../../src/sources/html/embedRules';
import { fragmentParagraphs, pageText } from '../../src/sources/html/htmlText';

describe('embed rules', () => {
  it.each(EMBED_RULES.map((r) => [r.id, r]))(
    '%s takes out its example and keeps the article',
    (_id, rule) => {
      const text = fragmentParagraphs(rule.example.html).join('\n');
      expect(text).toContain(rule.example.kept);
      expect(text).not.toContain(rule.example.gone);
    },
  );
});

describe('pageText', () => {
  it('reads a page with Readability, embeds out, dates and byline from JSON-LD', () => {
    const page = pageText(`<!doctype html><html><head><title>Bridge vote | Riverton Ledger</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ledger"},
{"@type":"NewsArticle","headline":"Council votes to close the old bridge","datePublished":"2026-11-30T09:15:00-05:00",
"dateModified":"2026-12-01T08:00:00-05:00","author":[{"@type":"Person","name":"Mara Voss"}],"publisher":{"@type":"Organization","name":"Riverton Ledger"}}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council votes to close the old bridge</h1>
<p>The Riverton council voted 7-2 on Monday to close the Elm Street bridge to cars from January, ending months of argument over its crumbling deck.</p>
<blockquote class="twitter-tweet"><p>Shameful decision by the council tonight #savethebridge</p></blockquote>
<p>“We cannot keep patching a structure that was built for horse carts,” said Councillor Ines Okafor, who proposed the closure after an engineering report in September.</p>
<iframe src="https://video.example/embed/1"></iframe>
<div class="related-links"><h3>Related</h3><ul><li><a href="/a">Ferry fares to rise in spring</a></li></ul></div>
<p>Shop owners on Elm Street said they feared losing passing trade, and asked the council to fund free parking near the river for the first year.</p>
</article><footer>© 2026 Riverton Ledger</footer></body></html>`);
    expect(page.meta).toMatchObject({
      headline: 'Council votes to close the old bridge',
      datePublished: '2026-11-30T09:15:00-05:00',
      authors: ['Mara Voss'],
      publisher: 'Riverton Ledger',
    });
    const text = page.paragraphs.join('\n');
    expect(text).toContain('said Councillor Ines Okafor');
    expect(text).toContain('free parking near the river');
    expect(text).not.toMatch(/savethebridge|Ferry fares|©|Home/);
  });
});
