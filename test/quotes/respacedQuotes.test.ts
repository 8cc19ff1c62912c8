import { extractQuotes } from '../../src/quotes/extractQuotes';
import { findQuotedSpans } from '../../src/quotes/quoteMarks';
import { looksRespaced } from '../../src/quotes/respacedQuotes';
import { articleFrom } from '../support/article';

function quotesIn(body: string): string[] {
  const article = articleFrom(body);
  return findQuotedSpans(article).map((q) => article.text.slice(q.start, q.end).replace(/\s+/g, ' ').trim());
}

describe('respaced quotation marks', () => {
  it('reads a text as re-spaced only when straight marks stand alone twice and no typeset mark says its side', () => {
    expect(looksRespaced('The coach said it was " a fair result " after the game.', 0)).toBe(true);
    expect(
      looksRespaced('It was a fair result, "he said. The season ends with an opening mark "\nNext.', 0),
    ).toBe(true);
    // One may be a typist's slip or a heading's.
    expect(looksRespaced('The season ends with an opening mark "\nThe quote goes on.', 0)).toBe(false);
    expect(looksRespaced('"We are ready," she said. "So are we," he said.', 0)).toBe(false);
    // A single-quoted quote inside a double one: `,' "` and `" '` are how typists set both.
    expect(
      looksRespaced('She recalled it. " \'No,\' I said," she added. " \'Never,\' he said," she went on.', 0),
    ).toBe(false);
    expect(looksRespaced('"He said, \'Well done,\' " she said. "Then, \'Go home,\' " he added.', 0)).toBe(
      false,
    );
    expect(looksRespaced('“Ready,” she said. The word was " ready " and " set ".', 0)).toBe(false);
  });

  it('turns the marks around after a quote ran over a paragraph without closing', () => {
    // The machine that re-spaced the text counted marks: after the odd one out, closing marks lean on the next
    // word and opening marks on the last ("promised to" keep … open "through").
    const body = [
      '"The harbour will be dredged in the spring, " the mayor said. "The boats need the depth.',
      '"We will pay for it from the reserve. "',
      'The council voted six to one, and Ana Ruiz promised to" keep every berth open "through the winter. ' +
        'Fishermen, she said, were" leaving for other ports "already.',
    ].join('\n\n');
    expect(quotesIn(body)).toEqual([
      '"The harbour will be dredged in the spring, "',
      '"The boats need the depth. "We will pay for it from the reserve. "',
      '" keep every berth open "',
      '" leaving for other ports "',
    ]);
  });

  it('opens a quote with a mark left at the end of a line and closes it before a named speaker and verb', () => {
    const body = [
      'The inquiry has not charged anyone, the lawyer says, and the warrant was never served. "',
      'My client has never been questioned. He is a witness, "Priya Natarajan told reporters on Friday.',
      '"We have only seen the charges in the newspapers. "',
    ].join('\n\n');
    expect(quotesIn(body)).toEqual([
      '" My client has never been questioned. He is a witness, "',
      '"We have only seen the charges in the newspapers. "',
    ]);
  });

  it('closes a quote with a mark spaced on both sides after its last sentence', () => {
    const body = [
      'In his column he wrote: "Nobody reads the small print.',
      'Nobody ever has. " This made him famous, and it nearly cost him the column.',
      '" I was lucky, " he said later.',
    ].join('\n\n');
    expect(quotesIn(body)).toEqual(['"Nobody reads the small print. Nobody ever has. "', '" I was lucky, "']);
  });

  it('ends a quote left open with its paragraph rather than pairing the narrative after it', () => {
    const body = [
      'The club confirmed the sale of its ground. " The buyers were not named.',
      'The chairman said the price was " fair to both sides " and thanked the supporters.',
    ].join('\n\n');
    expect(quotesIn(body)).toEqual(['" The buyers were not named.', '" fair to both sides "']);
  });

  it('ends a quote with its paragraph when its closing mark is missing, as a typist may leave it', () => {
    const body = [
      'Police Chief Ron Hale said the inquiry was continuing. " We will find who did this.',
      'The family has offered a reward. " Anyone who saw the car should call us, " said Ana Hale, his sister.',
    ].join('\n\n');
    expect(quotesIn(body)).toEqual([
      '" We will find who did this.',
      '" Anyone who saw the car should call us, "',
    ]);
  });

  it('reads a clean text with a spaced quote as before', () => {
    expect(
      quotesIn(
        'The rate will stay " slightly above" last year\'s, the bank said. "We are careful," it added.',
      ),
    ).toEqual(['" slightly above"', '"We are careful,"']);
  });

  it('says in each quote when its marks were read as re-spaced, and not otherwise', () => {
    const spaced = articleFrom('" We will appeal, " said Ana Ruiz. " The ruling is wrong, " she added.');
    expect(extractQuotes(spaced).map((q) => q.marks)).toEqual(['respaced', 'respaced']);
    const clean = articleFrom('"We will appeal," said Ana Ruiz. "The ruling is wrong," she added.');
    expect(extractQuotes(clean).map((q) => q.marks)).toEqual([undefined, undefined]);
  });
});
