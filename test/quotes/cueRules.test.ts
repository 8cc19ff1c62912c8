import { CUE_RULES } from '../../src/quotes/cueRules';
import { extractQuotes } from '../../src/quotes/extractQuotes';
import { articleFrom } from '../support/article';

describe('cue rules: every example finds its speaker by its rule', () => {
  for (const rule of CUE_RULES) {
    for (const example of rule.examples) {
      it(`${rule.id}: ${example.text.slice(0, 60)}`, () => {
        const quotes = extractQuotes(articleFrom(example.text));
        const wanted = 'quote' in example ? example.quote : undefined;
        const quote = wanted ? quotes.find((q) => q.text.includes(wanted)) : quotes[0];
        if (example.speaker === null) {
          // A negative example: the rule must not give the quote a speaker (or the words are not a quote).
          expect(quote?.speaker ?? null).toBeNull();
          expect(quote?.rule ?? null).not.toBe(rule.id);
          return;
        }
        expect(quote).toBeDefined();
        expect(quote?.speaker).toBe(example.speaker);
        expect(quote?.rule).toBe(rule.id);
      });
    }
  }

  it('has unique ids and a reason for each rule', () => {
    const ids = CUE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CUE_RULES) expect(r.reason.length).toBeGreaterThan(10);
  });
});
