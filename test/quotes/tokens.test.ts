import type { Span } from '../../src/corpus/types';
import { findQuotedSpans } from '../../src/quotes/quoteMarks';
import { isCapitalized, lower, StretchTokens, type Token, tokenize } from '../../src/quotes/tokens';
import { articleFrom } from '../support/article';

const plain = (tokens: Token[]) =>
  tokens.map(({ text, start, end, kind, quote }) => ({ text, start, end, kind, quote }));

describe('tokenize', () => {
  it('tells words from punctuation by their first character, in any script', () => {
    const text = 'Él dijo — “Ñandú’s $5 U.S. plan…” 3.5 ¿sí?';
    const tokens = tokenize(text, { start: 0, end: text.length }, []);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Él', 'word'],
      ['dijo', 'word'],
      ['—', 'punct'],
      ['Ñandú’s', 'word'],
      ['$5', 'word'],
      ['U.S.', 'word'],
      ['plan', 'word'],
      ['…', 'punct'],
      ['3.5', 'word'],
      ['sí', 'word'],
      ['?', 'punct'],
    ]);
    expect(tokens.filter(isCapitalized).map((t) => t.text)).toEqual(['Él', 'Ñandú’s', '$5', 'U.S.']);
    expect(lower(tokens[3])).toBe("ñandú's");
  });

  it('keeps dotted words whole but parts two sentences a scraper ran together', () => {
    const text = 'said Dorel Clayton.Clayton is with police.No word from abc11.com or the U.S.Army.';
    const words = tokenize(text, { start: 0, end: text.length }, []).map((t) => t.text);
    expect(words).toEqual([
      ...['said', 'Dorel', 'Clayton', '.', 'Clayton', 'is', 'with', 'police', '.', 'No', 'word', 'from'],
      ...['abc11.com', 'or', 'the', 'U.S.Army', '.'],
    ]);
    const joined = 'said Amazon.Com spokesman Drew Herdener and Lt.Gen.Tom Alder and Mme.Curie';
    expect(tokenize(joined, { start: 0, end: joined.length }, []).map((t) => t.text)).toEqual([
      ...['said', 'Amazon.Com', 'spokesman', 'Drew', 'Herdener', 'and', 'Lt.Gen.Tom', 'Alder', 'and'],
      'Mme.Curie',
    ]);
  });

  it('an Arabic article joined to a capital is capitalised; other hyphenated words are not', () => {
    const text = 'al-Rawi el-Masri ash-Sharaa as-is e-mail al-qaida also-ran';
    const tokens = tokenize(text, { start: 0, end: text.length }, []);
    expect(tokens.filter(isCapitalized).map((t) => t.text)).toEqual(['al-Rawi', 'el-Masri', 'ash-Sharaa']);
  });
});

describe('StretchTokens', () => {
  const article = articleFrom(
    [
      'Senator Ana Ruiz said on Monday that the plan, “a bad deal for Riverton,” would fail. Mr. Ortiz disagreed.',
      '“We will see,” he said. The U.S. delegation left at 5 p.m.… and nobody said more.. Or less...',
      '“It runs on,',
      'into the next paragraph,” she wrote.',
    ].join('\n\n'),
  );
  const { text, paragraphs } = article;
  const quotes = findQuotedSpans(article);
  const paragraphTokens = paragraphs.map((p) => tokenize(text, p, quotes));
  const stretches = (): StretchTokens => new StretchTokens(text, paragraphs, paragraphTokens, quotes);

  it('gives each sentence the tokens tokenize gives it, taken from its paragraph', () => {
    const source = stretches();
    for (const s of paragraphs.flatMap((p) => p.sentences)) {
      const tokens = source.of(s);
      expect(plain(tokens)).toEqual(plain(tokenize(text, s, quotes)));
    }
    // Taken, not made again: the same token objects as the paragraph's.
    const first = paragraphs[0]?.sentences[0] as Span;
    expect(stretches().of(first)[0]).toBe(paragraphTokens[0]?.[0]);
  });

  it('gives what tokenize gives for any stretch: inside a word, across a quote or a paragraph', () => {
    const ends: number[] = [];
    for (let at = 0; at <= text.length; at++) ends.push(at);
    for (const start of ends) {
      for (const end of ends.filter((e) => e > start && e - start < 50)) {
        const stretch = { start, end };
        expect([stretch, plain(stretches().of(stretch))]).toEqual([
          stretch,
          plain(tokenize(text, stretch, quotes)),
        ]);
      }
    }
  });
});

describe('tokenize: dashes a dateline or a sign-off is written with', () => {
  const texts = (text: string) => tokenize(text, { start: 0, end: text.length }, []).map((t) => t.text);

  it('a lone hyphen after a dateline\'s place is a dash ("CLEVELAND - Donald Trump painted")', () => {
    expect(texts('CLEVELAND - Donald Trump painted')).toEqual([
      'CLEVELAND',
      '—',
      'Donald',
      'Trump',
      'painted',
    ]);
    expect(texts('LOS ANGELES - Hillary Clinton said')).toEqual([
      'LOS',
      'ANGELES',
      '—',
      'Hillary',
      'Clinton',
      'said',
    ]);
  });

  it('elsewhere a lone hyphen is skipped: text that spaces its hyphens joins the words ("Strauss - Kahn")', () => {
    expect(texts('Dominique Strauss - Kahn said')).toEqual(['Dominique', 'Strauss', 'Kahn', 'said']);
    expect(texts('the NATO - led force')).toEqual(['the', 'NATO', 'led', 'force']);
    // Not a dateline: capitals after the hyphen, or words before the capitals on the line.
    expect(texts('AFL - CIO President Richard Trumka said')).toEqual([
      'AFL',
      'CIO',
      'President',
      'Richard',
      'Trumka',
      'said',
    ]);
    expect(texts('said FIFA - President Gianni Infantino')).toEqual([
      'said',
      'FIFA',
      'President',
      'Gianni',
      'Infantino',
    ]);
  });

  it('a horizontal bar is a dash ("PHILADELPHIA ― Felicia Sanders")', () => {
    expect(texts('PHILADELPHIA ― Felicia Sanders said')).toEqual([
      'PHILADELPHIA',
      '—',
      'Felicia',
      'Sanders',
      'said',
    ]);
  });
});
