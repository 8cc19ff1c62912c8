import { extractQuotes } from '../../src/quotes/extractQuotes';
import { RESOLUTION_RULES, type ResolutionExample } from '../../src/quotes/resolutionRules';
import { articleFrom } from '../support/article';

describe('resolution rules: every example resolves its description by its rule', () => {
  for (const rule of RESOLUTION_RULES) {
    for (const example of rule.examples as readonly ResolutionExample[]) {
      const negative = example.rule === false;
      it(`${rule.id}${negative ? ' (must not fire)' : ''}: ${example.text.slice(0, 60)}`, () => {
        const quotes = extractQuotes(articleFrom(example.text));
        const wanted = example.quote;
        const quote = wanted ? quotes.find((q) => q.text.includes(wanted)) : quotes[0];
        expect(quote).toBeDefined();
        expect(quote?.speaker).toBe(example.speaker);
        if (negative) expect(quote?.speakerRule).not.toBe(rule.id);
        else expect(quote?.speakerRule).toBe(rule.id);
      });
    }
  }

  it('has unique ids and a reason for each rule', () => {
    const ids = RESOLUTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RESOLUTION_RULES) expect(r.reason.length).toBeGreaterThan(10);
  });
});
