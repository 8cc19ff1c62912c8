import { findQuotedSpans } from '../../src/quotes/quoteMarks';
import { articleFrom } from '../support/article';

function quotesIn(body: string): string[] {
  const article = articleFrom(body);
  return findQuotedSpans(article).map((q) => article.text.slice(q.start, q.end));
}

describe('findQuotedSpans', () => {
  it('pairs curly, straight, guillemet and doubled-apostrophe quotes', () => {
    expect(
      quotesIn(
        "“We are ready,” she said. \"So are we,\" he said. «Nous aussi,» they said. ''Me too,'' I said.",
      ),
    ).toEqual(['“We are ready,”', '"So are we,"', '«Nous aussi,»', "''Me too,''"]);
  });

  it('tells an opening straight quote from a closing one by what is on either side', () => {
    expect(
      quotesIn('"I can\'t reveal anything," the official claimed. "We\'re not standing still."'),
    ).toEqual(['"I can\'t reveal anything,"', '"We\'re not standing still."']);
  });

  it('closes a mark spaced off its quote and set against the attribution ("…next year, "said Peter Keane")', () => {
    // Archives that re-spaced their punctuation print both marks of a quote with a space inside.
    expect(
      quotesIn(
        '" The inquiry will reopen next year, "said Peter Keane, a law professor. "It must," he added.',
      ),
    ).toEqual(['" The inquiry will reopen next year, "', '"It must,"']);
    expect(quotesIn('"You cannot fool everyone all of the time. "he said on Monday.')).toEqual([
      '"You cannot fool everyone all of the time. "',
    ]);
    // A quote that opens with the verb: "said right from the beginning" is what she said, not who said it.
    expect(quotesIn('His wife, Melania, "said right from the beginning, you will win."')).toEqual([
      '"said right from the beginning, you will win."',
    ]);
    // A pronoun and verb quoted whole, and a curly mark, keep their quotes.
    expect(quotesIn('The bonfire of "he said", "she said", and "I heard" began.')).toEqual([
      '"he said"',
      '"she said"',
      '"I heard"',
    ]);
    expect(quotesIn('The minister was, “said to be furious,” by aides.')).toEqual(['“said to be furious,”']);
    expect(quotesIn('" No, "replied Tom Donnelly.')).toEqual(['" No, "']);
    expect(quotesIn('" They saw it all, "said top criminal attorney Paula Canny.')).toEqual([
      '" They saw it all, "',
    ]);
    // Not after a word: "the "said" column" is no attribution.
    expect(quotesIn('The paper ran a "said and done" column. "We liked it," she said.')).toEqual([
      '"said and done"',
      '"We liked it,"',
    ]);
  });

  it('keeps a quote running over paragraphs as one span when the next paragraph reopens it', () => {
    const body = '“The first part goes on.\n\n“And the second part ends here,” the mayor said.\n\nAfter.';
    expect(quotesIn(body)).toEqual(['“The first part goes on.\n\n“And the second part ends here,”']);
  });

  it('ends an unclosed quote at its paragraph when the next does not reopen it', () => {
    expect(quotesIn('He called it “a disgrace.\n\nThe council met on Tuesday.')).toEqual(['“a disgrace.']);
  });

  it('ends a quote opened inside parentheses where they close, not in the next paragraph', () => {
    const body =
      "The rival list counts fewer. (The firm says it adds 300 more ''family trusts.'.')\n\n''Counting is hard,'' Mr. Lund said.";
    expect(quotesIn(body)).toEqual(["''family trusts.'.'", "''Counting is hard,''"]);
  });

  it('leaves a quote of another style nested inside the outer one', () => {
    expect(quotesIn('"The law is not about “Equal Justice” anymore," Ward said.')).toEqual([
      '"The law is not about “Equal Justice” anymore,"',
    ]);
  });

  it('reads a left curly mark typed as a closing mark by its context', () => {
    expect(quotesIn('“Apparently not,“ he said. “A leopard doesn’t change its spots.”')).toEqual([
      '“Apparently not,“',
      '“A leopard doesn’t change its spots.”',
    ]);
  });

  it('ignores single quotation marks and apostrophes', () => {
    expect(quotesIn('The ‘soft invasion’ plan isn’t new, the mayor’s aides said.')).toEqual([]);
  });
});
