import { extractQuotes } from '../../src/quotes/extractQuotes';
import { ROLE_RULES, shortenedRole } from '../../src/quotes/roleRules';
import { articleFrom } from '../support/article';

describe('role rules', () => {
  for (const rule of ROLE_RULES) {
    it(`${rule.id}: rejects its examples and keeps its counter-examples`, () => {
      for (const r of rule.examples.rejected) expect([r, rule.rejects(r)]).toEqual([r, true]);
      for (const r of rule.examples.kept) expect([r, rule.rejects(r)]).toEqual([r, false]);
    });
  }
});

describe('a role too long to keep', () => {
  it('is cut before its relative clause; a shorter one is kept whole', () => {
    const long =
      'Boca Raton lawyer who represents resort developers and owners and sits on the board of the club owners association';
    expect(shortenedRole(long)).toBe('Boca Raton lawyer');
    expect(shortenedRole('councilman who represents the east side')).toBe(
      'councilman who represents the east side',
    );
    const clause =
      'some of the most quoted moments on the trail have come when she made claims that turned out wrong';
    expect(shortenedRole(clause)).toBe(
      'some of the most quoted moments on the trail have come when she made claims',
    );
  });
});

describe("the role a quote's speaker is given", () => {
  const roleOf = (body: string) => extractQuotes(articleFrom(body)).map((q) => [q.speaker, q.role]);

  it('is not the predicate after a name set off by commas', () => {
    const body = [
      'Her rival, Maria Lopez, captured Ohio, Iowa and Kansas on Tuesday night.',
      '“We will take this fight to every county,” Lopez said.',
    ].join('\n\n');
    expect(roleOf(body)).toEqual([['Maria Lopez', null]]);
  });

  it('is not an honorific, nor a clause run to the end of the sentence', () => {
    const body = [
      'As with Lopez, some of the mayor’s most quoted moments on the campaign trail have come when she made claims that later turned out to be wrong.',
      'Mr. Okafor asked her to call the harbour master at once. “This is very urgent,” he wrote.',
      '“We never said that,” Lopez said.',
    ].join('\n\n');
    expect(roleOf(body)).toEqual([
      ['Okafor', null],
      ['Lopez', null],
    ]);
  });

  it('is not a clause that opens with a conjunction, nor an aside ("as his wife", "not Rubio alone", "of course")', () => {
    const body = [
      'Mitt Romney crossed Iowa by bus on Sunday, stopping at diners and a hardware store.',
      '“We are going to win this thing,” said Romney, as his wife, Ann, looked on.',
      'Ted Cruz, not Rubio alone, has attacked the plan. “It is a tax on families,” Cruz said.',
    ].join('\n\n');
    expect(roleOf(body)).toEqual([
      ['Mitt Romney', null],
      ['Ted Cruz', null],
    ]);
  });

  it('is still the appositive or title the article gives', () => {
    const body = [
      'Dana Whitlock, top aide to the governor, spoke after the vote.',
      '“Nothing is settled,” Whitlock said. “We will know more on Friday,” said Senator Ray Hollis.',
    ].join('\n\n');
    expect(roleOf(body)).toEqual([
      ['Dana Whitlock', 'top aide to the governor'],
      ['Ray Hollis', 'Senator'],
    ]);
  });
});

describe('a headline in title case', () => {
  it('is not a person a pronoun can stand for', () => {
    const body = [
      'Readers shared the link to Ann Marsh’s Final Column Explains Why She Backs The Harbour Plan on Sunday.',
      '“The harbour is the city’s future,” she wrote.',
    ].join('\n\n');
    const [quote] = extractQuotes(articleFrom(body));
    // Unresolved, or the person the headline names; never the headline itself.
    expect([null, 'Ann Marsh']).toContain(quote?.speaker ?? null);
  });
});
